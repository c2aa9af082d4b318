package dev.formwork.cli;

import dev.formwork.packager.BuildOptions;
import dev.formwork.packager.ConsoleProgress;
import dev.formwork.packager.Packager;
import dev.formwork.packager.PackagingPlan;
import dev.formwork.packager.PackagingResult;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.model.FormworkConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Packages the code of a compiled config, for package, deploy, preview and invoke --local: progress
 * on stderr, diagnostics located in the config and printed like the compiler's.
 */
final class CodePackaging {

  /**
   * The outcome of packaging: the result (empty when it failed and was reported) and where it went.
   */
  record Packaged(Optional<PackagingResult> result, Path outputDir) {}

  private CodePackaging() {}

  /**
   * @param out where the zips and manifest go (empty: .formwork/artifacts next to the config)
   * @param cache the build cache (empty: .formwork/cache next to the config)
   * @param options how Go and Java builds run (offline, with tests)
   */
  static Packaged run(
      ConfigCommand command,
      CompilerRunner.Run run,
      Optional<Path> out,
      Optional<Path> cache,
      BuildOptions options) {
    return run(command, run, out, cache, options, Optional.empty());
  }

  /**
   * Like {@link #run(ConfigCommand, CompilerRunner.Run, Optional, Optional, BuildOptions)}, for
   * only some functions when {@code only} names them: their artifacts join the manifest already in
   * the output folder.
   */
  static Packaged run(
      ConfigCommand command,
      CompilerRunner.Run run,
      Optional<Path> out,
      Optional<Path> cache,
      BuildOptions options,
      Optional<Set<String>> only) {
    CliContext context = command.context;
    Path configDir = run.configFile().toAbsolutePath().getParent();
    Path outputDir =
        out.map(dir -> context.workingDirectory().resolve(dir).toAbsolutePath())
            .orElse(configDir.resolve(CompilerRunner.DEFAULT_ARTIFACTS_DIR));
    Path cacheDir =
        cache
            .map(dir -> context.workingDirectory().resolve(dir).toAbsolutePath())
            .orElse(configDir.resolve(".formwork/cache"));
    FormworkConfig config = run.result().config().orElseThrow();
    PackagingPlan plan = PackagingPlans.of(config, configDir, run.result().functions());
    PackagingResult result;
    try {
      result =
          Packager.standard()
              .withOptions(options)
              .packageAll(
                  only.map(plan::only).orElse(plan),
                  outputDir,
                  cacheDir,
                  new ConsoleProgress(context.err(), context.interactive()));
    } catch (IOException failure) {
      throw UsageException.file(
          "Packaging failed: " + AtomicFiles.reason(failure) + ".",
          "Check that " + outputDir + " and " + cacheDir + " can be written.");
    }
    List<Diagnostic> located = new ArrayList<>();
    for (Diagnostic diagnostic : result.diagnostics()) {
      located.add(
          diagnostic.location().isKnown()
              ? diagnostic
              : diagnostic.at(run.result().sourceMap().locateValue(diagnostic.path())));
    }
    if (!located.isEmpty()) {
      command.errors().diagnostics(located, command.runner().sources(run));
    }
    return new Packaged(result.hasErrors() ? Optional.empty() : Optional.of(result), outputDir);
  }
}
