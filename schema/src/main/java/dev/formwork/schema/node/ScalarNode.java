package dev.formwork.schema.node;

import dev.formwork.schema.diag.SourceLocation;
import java.util.Objects;

/**
 * A scalar with its source text and resolved kind. The text is kept exactly as written, so that
 * {@code 3.10} or {@code 01234} can be reported or kept as the user wrote them.
 */
public record ScalarNode(String text, ScalarKind kind, SourceLocation location)
    implements ConfigNode {

  /**
   * The longest text read as a number. Java parses decimal text in quadratic time (a million digits
   * took 45 s), and no setting needs more than a few dozen digits.
   */
  public static final int MAX_NUMBER_LENGTH = 100;

  public ScalarNode {
    Objects.requireNonNull(text, "text");
  }

  public static ScalarNode string(String text, SourceLocation location) {
    return new ScalarNode(text, ScalarKind.STRING, location);
  }

  public boolean isNull() {
    return kind == ScalarKind.NULL;
  }

  @Override
  public String describe() {
    if (kind == ScalarKind.STRING) {
      String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
      return "a string ('" + shown + "')";
    }
    return kind.description() + " (" + text + ")";
  }
}
