package dev.formwork.cli;

import dev.formwork.packager.Packager;
import dev.formwork.schema.diag.Diagnostic;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code formwork validate}: compiles and prints only the diagnostics. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check the config and the function sources (entry files, handlers, dependency files, an"
            + " esbuild bundle of each JS/TS function) and print the diagnostics; writes nothing.")
final class ValidateCommand extends ConfigCommand {

  @Option(
      names = "--error-format",
      paramLabel = "FORMAT",
      description = "Diagnostics as ${COMPLETION-CANDIDATES} (default: text; json goes to stdout).")
  CompilerRunner.ErrorFormat errorFormat = CompilerRunner.ErrorFormat.text;

  ValidateCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  @Override
  public Integer call() {
    CompilerRunner runner = new CompilerRunner(workingDirectory);
    CompilerRunner.Run run = runner.compile(config);
    run = CompilerRunner.withMore(run, sourceDiagnostics(run));
    runner.report(run, errorFormat, stdout, stderr);
    if (run.result().hasErrors()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    if (errorFormat == CompilerRunner.ErrorFormat.text && run.result().diagnostics().isEmpty()) {
      stderr.println("Config is valid: stack " + run.result().stackName() + ".");
    }
    return ExitCodes.OK;
  }

  /**
   * What the packager can check without building: entry files, handlers, dependency files, and an
   * ES module bundle of each JS/TS function (see {@link Packager#validate}).
   */
  private static List<Diagnostic> sourceDiagnostics(CompilerRunner.Run run) {
    if (run.result().config().isEmpty()) {
      return List.of();
    }
    Path configDir = run.configFile().toAbsolutePath().getParent();
    try {
      return Packager.standard()
          .validate(
              PackagingPlans.of(run.result().config().get(), configDir, run.result().functions()));
    } catch (IOException unreadable) {
      throw new UsageException("Cannot read the function sources: " + unreadable.getMessage());
    }
  }
}
