package dev.formwork.cli;

import dev.formwork.compiler.report.DiagnosticRenderer;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where one run's diagnostics and its failure go: always stderr. As text, each is printed when it
 * happens (diagnostics with carets; a failure as one line saying what happened and one with the
 * hint). With {@code --error-format json}, they are collected and printed at the end as one JSON
 * array, {@code []} when there were none. Stack traces appear only for bugs in formwork (exit code
 * 70) and with {@code --debug}.
 */
final class ErrorOutput {

  private static final String RED = "\u001b[1;31m";
  private static final String CYAN = "\u001b[36m";
  private static final String RESET = "\u001b[0m";

  private final PrintStream err;
  private final ErrorFormat format;
  private final boolean color;
  private final boolean debug;
  private final List<JsonValue> collected = new ArrayList<>();

  ErrorOutput(PrintStream err, ErrorFormat format, boolean color, boolean debug) {
    this.err = err;
    this.format = format;
    this.color = color;
    this.debug = debug;
  }

  /** Config diagnostics, with the source text of each file they point into. */
  void diagnostics(List<Diagnostic> diagnostics, Function<String, Optional<String>> sources) {
    DiagnosticRenderer renderer = new DiagnosticRenderer(sources, color);
    if (format == ErrorFormat.json) {
      renderer.toJson(diagnostics).items().forEach(collected::add);
    } else {
      err.print(renderer.text(diagnostics));
      err.flush();
    }
  }

  /** Reports why the command stopped and returns its exit code. */
  int failure(CommandFailure failure) {
    if (format == ErrorFormat.json) {
      Diagnostic diagnostic =
          new Diagnostic(
              failure.code(),
              ConfigPath.ROOT,
              SourceLocation.UNKNOWN,
              failure.message(),
              failure.hint());
      new DiagnosticRenderer(file -> Optional.empty())
          .toJson(List.of(diagnostic))
          .items()
          .forEach(collected::add);
    } else {
      err.println(paint(RED, "error[" + failure.code().id() + "]") + ": " + failure.message());
      failure.hint().ifPresent(hint -> err.println("  " + paint(CYAN, "= hint:") + " " + hint));
    }
    if (failure.cause().isPresent() && (debug || failure.exitCode() == ExitCodes.INTERNAL)) {
      failure.cause().get().printStackTrace(err);
    }
    err.flush();
    return failure.exitCode();
  }

  /** Ends the run: with JSON, prints the collected array. */
  void finish() {
    if (format == ErrorFormat.json) {
      err.print(JsonWriter.pretty(new JsonArray(collected)));
      collected.clear();
    }
    err.flush();
  }

  private String paint(String style, String text) {
    return color ? style + text + RESET : text;
  }
}
