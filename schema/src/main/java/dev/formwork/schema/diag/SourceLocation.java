package dev.formwork.schema.diag;

/**
 * A position in a config file: 1-based line and column. {@link #UNKNOWN} stands for "no position"
 * (for example a problem with the whole run), so callers never deal with null.
 */
public record SourceLocation(String file, int line, int column) {

  /** The location used when no position applies. */
  public static final SourceLocation UNKNOWN = new SourceLocation("", 0, 0);

  public boolean isKnown() {
    return line > 0;
  }

  @Override
  public String toString() {
    if (!isKnown()) {
      return file.isEmpty() ? "<unknown>" : file;
    }
    return file + ":" + line + ":" + column;
  }
}
