package dev.formwork.deployer.invoke;

import dev.formwork.deployer.ExitCodes;
import dev.formwork.deployer.OutputSink;
import dev.formwork.process.ProcessCommand;
import dev.formwork.process.ProcessResult;
import dev.formwork.process.ProcessRunner;
import dev.formwork.schema.json.JsonBool;
import dev.formwork.schema.json.JsonNull;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a handler on this machine, as Lambda would. JavaScript and Python: a small bootstrap loads
 * the handler file, calls the named export with the event and a context object, and writes the
 * result (or the error) as JSON to a file; TypeScript runs from the esbuild bundle the packager
 * produced. Java: {@link JavaHandlerRunner} runs the handler class with the function's classes and
 * {@code lib/} jars. OS-only runtimes (Go): the package's {@code bootstrap} runs against {@link
 * RuntimeApiEmulator}. The handler's own output is streamed to the sink.
 */
public final class LocalInvoker {

  /** The language runtime a handler file needs. */
  public enum Language {
    NODE,
    PYTHON,
    /** The code file is the unpacked function folder; the handler is {@code pkg.Class::method}. */
    JAVA,
    /** The code file is the {@code bootstrap} executable of an OS-only runtime (Go). */
    PROVIDED;

    /**
     * From a Lambda runtime name such as {@code nodejs20.x}, {@code python3.12}, {@code java21} or
     * {@code provided.al2023}.
     */
    public static Optional<Language> fromRuntime(String runtime) {
      String r = runtime.toLowerCase(Locale.ROOT);
      if (r.startsWith("nodejs")) {
        return Optional.of(NODE);
      }
      if (r.startsWith("python")) {
        return Optional.of(PYTHON);
      }
      if (r.startsWith("java")) {
        return Optional.of(JAVA);
      }
      if (r.startsWith("provided")) {
        return Optional.of(PROVIDED);
      }
      return Optional.empty();
    }
  }

  /**
   * One local run: the code file (a .js/.mjs/.cjs bundle or a .py module), the export, event and
   * environment.
   */
  public record Invocation(
      Language language,
      Path codeFile,
      String handlerFunction,
      String eventJson,
      Map<String, String> environment,
      Duration timeout) {}

  /**
   * How the run ended: exit code 0 or 3, the handler's result JSON or its error, and its output.
   */
  public record Result(
      int exitCode, Optional<String> resultJson, Optional<String> error, List<String> output) {}

  private final String node;
  private final String python;
  private final String javaBinary;
  private final OutputSink out;
  private final ProcessRunner processes = new ProcessRunner();

  public LocalInvoker(String nodeBinary, String pythonBinary, OutputSink out) {
    this(nodeBinary, pythonBinary, "java", out);
  }

  public LocalInvoker(String nodeBinary, String pythonBinary, String javaBinary, OutputSink out) {
    this.node = nodeBinary;
    this.python = pythonBinary;
    this.javaBinary = javaBinary;
    this.out = out;
  }

  /** node, python3 and java from PATH ({@code $JAVA_HOME/bin/java} when JAVA_HOME is set). */
  public static LocalInvoker withDefaults(OutputSink out) {
    String javaHome = System.getenv("JAVA_HOME");
    String java =
        javaHome == null || javaHome.isBlank()
            ? "java"
            : Path.of(javaHome, "bin", "java").toString();
    return new LocalInvoker("node", "python3", java, out);
  }

  public Result invoke(Invocation invocation) throws IOException {
    if (invocation.language() == Language.PROVIDED) {
      return new BootstrapRun(out, processes).invoke(invocation);
    }
    Path code = invocation.codeFile().toAbsolutePath();
    String name = code.getFileName().toString();
    if (name.endsWith(".ts") || name.endsWith(".tsx") || name.endsWith(".mts")) {
      return failed(
          "TypeScript handlers run from their bundle: pass the .js file the packager wrote for this"
              + " function.");
    }
    if (invocation.language() == Language.JAVA
        ? !Files.isDirectory(code)
        : !Files.isRegularFile(code)) {
      return failed("The handler file " + code + " does not exist.");
    }
    Path work = Files.createTempDirectory("formwork-invoke-");
    try {
      Path event = work.resolve("event.json");
      Path result = work.resolve("result.json");
      Files.writeString(event, invocation.eventJson(), StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>();
      if (invocation.language() == Language.NODE) {
        Path bootstrap = work.resolve("bootstrap.mjs");
        Files.writeString(bootstrap, resource("local-invoke-node.mjs"), StandardCharsets.UTF_8);
        command.addAll(List.of(node, bootstrap.toString()));
      } else if (invocation.language() == Language.PYTHON) {
        Path bootstrap = work.resolve("bootstrap.py");
        Files.writeString(bootstrap, resource("local-invoke-python.py"), StandardCharsets.UTF_8);
        command.addAll(List.of(python, bootstrap.toString()));
      } else {
        command.addAll(List.of(javaBinary, "-cp", javaClasspath(work, code)));
        command.add(JavaHandlerRunner.class.getName());
        command.addAll(List.of(invocation.handlerFunction(), event.toString(), result.toString()));
      }
      if (invocation.language() != Language.JAVA) {
        command.addAll(
            List.of(
                code.toString(),
                invocation.handlerFunction(),
                event.toString(),
                result.toString()));
      }
      // Lines arrive on the runner's output thread.
      List<String> output = Collections.synchronizedList(new ArrayList<>());
      ProcessResult run =
          processes.stream(
              ProcessCommand.of(
                      command,
                      invocation.language() == Language.JAVA ? code : code.getParent(),
                      invocation.timeout())
                  .withEnvironment(invocation.environment()),
              line -> {
                output.add(line);
                out.info("  | " + line);
              });
      if (run.timedOut()) {
        return new Result(
            ExitCodes.DEPLOY_FAILED,
            Optional.empty(),
            Optional.of(
                "The handler did not finish within "
                    + invocation.timeout().toSeconds()
                    + " s (the function's timeout)."),
            List.copyOf(output));
      }
      if (!Files.exists(result)) {
        return new Result(
            ExitCodes.DEPLOY_FAILED,
            Optional.empty(),
            Optional.of(
                "The handler process exited with code "
                    + run.exitCode()
                    + " before returning a result."),
            List.copyOf(output));
      }
      return fromResultFile(Files.readString(result, StandardCharsets.UTF_8), List.copyOf(output));
    } finally {
      deleteTree(work);
    }
  }

  /**
   * The bootstrap writes {"ok":true,"value":...} or
   * {"ok":false,"errorType":...,"errorMessage":...}.
   */
  static Result fromResultFile(String text, List<String> output) {
    try {
      JsonValue parsed = JsonParser.parse(text);
      if (parsed instanceof JsonObject object) {
        boolean ok = object.get("ok").orElse(null) == JsonBool.TRUE;
        if (ok) {
          return new Result(
              ExitCodes.OK,
              Optional.of(JsonWriter.compact(object.get("value").orElse(JsonNull.INSTANCE))),
              Optional.empty(),
              output);
        }
        String type =
            object
                .get("errorType")
                .map(v -> v instanceof JsonString s ? s.value() : "Error")
                .orElse("Error");
        String message =
            object
                .get("errorMessage")
                .map(v -> v instanceof JsonString s ? s.value() : "")
                .orElse("");
        return new Result(
            ExitCodes.DEPLOY_FAILED, Optional.empty(), Optional.of(type + ": " + message), output);
      }
    } catch (JsonParseException e) {
      // Falls through: the handler returned something the bootstrap could not serialise.
    }
    return new Result(
        ExitCodes.DEPLOY_FAILED,
        Optional.empty(),
        Optional.of("The handler's result could not be read as JSON."),
        output);
  }

  static Result failed(String message) {
    return new Result(ExitCodes.DEPLOY_FAILED, Optional.empty(), Optional.of(message), List.of());
  }

  /**
   * The runner's class file (copied out of formwork, so the handler sees none of formwork's own
   * classes), the function's folder (its classes) and its {@code lib/} jars, as Lambda's Java
   * runtime loads them.
   */
  private static String javaClasspath(Path work, Path functionFolder) throws IOException {
    String classFile = JavaHandlerRunner.class.getName().replace('.', '/') + ".class";
    Path runner = work.resolve("runner").resolve(classFile);
    Files.createDirectories(runner.getParent());
    try (InputStream in = LocalInvoker.class.getResourceAsStream("/" + classFile)) {
      if (in == null) {
        throw new IllegalStateException(classFile + " is missing from the jar");
      }
      Files.write(runner, in.readAllBytes());
    }
    return String.join(
        File.pathSeparator,
        work.resolve("runner").toString(),
        functionFolder.toString(),
        functionFolder.resolve("lib").resolve("*").toString());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in =
        LocalInvoker.class.getResourceAsStream("/dev/formwork/deployer/invoke/" + name)) {
      if (in == null) {
        throw new IllegalStateException("bootstrap " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
