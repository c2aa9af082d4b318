package dev.formwork.compiler.directive;

import dev.formwork.process.ProcessCommand;
import dev.formwork.process.ProcessResult;
import dev.formwork.process.ProcessRunner;
import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.node.ConfigNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a custom directive function in a child process: {@code node} for JavaScript (and TypeScript
 * through Node's type stripping) or {@code python3}. Arguments and the result travel as JSON files,
 * so whatever the function prints cannot corrupt the result.
 */
final class CustomDirectiveRunner {

  private static final String NODE_RUNNER =
      String.join(
          "\n",
          "const fs = require('fs');",
          "const { pathToFileURL } = require('url');",
          "const [file, exportName, argsFile, outFile] = process.argv.slice(1);",
          "const write = (o) => fs.writeFileSync(outFile, JSON.stringify(o));",
          "(async () => {",
          "  try {",
          "    const mod = await import(pathToFileURL(file).href);",
          "    let fn = mod[exportName];",
          // A CommonJS module arrives as the default export, so look inside it as well.
          "    if (typeof fn !== 'function' && mod.default && typeof mod.default[exportName] ==="
              + " 'function')",
          "      fn = mod.default[exportName];",
          "    if (typeof fn !== 'function') {",
          "      write({ error: `${file} doesn't export function with name '${exportName}'.` });",
          "      return;",
          "    }",
          "    const result = await fn(...JSON.parse(fs.readFileSync(argsFile, 'utf8')));",
          "    if (result === undefined) { write({ error: 'the function returned undefined' });"
              + " return; }",
          "    write({ ok: result });",
          "  } catch (e) {",
          "    write({ error: e && e.message ? String(e.message) : String(e) });",
          "  }",
          "})();");

  private static final String PYTHON_RUNNER =
      String.join(
          "\n",
          "import asyncio, importlib.util, inspect, json, os, sys",
          "file, export, args_file, out_file = sys.argv[1:5]",
          "def write(o):",
          "    text = json.dumps(o)",
          "    with open(out_file, 'w', encoding='utf-8') as f:",
          "        f.write(text)",
          "try:",
          "    sys.path.insert(0, os.path.dirname(file))",
          "    spec = importlib.util.spec_from_file_location('formwork_custom_directive', file)",
          "    module = importlib.util.module_from_spec(spec)",
          "    spec.loader.exec_module(module)",
          "    fn = getattr(module, export, None)",
          "    if not callable(fn):",
          "        write({'error': file + \" doesn't export function with name '\" + export +"
              + " \"'.\"})",
          "    else:",
          "        with open(args_file, encoding='utf-8') as f:",
          "            args = json.load(f)",
          "        result = fn(*args)",
          "        if inspect.isawaitable(result):",
          "            result = asyncio.run(result)",
          "        if result is None:",
          "            write({'error': 'the function returned None'})",
          "        else:",
          "            write({'ok': result})",
          "except BaseException as e:",
          "    write({'error': str(e) or type(e).__name__})");

  private static final Pattern NODE_VERSION = Pattern.compile("v(\\d+)\\.(\\d+)\\.\\d+.*");

  private final String node;
  private final String python;
  private final Duration timeout;
  private final ProcessRunner processes;
  private Optional<String> nodeVersion;

  CustomDirectiveRunner(String node, String python, Duration timeout, ProcessRunner processes) {
    this.node = node;
    this.python = python;
    this.timeout = timeout;
    this.processes = processes;
  }

  CustomDirectiveResult run(CustomDirective directive, List<ConfigNode> args) {
    Path work = null;
    try {
      work = Files.createTempDirectory("formwork-directive");
      Path argsFile = work.resolve("args.json");
      Path outFile = work.resolve("result.json");
      List<JsonValue> json = new ArrayList<>();
      args.forEach(arg -> json.add(JsonNodes.toJson(arg)));
      Files.writeString(argsFile, JsonWriter.compact(new JsonArray(json)), StandardCharsets.UTF_8);
      Optional<List<String>> command = command(directive, argsFile, outFile);
      if (command.isEmpty()) {
        return CustomDirectiveResult.failure(
            "TypeScript directives need Node.js 22.6 or newer (for --experimental-strip-types), but"
                + " "
                + node
                + " is "
                + nodeVersion().orElse("missing")
                + "; compile "
                + directive.file().getFileName()
                + " to JavaScript or upgrade Node.js.");
      }
      Optional<ProcessResult> outcome =
          processes
              .tryRun(ProcessCommand.of(command.get(), directive.file().getParent(), timeout))
              .filter(result -> !result.timedOut());
      if (outcome.isEmpty()) {
        return CustomDirectiveResult.failure(
            command.get().get(0)
                + " could not be started or did not finish within "
                + timeout.toSeconds()
                + " s.");
      }
      if (!Files.exists(outFile)) {
        String stderr = outcome.get().stderr().strip();
        return CustomDirectiveResult.failure(
            stderr.isEmpty() ? "the process exited with code " + outcome.get().exitCode() : stderr);
      }
      return read(Files.readString(outFile, StandardCharsets.UTF_8));
    } catch (IOException io) {
      return CustomDirectiveResult.failure(
          "could not exchange data with the directive process: " + io.getMessage());
    } finally {
      if (work != null) {
        deleteQuietly(work.resolve("args.json"));
        deleteQuietly(work.resolve("result.json"));
        deleteQuietly(work);
      }
    }
  }

  private Optional<List<String>> command(CustomDirective directive, Path argsFile, Path outFile) {
    String file = directive.file().toString();
    List<String> tail =
        List.of(file, directive.exportName(), argsFile.toString(), outFile.toString());
    List<String> command = new ArrayList<>();
    switch (directive.language()) {
      case PYTHON -> command.addAll(List.of(python, "-c", PYTHON_RUNNER));
      case TYPESCRIPT -> {
        if (!nodeStripsTypes()) {
          return Optional.empty();
        }
        command.addAll(
            List.of(node, "--experimental-strip-types", "--no-warnings", "-e", NODE_RUNNER));
      }
      default -> command.addAll(List.of(node, "-e", NODE_RUNNER));
    }
    command.addAll(tail);
    return Optional.of(command);
  }

  private boolean nodeStripsTypes() {
    Optional<String> version = nodeVersion();
    if (version.isEmpty()) {
      return false;
    }
    Matcher match = NODE_VERSION.matcher(version.get());
    if (!match.matches()) {
      return false;
    }
    int major = Integer.parseInt(match.group(1));
    int minor = Integer.parseInt(match.group(2));
    return major > 22 || (major == 22 && minor >= 6);
  }

  private synchronized Optional<String> nodeVersion() {
    if (nodeVersion == null) {
      Path here = Path.of("").toAbsolutePath();
      nodeVersion =
          processes
              .tryRun(ProcessCommand.of(List.of(node, "--version"), here, Duration.ofSeconds(10)))
              .filter(ProcessResult::succeeded)
              .map(result -> result.stdout().trim());
    }
    return nodeVersion;
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // A leftover temporary file is harmless; the OS cleans its temp directory.
    }
  }

  private static CustomDirectiveResult read(String text) {
    try {
      JsonValue parsed = JsonParser.parse(text);
      if (parsed instanceof JsonObject object) {
        Optional<JsonValue> ok = object.get("ok");
        if (ok.isPresent()) {
          return CustomDirectiveResult.success(JsonNodes.toNode(ok.get(), SourceLocation.UNKNOWN));
        }
        if (object.get("error").orElse(null) instanceof JsonString error) {
          return CustomDirectiveResult.failure(error.value());
        }
      }
      return CustomDirectiveResult.failure("the directive process wrote an unexpected result");
    } catch (JsonParseException invalid) {
      return CustomDirectiveResult.failure(
          "the function's result is not JSON: " + invalid.getMessage());
    }
  }
}
