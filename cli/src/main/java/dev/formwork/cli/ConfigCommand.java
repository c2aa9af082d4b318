package dev.formwork.cli;

import dev.formwork.deployer.ConsoleSink;
import dev.formwork.deployer.OutputSink;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/**
 * A command that reads the config: resolves the target (file, stage, region) once, compiles, and
 * prints the diagnostics.
 */
abstract class ConfigCommand extends FormworkCommand {

  @Mixin ConfigOptions config = new ConfigOptions();

  private Target target;

  ConfigCommand(CliContext context) {
    super(context);
  }

  /** The profile whose region applies when neither --region nor the environment gives one. */
  Optional<String> profileForRegion() {
    return Optional.empty();
  }

  final Target target() {
    if (target == null) {
      target = new TargetResolver(context).resolve(config, profileForRegion());
    }
    return target;
  }

  final CompilerRunner runner() {
    return new CompilerRunner(context.workingDirectory());
  }

  /** Compiles and prints every diagnostic (errors and warnings). */
  final CompilerRunner.Run compileAndReport(Optional<Path> manifest) {
    CompilerRunner runner = runner();
    CompilerRunner.Run run = runner.compile(target(), config, manifest);
    context.staleJar().awaitFresh();
    if (!run.result().diagnostics().isEmpty()) {
      errors().diagnostics(run.result().diagnostics(), runner.sources(run));
    }
    return run;
  }

  /**
   * Compiles for packaging, without reading the artifact manifest (packaging rewrites it, so a
   * damaged one must not stop it), and prints every diagnostic.
   */
  final CompilerRunner.Run compileForPackagingAndReport() {
    CompilerRunner runner = runner();
    CompilerRunner.Run run = runner.compileForPackaging(target(), config);
    context.staleJar().awaitFresh();
    if (!run.result().diagnostics().isEmpty()) {
      errors().diagnostics(run.result().diagnostics(), runner.sources(run));
    }
    return run;
  }

  /**
   * Compiles for a command that needs only the model and the stack name (delete, info, rollback,
   * script-run): a config that binds is enough; its diagnostics are printed only when it does not.
   */
  final Optional<CompilerRunner.Run> compileModel() {
    CompilerRunner runner = runner();
    CompilerRunner.Run run = runner.compile(target(), config, Optional.empty());
    if (run.result().config().isEmpty()) {
      errors().diagnostics(run.result().diagnostics(), runner.sources(run));
      return Optional.empty();
    }
    return Optional.of(run);
  }

  /**
   * Where progress and events go: {@code stream} on a terminal redrawn in place, plain lines in CI
   * or a pipe.
   */
  final OutputSink sink(PrintStream stream) {
    return new ConsoleSink(stream, context.interactive(), color());
  }
}
