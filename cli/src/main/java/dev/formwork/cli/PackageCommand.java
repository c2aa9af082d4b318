package dev.formwork.cli;

import dev.formwork.compiler.report.DiagnosticRenderer;
import dev.formwork.packager.BuildOptions;
import dev.formwork.packager.ConsoleProgress;
import dev.formwork.packager.Packager;
import dev.formwork.packager.PackagingResult;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.model.FormworkConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code formwork package}: builds every function and layer into content-addressed zips and a
 * manifest.
 */
@Command(
    name = "package",
    mixinStandardHelpOptions = true,
    description =
        "Build the code of every function and layer into reproducible zips plus manifest.json.")
final class PackageCommand extends ConfigCommand {

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to write the zips and manifest.json (default: .formwork/artifacts next to the"
              + " config).")
  Path out;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Build cache (default: .formwork/cache next to the config).")
  Path cache;

  @Mixin BuildFlags build;

  PackageCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  @Override
  public Integer call() {
    Optional<CompilerRunner.Run> compiled = compile(new CompilerRunner(workingDirectory), true);
    if (compiled.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    Packaged packaged = packageCode(compiled.get(), out, cache, build.options(), stderr);
    if (packaged.result().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    stderr.println(
        "Packaged "
            + packaged.result().get().manifest().artifacts().size()
            + " artifact(s) into "
            + packaged.outputDir()
            + ".");
    return ExitCodes.OK;
  }

  /**
   * The outcome of packaging: the result (empty when it failed and was reported) and where it went.
   */
  record Packaged(Optional<PackagingResult> result, Path outputDir) {}

  /** Packages the code of a compiled config, printing diagnostics; shared by package and deploy. */
  static Packaged packageCode(
      CompilerRunner.Run run, Path out, Path cache, BuildOptions options, PrintStream stderr) {
    Path configDir = run.configFile().toAbsolutePath().getParent();
    Path outputDir =
        out != null
            ? out.toAbsolutePath()
            : configDir.resolve(CompilerRunner.DEFAULT_ARTIFACTS_DIR);
    Path cacheDir = cache != null ? cache.toAbsolutePath() : configDir.resolve(".formwork/cache");
    FormworkConfig config = run.result().config().orElseThrow();
    PackagingResult result;
    try {
      result =
          Packager.standard()
              .withOptions(options)
              .packageAll(
                  PackagingPlans.of(config, configDir, run.result().functions()),
                  outputDir,
                  cacheDir,
                  ConsoleProgress.forEnvironment(stderr, System.getenv()));
    } catch (IOException failure) {
      stderr.println("formwork: packaging failed: " + failure.getMessage());
      return new Packaged(Optional.empty(), outputDir);
    }
    List<Diagnostic> located = new ArrayList<>();
    for (Diagnostic diagnostic : result.diagnostics()) {
      located.add(
          diagnostic.location().isKnown()
              ? diagnostic
              : diagnostic.at(run.result().sourceMap().locateValue(diagnostic.path())));
    }
    if (!located.isEmpty()) {
      stderr.print(
          new DiagnosticRenderer(
                  file ->
                      file.equals(run.label())
                          ? Optional.of(run.text())
                          : CompilerRunner.readSource(configDir.resolve(file)))
              .text(located));
    }
    return new Packaged(result.hasErrors() ? Optional.empty() : Optional.of(result), outputDir);
  }
}
