package dev.formwork.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code formwork validate}: compiles and prints only the diagnostics. */
@Command(
    name = "validate",
    footer = {
      "",
      "Examples:",
      "  formwork validate -s dev -r eu-west-1",
      "  formwork validate -s dev --error-format json   # for editors and CI annotations"
    })
final class ValidateCommand extends ConfigCommand {

  @Mixin ManifestOption manifest;

  ValidateCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    CompilerRunner.Run run = compileAndReport(manifest.manifest());
    if (run.result().hasErrors()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    if (common.errorFormat == ErrorFormat.text && run.result().diagnostics().isEmpty()) {
      context.err().println("Config is valid: stack " + run.result().stackName() + ".");
    }
    return ExitCodes.OK;
  }
}
