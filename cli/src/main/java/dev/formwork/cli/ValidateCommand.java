package dev.formwork.cli;

import dev.formwork.packager.Packager;
import dev.formwork.schema.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code formwork validate}: compiles and prints only the diagnostics. */
@Command(
    name = "validate",
    footer = {
      "",
      "Checks the config and the function sources (entry files, handlers, dependency files, an"
          + " esbuild bundle of each JS/TS function); writes nothing.",
      "",
      "Examples:",
      "  formwork validate -s dev -r eu-west-1",
      "  formwork validate -s dev --error-format json   # for editors and CI annotations"
    })
final class ValidateCommand extends ConfigCommand {

  @Mixin ManifestOption manifest = new ManifestOption();

  ValidateCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    CompilerRunner runner = runner();
    CompilerRunner.Run compiled = runner.compile(target(), config, manifest.manifest());
    context.staleJar().awaitFresh();
    CompilerRunner.Run run = CompilerRunner.withMore(compiled, sourceDiagnostics(compiled));
    if (!run.result().diagnostics().isEmpty()) {
      errors().diagnostics(run.result().diagnostics(), runner.sources(run));
    }
    if (run.result().hasErrors()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    if (common.errorFormat == ErrorFormat.text && run.result().diagnostics().isEmpty()) {
      context.err().println("Config is valid: stack " + run.result().stackName() + ".");
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
      throw UsageException.file(
          "Cannot read the function sources: " + unreadable.getMessage() + ".",
          "Check that the files the config names exist and can be read.");
    }
  }
}
