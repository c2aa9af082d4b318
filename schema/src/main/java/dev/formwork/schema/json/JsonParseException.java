package dev.formwork.schema.json;

/** Thrown when JSON text is malformed; carries the 1-based line and column of the problem. */
public final class JsonParseException extends Exception {
  private final int line;
  private final int column;

  public JsonParseException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
