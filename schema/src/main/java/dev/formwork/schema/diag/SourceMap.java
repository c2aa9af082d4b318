package dev.formwork.schema.diag;

/** Turns a config path into the file position of the node (or nearest enclosing node) it names. */
@FunctionalInterface
public interface SourceMap {

  SourceLocation locate(ConfigPath path);

  /** Where the value at {@code path} starts (for errors about a value rather than its key). */
  default SourceLocation locateValue(ConfigPath path) {
    return locate(path);
  }

  /** A map that knows no positions, for inputs that did not come from a file. */
  static SourceMap none() {
    return path -> SourceLocation.UNKNOWN;
  }
}
