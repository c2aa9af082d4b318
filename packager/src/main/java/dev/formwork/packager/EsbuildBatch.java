package dev.formwork.packager;

import dev.formwork.process.ProcessCommand;
import dev.formwork.process.ProcessResult;
import dev.formwork.process.ProcessRunner;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Bundles many functions that share {@link EsbuildOptions} in one esbuild process with one entry
 * point each ({@code f<i>/index=<entry>}), then reads esbuild's metafile to learn which inputs went
 * into which bundle. A failed batch is re-run one function at a time, only on that error path, to
 * say which function each error belongs to (esbuild's log names files, not entry points).
 */
public final class EsbuildBatch {

  /**
   * One function's bundle in the output folder, with the project-relative files it was built from,
   * the names it exports (listed by esbuild for ESM output only), and the module format esbuild
   * detected for the entry file ({@code esm}, {@code cjs}, or empty when it cannot tell).
   */
  public record Bundle(
      Path bundleFile,
      Optional<Path> sourceMap,
      List<String> inputs,
      List<String> exports,
      Optional<String> entryFormat) {}

  /** The result of a batch: bundles of the functions that built, errors of those that did not. */
  public record Result(
      Map<NodeFunctionBuild, Bundle> bundles,
      Map<NodeFunctionBuild, List<EsbuildMessages.Error>> errors) {}

  /** esbuild bundles hundreds of functions in seconds; ten minutes means it hangs. */
  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final EsbuildBinary esbuild;
  private final ProcessRunner runner;

  public EsbuildBatch(EsbuildBinary esbuild, ProcessRunner runner) {
    this.esbuild = esbuild;
    this.runner = runner;
  }

  public Result bundle(
      List<NodeFunctionBuild> functions, EsbuildOptions options, Path projectDir, Path outDir)
      throws IOException {
    Map<NodeFunctionBuild, Bundle> bundles = new LinkedHashMap<>();
    Map<NodeFunctionBuild, List<EsbuildMessages.Error>> errors = new LinkedHashMap<>();
    ProcessResult outcome = run(functions, options, projectDir, outDir);
    if (outcome.succeeded()) {
      bundles.putAll(readMetafile(functions, options, projectDir, outDir));
    } else if (functions.size() == 1) {
      errors.put(functions.get(0), EsbuildMessages.errors(outcome.stderr()));
    } else {
      for (int i = 0; i < functions.size(); i++) {
        Result single =
            bundle(List.of(functions.get(i)), options, projectDir, outDir.resolve("single-" + i));
        errors.putAll(single.errors());
        bundles.putAll(single.bundles());
      }
    }
    return new Result(bundles, errors);
  }

  private ProcessResult run(
      List<NodeFunctionBuild> functions, EsbuildOptions options, Path projectDir, Path outDir)
      throws IOException {
    Files.createDirectories(outDir);
    List<String> command = new ArrayList<>();
    command.add(esbuild.executable().toString());
    for (int i = 0; i < functions.size(); i++) {
      command.add(entryName(i) + "=" + entryArgument(functions.get(i), projectDir));
    }
    command.addAll(options.flags());
    command.add("--outdir=" + outDir);
    command.add("--metafile=" + outDir.resolve("meta.json"));
    command.add("--color=false");
    command.add("--log-level=error");
    command.add("--log-limit=0");
    ProcessResult result = runner.run(ProcessCommand.of(command, projectDir, TIMEOUT));
    if (result.timedOut()) {
      throw new IOException(
          command.get(0) + " did not finish within " + TIMEOUT.toMinutes() + " minutes");
    }
    return result;
  }

  private static String entryName(int index) {
    return "f" + index + "/index";
  }

  /** Relative entries start with {@code ./} so esbuild never reads them as package names. */
  private static String entryArgument(NodeFunctionBuild function, Path projectDir) {
    Path entry = projectDir.resolve(function.entryFile()).normalize();
    if (!entry.startsWith(projectDir)) {
      return entry.toString();
    }
    return "./" + projectDir.relativize(entry).toString().replace('\\', '/');
  }

  private Map<NodeFunctionBuild, Bundle> readMetafile(
      List<NodeFunctionBuild> functions, EsbuildOptions options, Path projectDir, Path outDir)
      throws IOException {
    JsonObject outputs;
    JsonObject meta;
    try {
      meta =
          (JsonObject)
              JsonParser.parse(
                  Files.readString(outDir.resolve("meta.json"), StandardCharsets.UTF_8));
      outputs = (JsonObject) meta.get("outputs").orElseThrow();
    } catch (JsonParseException | ClassCastException | NoSuchElementException e) {
      throw new IOException(
          "esbuild " + esbuild.version() + " wrote a metafile formwork cannot read", e);
    }
    Map<Path, JsonObject> byFile = new LinkedHashMap<>();
    outputs
        .members()
        .forEach(
            (key, value) -> byFile.put(projectDir.resolve(key).normalize(), (JsonObject) value));
    Map<NodeFunctionBuild, Bundle> bundles = new LinkedHashMap<>();
    for (int i = 0; i < functions.size(); i++) {
      Path bundleFile = outDir.resolve("f" + i).resolve(options.format().outputFile()).normalize();
      JsonObject output = byFile.get(bundleFile);
      if (output == null) {
        throw new IOException("esbuild's metafile does not list the bundle " + bundleFile);
      }
      List<String> inputs = new ArrayList<>();
      if (output.get("inputs").orElse(null) instanceof JsonObject inputObject) {
        inputs.addAll(inputObject.members().keySet());
      }
      List<String> exports = new ArrayList<>();
      if (output.get("exports").orElse(null) instanceof JsonArray exportArray) {
        for (JsonValue name : exportArray.items()) {
          if (name instanceof JsonString text) {
            exports.add(text.value());
          }
        }
      }
      Optional<String> entryFormat = Optional.empty();
      if (output.get("entryPoint").orElse(null) instanceof JsonString entryPoint
          && inputsObject(meta).get(entryPoint.value()).orElse(null) instanceof JsonObject input
          && input.get("format").orElse(null) instanceof JsonString format) {
        entryFormat = Optional.of(format.value());
      }
      Path map = bundleFile.resolveSibling(bundleFile.getFileName() + ".map");
      bundles.put(
          functions.get(i),
          new Bundle(
              bundleFile,
              Files.isRegularFile(map) ? Optional.of(map) : Optional.empty(),
              inputs,
              exports,
              entryFormat));
    }
    return bundles;
  }

  private static JsonObject inputsObject(JsonObject meta) {
    return meta.get("inputs").orElse(null) instanceof JsonObject inputs ? inputs : JsonObject.EMPTY;
  }
}
