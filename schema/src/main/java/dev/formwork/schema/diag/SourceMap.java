package dev.formwork.schema.diag;

/** Turns a config path into the file position of the node (or nearest enclosing node) it names. */
@FunctionalInterface
public interface SourceMap {

  SourceLocation locate(ConfigPath path);

  /** A map that knows no positions, for inputs that did not come from a file. */
  static SourceMap none() {
    return path -> SourceLocation.UNKNOWN;
  }
}
