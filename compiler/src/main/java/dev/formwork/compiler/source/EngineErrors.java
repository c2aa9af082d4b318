package dev.formwork.compiler.source;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceLocation;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Turns SnakeYAML Engine exceptions into diagnostics: one sentence built from the engine's problem
 * and context text, positioned at the problem mark or at the reader's code-point index.
 */
final class EngineErrors {

  /** Engine token names as they appear in messages, and the words a user knows them by. */
  private static final String[][] TOKEN_WORDS = {
    {"<stream end>", "the end of the file"},
    {"end of stream", "end of the file"},
    {"<stream start>", "the start of the file"},
    {"<document start>", "a document start (---)"},
    {"<document end>", "a document end (...)"},
    {"<block end>", "the end of the indented block"},
    {"<block mapping start>", "the start of a mapping"},
    {"<block sequence start>", "the start of a list"},
    {"<scalar>", "a value"},
    {"<alias>", "an alias"},
    {"<anchor>", "an anchor"},
    {"<tag>", "a tag"},
    {"<directive>", "a directive"},
  };

  private static final String TAB = "\\t(TAB)";

  /**
   * The engine's "(Do not use X for indentation)" aside, added to every "cannot start any token".
   */
  private static final Pattern INDENTATION_ASIDE =
      Pattern.compile("\\s*\\(Do not use .* for indentation\\)");

  /** The engine shows a character with its code point, as {@code &(38)} or {@code 'x' (120)}. */
  private static final Pattern CHARACTER_WITH_CODE =
      Pattern.compile("('?)(\\S|\\s)\\1 ?\\((\\d+)\\)");

  /** Punctuation tokens the engine prints bare after "got"/"found". */
  private static final Pattern BARE_TOKEN =
      Pattern.compile("\\b(got|found) ([-:\\[\\]{},?])(?=,|$)");

  private static final int SIMPLE_KEY_LIMIT = 1024;

  private EngineErrors() {}

  static Diagnostic fromMarked(
      String fileLabel, MarkedYamlEngineException error, ConfigPath path, SourceLocation fallback) {
    Optional<Mark> problemMark = error.getProblemMark();
    SourceLocation location =
        problemMark.isPresent() ? locate(fileLabel, problemMark.get()) : fallback;
    String problem = error.getProblem() == null ? "" : error.getProblem();
    if (problem.contains(TAB)) {
      return syntax("A tab character is used where YAML expects spaces.", path, location)
          .withHint("use spaces, not tabs, to indent YAML");
    }
    StringBuilder message = new StringBuilder(capitalize(words(problem)));
    String context = error.getContext();
    if (context != null && !context.isBlank() && !context.contains("for the next token")) {
      message.append(", ").append(words(context));
      Optional<Mark> contextMark = error.getContextMark();
      if (contextMark.isPresent()) {
        SourceLocation start = locate(fileLabel, contextMark.get());
        if (!start.equals(location)) {
          message
              .append(" that starts at line ")
              .append(start.line())
              .append(", column ")
              .append(start.column());
        }
      }
    }
    message.append('.');
    Diagnostic diagnostic = syntax(message.toString(), path, location);
    Optional<String> hint = hintFor(problem, context, location);
    return hint.isPresent() ? diagnostic.withHint(hint.get()) : diagnostic;
  }

  static Diagnostic fromReader(String fileLabel, String text, ReaderException error) {
    // The reader checks characters a buffer ahead of the parser, so no config path is known here.
    SourceLocation location = CodePointPositions.locate(fileLabel, text, error.getPosition());
    int codePoint = error.getCodePoint();
    String kind =
        Character.getType(codePoint) == Character.CONTROL
            ? "the control character"
            : "the character";
    // The reader refuses only code points below U+10000, so a four-digit escape always fits.
    String escape = String.format(Locale.ROOT, "\\u%04X", codePoint);
    return Diagnostic.error(
            Code.YAML_INVALID_CHARACTER,
            ConfigPath.ROOT,
            "The file contains "
                + kind
                + String.format(Locale.ROOT, " U+%04X", codePoint)
                + ", which YAML does not allow.")
        .at(location)
        .withHint(
            "remove it, or write it as the escape " + escape + " inside a double-quoted string");
  }

  static Diagnostic fromUnmarked(
      YamlEngineException error, ConfigPath path, SourceLocation fallback) {
    String problem = error.getMessage() == null ? "" : error.getMessage();
    return syntax(capitalize(words(problem)) + ".", path, fallback);
  }

  private static Optional<String> hintFor(String problem, String context, SourceLocation location) {
    if (problem.startsWith("mapping values are not allowed")) {
      if (location.column() > SIMPLE_KEY_LIMIT) {
        return Optional.of("a key written without '?' may be at most 1024 characters long");
      }
      return Optional.of("check the indentation, and quote values that contain ': '");
    }
    if (context != null && context.contains("quoted scalar")) {
      return Optional.of("close the quote, or escape quotes inside the value");
    }
    if (context != null && context.startsWith("while parsing a flow")) {
      // A directive with several arguments inside [ ] or { } is cut at its first comma by YAML.
      return Optional.of(
          "inside [ ] and { } a comma ends the item: quote a directive with several arguments, e.g."
              + " \"$ResourceParam('a', 'b')\", or use a block list");
    }
    if (context != null && context.startsWith("while parsing a block")) {
      return Optional.of(
          "check the indentation: the keys of one mapping must start in the same column");
    }
    return Optional.empty();
  }

  private static Diagnostic syntax(String message, ConfigPath path, SourceLocation location) {
    return Diagnostic.error(Code.YAML_SYNTAX, path, message).at(location);
  }

  static SourceLocation locate(String fileLabel, Mark mark) {
    return new SourceLocation(fileLabel, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** Engine token names replaced by plain words, whitespace collapsed, no trailing period. */
  private static String words(String text) {
    String result = INDENTATION_ASIDE.matcher(text).replaceAll("");
    result = showCharacters(result);
    result = BARE_TOKEN.matcher(result).replaceAll("$1 '$2'");
    result = result.replace("'?'", "a mapping key").replace("'-'", "a list item ('-')");
    result =
        result
            .replace("found ':'", "found a ':' without a key")
            .replace("got ':'", "got a ':' without a key");
    for (String[] token : TOKEN_WORDS) {
      result = result.replace("'" + token[0] + "'", token[1]).replace(token[0], token[1]);
    }
    result = result.replaceAll("\\s+", " ").trim();
    while (result.endsWith(".")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }

  /** Rewrites {@code c(99)} as {@code 'c'}, and invisible characters as {@code U+00A0}. */
  private static String showCharacters(String text) {
    Matcher matcher = CHARACTER_WITH_CODE.matcher(text);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      int codePoint = Integer.parseInt(matcher.group(3));
      String shown;
      if (codePoint != matcher.group(2).codePointAt(0)) {
        shown = matcher.group();
      } else if (codePoint == '\n' || codePoint == '\r') {
        shown = "a line break";
      } else if (Character.isWhitespace(codePoint)
          || Character.isSpaceChar(codePoint)
          || Character.isISOControl(codePoint)) {
        shown = String.format(Locale.ROOT, "U+%04X", codePoint);
      } else {
        shown = "'" + matcher.group(2) + "'";
      }
      matcher.appendReplacement(result, Matcher.quoteReplacement(shown));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  private static String capitalize(String text) {
    return text.isEmpty()
        ? "The YAML parser stopped"
        : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
