package dev.formwork.compiler.directive;

import dev.formwork.compiler.directive.ParsedDirective.Argument;
import dev.formwork.compiler.directive.ParsedDirective.Literal;
import dev.formwork.compiler.directive.ParsedDirective.Nested;
import dev.formwork.schema.node.ScalarKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises and parses directive strings with Stacktape's rules: the whole string must start with
 * {@code $Name(} and its last {@code )} must be followed by nothing or a {@code .property.path}.
 * Unlike Stacktape, the name must be an identifier, so text like {@code $100 (approx)} stays
 * literal.
 */
final class DirectiveSyntax {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern PATH_SEGMENT = Pattern.compile("[^.()\\s'\",]+");

  /**
   * The result of looking at one string: not a directive, a malformed directive, or a parsed one.
   */
  sealed interface Recognition permits NotDirective, Malformed, Parsed {}

  /** The string is an ordinary literal. */
  record NotDirective() implements Recognition {}

  /** The string is meant as a directive but cannot be parsed; the reason is one clause. */
  record Malformed(String reason) implements Recognition {}

  /** The string is a well-formed directive call. */
  record Parsed(ParsedDirective directive) implements Recognition {}

  private DirectiveSyntax() {}

  static Recognition recognise(String text) {
    if (!text.startsWith("$")) {
      return new NotDirective();
    }
    int open = text.indexOf('(');
    int lastClose = text.lastIndexOf(')');
    if (open < 0 || lastClose < open) {
      return new NotDirective();
    }
    if (!IDENTIFIER.matcher(text.substring(1, open)).matches()) {
      return new NotDirective();
    }
    String afterLast = text.substring(lastClose + 1);
    if (!afterLast.isEmpty() && !afterLast.startsWith(".")) {
      return new NotDirective();
    }
    return parseCall(text);
  }

  /** Parses a string that starts like a call ({@code $Name(}) up to its end. */
  private static Recognition parseCall(String text) {
    int open = text.indexOf('(');
    String name = text.substring(1, open);
    int close = matchingClose(text, open);
    if (close < 0) {
      return new Malformed(
          unclosedQuote(text, open) ? "a quote is never closed" : "a parenthesis is never closed");
    }
    String definition = text.substring(0, close + 1);
    String rest = text.substring(close + 1);
    Optional<List<String>> path = propertyPath(rest);
    if (path.isEmpty()) {
      return new Malformed(
          "the text \"" + rest + "\" after the closing parenthesis is not a .property.path");
    }
    List<Argument> arguments = new ArrayList<>();
    for (String raw : splitArguments(text.substring(open + 1, close))) {
      String argument = raw.trim();
      if (argument.isEmpty()) {
        continue;
      }
      if (startsLikeCall(argument)) {
        Recognition nested = parseCall(argument);
        if (nested instanceof Parsed parsed) {
          arguments.add(new Nested(parsed.directive()));
          continue;
        }
        return nested;
      }
      arguments.add(literal(argument));
    }
    return new Parsed(new ParsedDirective(name, arguments, path.get(), definition, text));
  }

  private static boolean startsLikeCall(String argument) {
    int open = argument.indexOf('(');
    return argument.startsWith("$")
        && open > 1
        && IDENTIFIER.matcher(argument.substring(1, open)).matches();
  }

  private static Literal literal(String argument) {
    if (argument.equals("true") || argument.equals("false")) {
      return new Literal(argument, ScalarKind.BOOLEAN);
    }
    Optional<BigDecimal> number = JsNumbers.parseArgument(argument);
    if (number.isPresent()) {
      BigDecimal value = number.get();
      return new Literal(
          JsNumbers.text(value),
          JsNumbers.isIntegral(value) ? ScalarKind.INTEGER : ScalarKind.FLOAT);
    }
    char first = argument.charAt(0);
    if (argument.length() >= 2
        && (first == '\'' || first == '"')
        && argument.charAt(argument.length() - 1) == first) {
      // Verbatim on purpose: Stacktape does not process escape sequences inside quotes.
      return new Literal(argument.substring(1, argument.length() - 1), ScalarKind.STRING);
    }
    return new Literal(argument, ScalarKind.STRING);
  }

  private static Optional<List<String>> propertyPath(String rest) {
    if (rest.isEmpty()) {
      return Optional.of(List.of());
    }
    if (!rest.startsWith(".")) {
      return Optional.empty();
    }
    List<String> segments = new ArrayList<>();
    for (String segment : rest.substring(1).split("\\.", -1)) {
      if (!PATH_SEGMENT.matcher(segment).matches()) {
        return Optional.empty();
      }
      segments.add(segment);
    }
    return Optional.of(segments);
  }

  /**
   * The index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none.
   */
  private static int matchingClose(String text, int open) {
    int depth = 0;
    char quote = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote && text.charAt(i - 1) != '\\') {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        if (i == 0 || text.charAt(i - 1) != '\\') {
          quote = c;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean unclosedQuote(String text, int open) {
    char quote = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escaped = text.charAt(i - 1) == '\\';
      if (quote != 0) {
        if (c == quote && !escaped) {
          quote = 0;
        }
      } else if ((c == '\'' || c == '"') && !escaped) {
        quote = c;
      }
    }
    return quote != 0;
  }

  /** Splits argument text on commas that are outside quotes and nested parentheses. */
  private static List<String> splitArguments(String inner) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      boolean escaped = i > 0 && inner.charAt(i - 1) == '\\';
      if (quote != 0) {
        if (c == quote && !escaped) {
          quote = 0;
        }
      } else if ((c == '\'' || c == '"') && !escaped) {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(inner.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(inner.substring(start));
    return parts;
  }
}
