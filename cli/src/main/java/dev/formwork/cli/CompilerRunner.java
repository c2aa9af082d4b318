package dev.formwork.cli;

import dev.formwork.compiler.CompileOptions;
import dev.formwork.compiler.CompileRequest;
import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.Compiler;
import dev.formwork.compiler.check.StackLimits;
import dev.formwork.compiler.directive.RealDirectiveHost;
import dev.formwork.compiler.source.BoundedFileReader;
import dev.formwork.compiler.source.YamlLimits;
import dev.formwork.compiler.source.YamlSourceLoader;
import dev.formwork.compiler.split.DeployedPlacement;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.MapNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** Runs the compiler on a resolved {@link Target}, and prints its diagnostics. */
final class CompilerRunner {

  /** Where `formwork package` writes artifacts, relative to the config's folder. */
  static final String DEFAULT_ARTIFACTS_DIR = ".formwork/artifacts";

  private final Path workingDirectory;

  CompilerRunner(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  /** A compile together with what is needed to render its diagnostics. */
  record Run(CompileResult result, Target target, String label, String text) {

    Path configFile() {
      return target.configFile();
    }
  }

  /**
   * Compiles the target's config with the artifact manifest named on the command line, else the
   * default one when it exists; secret references stay unpinned.
   *
   * @param manifest the artifact manifest named on the command line, if any
   */
  Run compile(Target target, ConfigOptions options, Optional<Path> manifest) {
    Path directory = target.configFile().toAbsolutePath().getParent();
    return compile(
        target, options, manifest(manifest, directory), new TreeMap<>(), DeployedPlacement.NONE);
  }

  /**
   * Compiles without reading any manifest, for packaging (which only needs the functions, and
   * rewrites the manifest, so a damaged one must not stop it).
   */
  Run compileForPackaging(Target target, ConfigOptions options) {
    return compile(target, options, Optional.empty(), new TreeMap<>(), DeployedPlacement.NONE);
  }

  /**
   * Compiles with a fresh manifest, the secret versions the deployer read, and where the deployed
   * app's units are (read from the deployed root template), so that no deployed unit moves between
   * nested stacks.
   */
  Run compile(
      Target target,
      ConfigOptions options,
      ArtifactManifest manifest,
      SortedMap<String, String> secretVersions,
      DeployedPlacement placement) {
    return compile(target, options, Optional.of(manifest), secretVersions, placement);
  }

  private Run compile(
      Target target,
      ConfigOptions options,
      Optional<ArtifactManifest> manifest,
      SortedMap<String, String> secretVersions,
      DeployedPlacement placement) {
    Path configFile = target.configFile();
    Path directory = configFile.toAbsolutePath().getParent();
    String label =
        workingDirectory.toAbsolutePath().relativize(configFile.toAbsolutePath()).toString();
    CompileOptions compileOptions =
        new CompileOptions(
            target.stage(),
            target.region(),
            options.projectName(),
            directory.getFileName().toString(),
            options.cliArgs(target),
            manifest,
            secretVersions,
            placement,
            StackLimits.CLOUDFORMATION);
    YamlSourceLoader loader = new YamlSourceLoader(YamlLimits.defaults());
    RealDirectiveHost host =
        new RealDirectiveHost(
            directory,
            System.getenv(),
            (fileLabel, text) -> parseYaml(loader, fileLabel, text),
            Duration.ofSeconds(60));
    CompileResult result =
        new Compiler(loader)
            .compile(new CompileRequest(label, target.content(), directory, compileOptions, host));
    return new Run(result, target, label, new String(target.content(), StandardCharsets.UTF_8));
  }

  /** A file $File() reads, parsed as the config is, so its errors read the same. */
  private static Optional<ConfigNode> parseYaml(
      YamlSourceLoader loader, String fileLabel, String text) {
    Optional<MapNode> root = loader.load(fileLabel, text.getBytes(StandardCharsets.UTF_8)).root();
    return root.isPresent() ? Optional.of(root.get()) : Optional.empty();
  }

  private Optional<ArtifactManifest> manifest(Optional<Path> given, Path configDirectory) {
    Path file =
        given.isPresent()
            ? workingDirectory.resolve(given.get())
            : configDirectory.resolve(DEFAULT_ARTIFACTS_DIR).resolve(ArtifactManifest.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      if (given.isPresent()) {
        throw UsageException.file(
            "The artifact manifest " + given.get() + " does not exist.",
            "Run `formwork package` first, or fix the path given with --manifest.");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(ArtifactManifest.read(file));
    } catch (IOException | JsonParseException broken) {
      throw UsageException.file(
          "The artifact manifest " + file + " cannot be read (" + broken.getMessage() + ").",
          "Run `formwork package`, which rewrites it.");
    }
  }

  /** The text of a file the run's diagnostics point into, by the label they use for it. */
  Function<String, Optional<String>> sources(Run run) {
    return file -> source(run, file);
  }

  private Optional<String> source(Run run, String file) {
    if (file.equals(run.label())) {
      return Optional.of(run.text());
    }
    return readSource(workingDirectory.resolve(file))
        .or(() -> readSource(run.configFile().toAbsolutePath().getParent().resolve(file)));
  }

  /**
   * A source file a diagnostic points at (a config file, or a code file esbuild names relative to
   * the config's folder), read only up to the config size limit.
   */
  static Optional<String> readSource(Path path) {
    try {
      return Files.isRegularFile(path)
          ? Optional.of(
              new String(
                  BoundedFileReader.read(path, YamlLimits.DEFAULT_MAX_BYTES),
                  StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * The run with more diagnostics (of the sources, from the packager): those without a position are
   * placed at their config path; any error means there is no template.
   */
  static Run withMore(Run run, List<Diagnostic> more) {
    if (more.isEmpty()) {
      return run;
    }
    List<Diagnostic> located = new ArrayList<>();
    for (Diagnostic diagnostic : more) {
      located.add(
          diagnostic.location().isKnown()
              ? diagnostic
              : diagnostic.at(run.result().sourceMap().locateValue(diagnostic.path())));
    }
    return new Run(
        run.result().withMoreDiagnostics(located), run.target(), run.label(), run.text());
  }
}
