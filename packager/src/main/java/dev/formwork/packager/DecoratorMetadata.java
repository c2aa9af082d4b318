package dev.formwork.packager;

import dev.formwork.process.ProcessCommand;
import dev.formwork.process.ProcessResult;
import dev.formwork.process.ProcessRunner;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code emitTsDecoratorMetadata}: esbuild does not emit TypeScript's {@code design:type} / {@code
 * design:paramtypes} metadata, which NestJS, TypeORM and other dependency-injection code read at
 * run time. So before bundling, {@code decorator-metadata.cjs} copies the function's own sources
 * (the entry file and what it imports, found by TypeScript's module resolution) into a folder
 * inside the project, compiling each file that uses decorators with the project's own TypeScript
 * ({@code transpileModule} with experimentalDecorators and emitDecoratorMetadata); esbuild then
 * bundles the copy, resolving packages from the project's node_modules as before.
 */
final class DecoratorMetadata {

  /** Where the copies are made, under the project folder so node_modules resolve as usual. */
  static final String FOLDER = ".formwork/decorators";

  /** TypeScript transpiles a file in milliseconds; a minute means something hangs. */
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private static final String SCRIPT = "decorator-metadata.cjs";

  private final Toolchains toolchains;
  private final ProcessRunner runner;

  DecoratorMetadata(Toolchains toolchains, ProcessRunner runner) {
    this.toolchains = toolchains;
    this.runner = runner;
  }

  /** The TypeScript package of the project, where {@code require} finds it. */
  static Path typescriptPackage(Path projectDir) {
    return projectDir.resolve("node_modules").resolve("typescript");
  }

  /** The installed TypeScript version, e.g. {@code 5.9.3}; empty when it is not installed. */
  static Optional<String> typescriptVersion(Path projectDir) {
    Path manifest = typescriptPackage(projectDir).resolve("package.json");
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    try {
      JsonValue json = JsonParser.parse(Files.readString(manifest, StandardCharsets.UTF_8));
      return json instanceof JsonObject object
              && object.get("version").orElse(null) instanceof JsonString version
          ? Optional.of(version.value())
          : Optional.empty();
    } catch (IOException | JsonParseException unreadable) {
      return Optional.empty();
    }
  }

  /** TypeScript missing from the project, reported on the function's entry file. */
  static Diagnostic typescriptMissing(NodeFunctionBuild function) {
    return Diagnostic.error(
            Code.PACKAGING_TYPESCRIPT_MISSING,
            function.entryfilePath(),
            "Function '"
                + function.resourceName()
                + "' sets emitTsDecoratorMetadata, which needs the TypeScript compiler, but"
                + " node_modules/typescript is not installed.")
        .withHint("Add it to the project: npm install --save-dev typescript.");
  }

  /** The copy of the functions' sources, or the diagnostics that say why there is none. */
  record Copy(Optional<Path> folder, List<Diagnostic> diagnostics) {}

  /**
   * Copies the sources of {@code functions} into {@code folder} (project-relative paths kept),
   * compiling the files that use decorators.
   */
  Copy copy(Path projectDir, List<NodeFunctionBuild> functions, Path folder, Path scratch)
      throws IOException {
    Optional<Path> node = toolchains.onPath("node");
    if (node.isEmpty()) {
      List<Diagnostic> missing = new ArrayList<>();
      for (NodeFunctionBuild function : functions) {
        missing.add(
            Diagnostic.error(
                    Code.PACKAGING_TOOLCHAIN_MISSING,
                    function.entryfilePath(),
                    "Function '"
                        + function.resourceName()
                        + "' sets emitTsDecoratorMetadata, but there is no `node` on PATH to run"
                        + " the TypeScript compiler.")
                .withHint("Install Node.js and put it on PATH."));
      }
      return new Copy(Optional.empty(), missing);
    }
    Files.createDirectories(scratch);
    Path script = scratch.resolve(SCRIPT);
    try (InputStream in = DecoratorMetadata.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IOException(SCRIPT + " is missing from the formwork jar");
      }
      Files.write(script, in.readAllBytes());
    }
    List<JsonValue> entries = new ArrayList<>();
    for (NodeFunctionBuild function : functions) {
      entries.add(new JsonString(projectDir.resolve(function.entryFile()).normalize().toString()));
    }
    JsonObject request =
        JsonObject.builder()
            .put("typescript", typescriptPackage(projectDir).toString())
            .put("projectDir", projectDir.toString())
            .put("outDir", folder.toString())
            .put(
                "tsconfig",
                functions
                    .get(0)
                    .tsconfig()
                    .map(path -> projectDir.resolve(path).normalize())
                    .or(() -> existing(projectDir.resolve("tsconfig.json")))
                    .map(Path::toString)
                    .orElse(""))
            .put("entries", new JsonArray(entries))
            .build();
    Path requestFile = scratch.resolve("request.json");
    Files.writeString(requestFile, JsonWriter.compact(request), StandardCharsets.UTF_8);
    ProcessResult result =
        runner.run(
            ProcessCommand.of(
                List.of(node.get().toString(), script.toString(), requestFile.toString()),
                projectDir,
                TIMEOUT));
    if (result.timedOut()) {
      throw new IOException("TypeScript did not finish within " + TIMEOUT.toMinutes() + " minutes");
    }
    String error = outcomeError(result);
    if (!error.isEmpty()) {
      List<Diagnostic> failed = new ArrayList<>();
      for (NodeFunctionBuild function : functions) {
        failed.add(
            Diagnostic.error(
                Code.PACKAGING_DECORATOR_METADATA_FAILED,
                function.entryfilePath(),
                "Function '"
                    + function.resourceName()
                    + "': TypeScript could not compile its decorators: "
                    + error
                    + (error.endsWith(".") ? "" : ".")));
      }
      return new Copy(Optional.empty(), failed);
    }
    return new Copy(Optional.of(folder), List.of());
  }

  private static Optional<Path> existing(Path file) {
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  /** The script's error, or empty when it printed its file list. */
  private static String outcomeError(ProcessResult result) {
    String last =
        result.stdout().strip().lines().reduce((first, second) -> second).orElse("").strip();
    try {
      if (JsonParser.parse(last) instanceof JsonObject outcome) {
        if (outcome.get("error").orElse(null) instanceof JsonString error) {
          return error.value();
        }
        if (result.succeeded() && outcome.get("files").isPresent()) {
          return "";
        }
      }
    } catch (JsonParseException notJson) {
      // Reported below with what node printed.
    }
    String stderr = result.stderr().strip();
    return stderr.isEmpty()
        ? "node exited with " + result.exitCode()
        : stderr.lines().findFirst().orElse("");
  }
}
