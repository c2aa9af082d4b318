package dev.formwork.compiler.report;

import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.diag.UserText;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNull;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders diagnostics for people (the source line with a caret under the problem, and a hint; the
 * severity and caret in colour on a terminal) or for machines (a JSON array with code, severity,
 * path, file, the range from line/column to endLine/endColumn, message and hint).
 */
public final class DiagnosticRenderer {

  private static final String RESET = "\u001b[0m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String CYAN = "\u001b[36m";

  private final Function<String, Optional<String>> sources;
  private final boolean color;

  /**
   * Plain text, as for files, pipes and CI logs.
   *
   * @param sources the text of a file by the label diagnostics use for it, when available
   */
  public DiagnosticRenderer(Function<String, Optional<String>> sources) {
    this(sources, false);
  }

  /**
   * @param sources the text of a file by the label diagnostics use for it, when available
   * @param color whether to colour the severity, caret and hint with ANSI codes (a terminal)
   */
  public DiagnosticRenderer(Function<String, Optional<String>> sources, boolean color) {
    this.sources = sources;
    this.color = color;
  }

  public String text(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic diagnostic : diagnostics) {
      render(diagnostic, out);
    }
    long errors = 0;
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.isError()) {
        errors++;
      }
    }
    long warnings = diagnostics.size() - errors;
    if (!diagnostics.isEmpty()) {
      out.append(count(errors, "error"))
          .append(", ")
          .append(count(warnings, "warning"))
          .append('\n');
    }
    return out.toString();
  }

  private static String count(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private void render(Diagnostic diagnostic, StringBuilder out) {
    SourceLocation where = diagnostic.location();
    String paint = diagnostic.isError() ? RED : YELLOW;
    out.append(paint(paint, diagnostic.severity().label() + "[" + diagnostic.code().id() + "]"))
        .append(": ")
        .append(diagnostic.message())
        .append('\n');
    out.append("  --> ").append(where);
    if (!diagnostic.path().isRoot()) {
      out.append(" (").append(diagnostic.path()).append(')');
    }
    out.append('\n');
    Optional<String> line = where.isKnown() ? sourceLine(where) : Optional.empty();
    if (line.isPresent() && PlainTextValueMask.applies(diagnostic.code())) {
      line = Optional.of(PlainTextValueMask.mask(line.get(), where.column()));
    }
    if (line.isPresent()) {
      Excerpt excerpt = Excerpt.of(line.get(), where.column());
      String number = String.valueOf(where.line());
      String gutter = " ".repeat(number.length());
      out.append(' ').append(gutter).append(" |\n");
      out.append(' ').append(number).append(" | ").append(excerpt.text()).append('\n');
      out.append(' ')
          .append(gutter)
          .append(" | ")
          .append(indentedCaret(excerpt.caret(), paint))
          .append('\n');
    }
    if (diagnostic.hint().isPresent()) {
      out.append("  ")
          .append(paint(CYAN, "= hint:"))
          .append(' ')
          .append(diagnostic.hint().get())
          .append('\n');
    }
    out.append('\n');
  }

  /** The caret line, with only the carets coloured. */
  private String indentedCaret(String caret, String style) {
    int carets = caret.indexOf('^');
    return caret.substring(0, carets) + paint(style, caret.substring(carets));
  }

  private String paint(String style, String text) {
    return color ? style + text + RESET : text;
  }

  private Optional<String> sourceLine(SourceLocation where) {
    Optional<String> text = sources.apply(where.file());
    Optional<String> line = text.isPresent() ? line(text.get(), where.line()) : Optional.empty();
    return line.isPresent() ? Optional.of(line.get().replace('\t', ' ')) : Optional.empty();
  }

  /**
   * The 1-based line {@code number} of {@code text}, lines ending at "\n" or "\r\n"; found without
   * splitting the whole text (a config can have tens of thousands of lines).
   */
  static Optional<String> line(String text, int number) {
    int start = 0;
    for (int line = 1; line < number; line++) {
      int newline = text.indexOf('\n', start);
      if (newline < 0) {
        return Optional.empty();
      }
      start = newline + 1;
    }
    int end = text.indexOf('\n', start);
    if (end < 0) {
      return Optional.of(text.substring(start));
    }
    return Optional.of(
        text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
  }

  /**
   * The part of a source line shown under a diagnostic, and the carets under the token starting at
   * the column (up to a colon, flow punctuation, space or end of line). A long line is cut to a
   * window around the column, and control characters are shown escaped, so neither a megabyte line
   * nor an ESC byte reaches the terminal.
   */
  record Excerpt(String text, String caret) {

    /** Characters shown before the column on a line longer than {@link #WIDTH}. */
    static final int BEFORE = 40;

    /** Characters shown in all. */
    static final int WIDTH = 160;

    static Excerpt of(String line, int column) {
      int start = Math.max(0, Math.min(column - 1, line.length()));
      int end = Math.min(line.length(), start + tokenLength(line, start));
      int from =
          line.length() <= WIDTH ? 0 : Math.max(0, Math.min(start - BEFORE, line.length() - WIDTH));
      int to = Math.min(line.length(), from + WIDTH);
      int tokenEnd = Math.min(end, to);
      String before = (from > 0 ? "…" : "") + UserText.escapeControls(line.substring(from, start));
      String token = UserText.escapeControls(line.substring(start, Math.max(start, tokenEnd)));
      String after =
          UserText.escapeControls(line.substring(Math.max(start, tokenEnd), to))
              + (to < line.length() ? "…" : "");
      return new Excerpt(
          before + token + after,
          " ".repeat(before.length()) + "^".repeat(Math.max(1, token.length())));
    }
  }

  /** How many characters the caret covers from {@code start} (at least one). */
  private static int tokenLength(String line, int start) {
    int end = start;
    while (end < line.length()
        && ":,]}".indexOf(line.charAt(end)) < 0
        && !Character.isWhitespace(line.charAt(end))) {
      end++;
    }
    return Math.max(1, end - start);
  }

  /**
   * The diagnostics as a JSON array. {@code line}/{@code column} is where the problem starts and
   * {@code endLine}/{@code endColumn} where it ends, exclusive (the caret's range), so editors can
   * underline it; all four are 1-based, and 0 when the position is unknown.
   */
  public String json(List<Diagnostic> diagnostics) {
    return JsonWriter.pretty(toJson(diagnostics));
  }

  /** The diagnostics as the JSON array {@link #json} prints. */
  public JsonArray toJson(List<Diagnostic> diagnostics) {
    List<JsonValue> items = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      SourceLocation where = diagnostic.location();
      int endColumn = 0;
      if (where.isKnown()) {
        Optional<String> line = sourceLine(where);
        endColumn =
            where.column()
                + (line.isPresent()
                    ? tokenLength(
                        line.get(), Math.max(0, Math.min(where.column() - 1, line.get().length())))
                    : 1);
      }
      items.add(
          JsonObject.builder()
              .put("code", diagnostic.code().id())
              .put("severity", diagnostic.severity().label())
              .put("path", diagnostic.path().isRoot() ? "" : diagnostic.path().toString())
              .put("file", where.file())
              .put("line", where.line())
              .put("column", where.column())
              .put("endLine", where.line())
              .put("endColumn", endColumn)
              .put("message", diagnostic.message())
              .put(
                  "hint",
                  diagnostic.hint().isPresent()
                      ? new JsonString(diagnostic.hint().get())
                      : JsonNull.INSTANCE)
              .build());
    }
    return new JsonArray(items);
  }
}
