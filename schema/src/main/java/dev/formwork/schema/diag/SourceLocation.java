package dev.formwork.schema.diag;

/**
 * A position in a config file: 1-based line and column. {@link #UNKNOWN} stands for "no position"
 * (for example a problem with the whole run), so callers never deal with null.
 */
public record SourceLocation(String file, int line, int column) {

  /** The location used when no position applies. */
  public static final SourceLocation UNKNOWN = new SourceLocation("", 0, 0);

  // Written out: a record's generated equals and hashCode run through method handles that are
  // linked and compiled on first use, and locations are compared for every directive resolved.
  @Override
  public boolean equals(Object other) {
    return other instanceof SourceLocation that
        && line == that.line
        && column == that.column
        && file.equals(that.file);
  }

  @Override
  public int hashCode() {
    return (file.hashCode() * 31 + line) * 31 + column;
  }

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
