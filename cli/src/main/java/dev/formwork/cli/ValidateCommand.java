package dev.formwork.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code formwork validate}: compiles and prints only the diagnostics. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check the config and print its diagnostics; writes no template.")
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
    runner.report(run, errorFormat, stdout, stderr);
    if (run.result().hasErrors()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    if (errorFormat == CompilerRunner.ErrorFormat.text && run.result().diagnostics().isEmpty()) {
      stderr.println("Config is valid: stack " + run.result().stackName() + ".");
    }
    return ExitCodes.OK;
  }
}
