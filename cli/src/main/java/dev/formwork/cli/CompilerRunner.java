package dev.formwork.cli;

import dev.formwork.compiler.CompileOptions;
import dev.formwork.compiler.CompileRequest;
import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.Compiler;
import dev.formwork.compiler.check.StackLimits;
import dev.formwork.compiler.directive.RealDirectiveHost;
import dev.formwork.compiler.report.DiagnosticRenderer;
import dev.formwork.compiler.source.YamlLimits;
import dev.formwork.compiler.source.YamlSourceLoader;
import dev.formwork.compiler.split.DeployedPlacement;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.json.JsonParseException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Reads the config named by the options, runs the compiler, and prints its diagnostics. */
final class CompilerRunner {

  /** Where `formwork package` writes artifacts, relative to the config's folder. */
  static final String DEFAULT_ARTIFACTS_DIR = ".formwork/artifacts";

  private final Path workingDirectory;

  CompilerRunner(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  /** A compile together with what is needed to render its diagnostics. */
  record Run(CompileResult result, Path configFile, String label, String text) {}

  Run compile(ConfigOptions options) {
    return compile(options, DeployedPlacement.NONE);
  }

  /**
   * Compiles with where the deployed app's units are (read from the deployed root template), so
   * that no deployed unit moves between nested stacks.
   */
  Run compile(ConfigOptions options, DeployedPlacement placement) {
    options.validate();
    Path configFile = ConfigLocator.locate(Optional.ofNullable(options.config), workingDirectory);
    byte[] content;
    try {
      content = Files.readAllBytes(configFile);
    } catch (IOException unreadable) {
      throw new UsageException("Cannot read " + configFile + ": " + unreadable.getMessage());
    }
    Path directory = configFile.toAbsolutePath().getParent();
    String label =
        workingDirectory.toAbsolutePath().relativize(configFile.toAbsolutePath()).toString();
    Optional<ArtifactManifest> manifest = manifest(options, directory);
    CompileOptions compileOptions =
        new CompileOptions(
            options.stage,
            options.region,
            options.projectName(),
            directory.getFileName().toString(),
            options.cliArgs(),
            manifest,
            placement,
            StackLimits.CLOUDFORMATION);
    YamlSourceLoader loader = new YamlSourceLoader(YamlLimits.defaults());
    RealDirectiveHost host =
        new RealDirectiveHost(
            directory,
            System.getenv(),
            (fileLabel, text) ->
                loader
                    .load(fileLabel, text.getBytes(StandardCharsets.UTF_8))
                    .root()
                    .map(root -> root),
            Duration.ofSeconds(60));
    CompileResult result =
        new Compiler(loader)
            .compile(new CompileRequest(label, content, directory, compileOptions, host));
    return new Run(result, configFile, label, new String(content, StandardCharsets.UTF_8));
  }

  private Optional<ArtifactManifest> manifest(ConfigOptions options, Path configDirectory) {
    Path file =
        options
            .manifest()
            .map(workingDirectory::resolve)
            .orElse(
                configDirectory.resolve(DEFAULT_ARTIFACTS_DIR).resolve(ArtifactManifest.FILE_NAME));
    if (!Files.isRegularFile(file)) {
      if (options.manifest().isPresent()) {
        throw new UsageException(
            "Artifact manifest "
                + options.manifest().get()
                + " does not exist; run `formwork package` first.");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(ArtifactManifest.read(file));
    } catch (IOException | JsonParseException broken) {
      throw new UsageException(
          "Artifact manifest "
              + file
              + " cannot be read ("
              + broken.getMessage()
              + "); run `formwork package` again.");
    }
  }

  /** Prints the diagnostics to {@code err}, as text with carets or as JSON. */
  void report(Run run, ErrorFormat format, PrintStream out, PrintStream err) {
    if (format == ErrorFormat.json) {
      out.print(DiagnosticRenderer.json(run.result().diagnostics()));
      return;
    }
    DiagnosticRenderer renderer = new DiagnosticRenderer(file -> source(run, file));
    err.print(renderer.text(run.result().diagnostics()));
  }

  private Optional<String> source(Run run, String file) {
    if (file.equals(run.label())) {
      return Optional.of(run.text());
    }
    try {
      Path path = workingDirectory.resolve(file);
      return Files.isRegularFile(path) ? Optional.of(Files.readString(path)) : Optional.empty();
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /** How diagnostics are printed. */
  enum ErrorFormat {
    text,
    json
  }
}
