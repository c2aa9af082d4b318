package dev.formwork.compiler.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stacktape's PascalCase (change-case v5): words split at case changes and non-alphanumerics, each
 * capitalised with the rest lower-cased; a later word starting with a digit gets a leading "_".
 * Logical IDs built with it match the names real configs reference from raw CloudFormation.
 */
public final class PascalCase {

  private PascalCase() {}

  public static String of(String input) {
    StringBuilder out = new StringBuilder();
    List<String> words = words(input);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (i > 0 && Character.isDigit(word.charAt(0))) {
        out.append('_').append(word.toLowerCase(Locale.ROOT));
      } else {
        out.append(Character.toUpperCase(word.charAt(0)))
            .append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /** snake_case with the same word splitting, e.g. {@code myDb} → {@code my_db}. */
  public static String snake(String input) {
    return String.join("_", words(input)).toLowerCase(Locale.ROOT);
  }

  static List<String> words(String input) {
    String text = input.trim();
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(current, words);
        continue;
      }
      if (current.length() > 0) {
        char previous = text.charAt(i - 1);
        boolean lowerOrDigitThenUpper =
            (Character.isLowerCase(previous) || Character.isDigit(previous))
                && Character.isUpperCase(c);
        boolean upperThenUpperLower =
            Character.isUpperCase(previous)
                && Character.isUpperCase(c)
                && i + 1 < text.length()
                && Character.isLowerCase(text.charAt(i + 1));
        if (lowerOrDigitThenUpper || upperThenUpperLower) {
          flush(current, words);
        }
      }
      current.append(c);
    }
    flush(current, words);
    return words;
  }

  private static void flush(StringBuilder current, List<String> words) {
    if (current.length() > 0) {
      words.add(current.toString());
      current.setLength(0);
    }
  }
}
