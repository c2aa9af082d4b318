package dev.formwork.schema.diag;

/**
 * Makes text from the user's input safe to print in a diagnostic: control characters (ESC, BEL,
 * NUL, …) become visible escapes, so a config cannot drive the terminal, and long values are cut,
 * so a megabyte value is not echoed back in full.
 */
public final class UserText {

  /** The most characters of one value a message quotes. */
  public static final int EXCERPT_LENGTH = 80;

  /** The most characters a whole message or hint keeps; the middle of a longer one is left out. */
  public static final int MESSAGE_LENGTH = 2_000;

  private UserText() {}

  /**
   * A value as a message quotes it: control characters escaped, and cut to {@link #EXCERPT_LENGTH}
   * characters with the number left out.
   */
  public static String excerpt(String value) {
    return escapeControls(cut(value, EXCERPT_LENGTH));
  }

  /** {@code text} with every control character except tab written as {@code \\uXXXX}. */
  public static String escapeControls(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (Character.isISOControl(c) && c != '\t' && c != '\n') || isBidi(c);
      if (control && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (control) {
          out.append(String.format("\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * A whole message or hint: control characters escaped (line breaks kept), and at most {@link
   * #MESSAGE_LENGTH} characters, the middle left out.
   */
  public static String message(String text) {
    if (text.length() > MESSAGE_LENGTH) {
      int keep = MESSAGE_LENGTH / 2;
      text =
          text.substring(0, keep)
              + " … ("
              + (text.length() - 2 * keep)
              + " characters left out) … "
              + text.substring(text.length() - keep);
    }
    return escapeControls(text);
  }

  private static String cut(String value, int length) {
    if (value.length() <= length) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(length - 1)) ? length - 1 : length;
    return value.substring(0, end) + "…(" + value.length() + " characters)";
  }

  /** Bidirectional overrides reorder what a terminal shows (CVE-2021-42574, "Trojan Source"). */
  private static boolean isBidi(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
