package dev.formwork.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command that reads the config: the shared options, output streams and "compile or report" step.
 */
abstract class ConfigCommand implements Callable<Integer> {

  @Mixin ConfigOptions config;

  final Path workingDirectory;
  final PrintStream stdout;
  final PrintStream stderr;

  ConfigCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    this.workingDirectory = workingDirectory;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /**
   * Compiles the config. When {@code needTemplate} is false, a config that binds but fails later
   * phases is still returned (delete, info and rollback only need the stack name and the model).
   * Otherwise, or when it does not bind, prints the diagnostics and returns empty.
   */
  Optional<CompilerRunner.Run> compile(CompilerRunner runner, boolean needTemplate) {
    return usable(runner, runner.compile(config), needTemplate);
  }

  /**
   * Compiles the config for packaging: without reading the artifact manifest, which packaging
   * rewrites (a damaged one does not stop it). Prints the diagnostics and returns empty on errors.
   */
  Optional<CompilerRunner.Run> compileForPackaging(CompilerRunner runner) {
    return usable(runner, runner.compileForPackaging(config), true);
  }

  private Optional<CompilerRunner.Run> usable(
      CompilerRunner runner, CompilerRunner.Run run, boolean needTemplate) {
    boolean usable =
        needTemplate
            ? !run.result().hasErrors() && run.result().config().isPresent()
            : run.result().config().isPresent();
    if (!usable) {
      runner.report(run, CompilerRunner.ErrorFormat.text, stdout, stderr);
      return Optional.empty();
    }
    return Optional.of(run);
  }
}
