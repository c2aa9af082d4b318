package dev.formwork.cli;

import dev.formwork.compiler.template.SerialisedTemplate;
import dev.formwork.deployer.StackDiffer;
import dev.formwork.schema.json.JsonWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code formwork diff}: the local template against the deployed one, resource by resource. */
@Command(
    name = "diff",
    footer = {
      "",
      "Examples:",
      "  formwork diff -s prod -r eu-west-1",
      "  formwork diff -s prod --output json > diff.json   # for a pull-request comment"
    })
final class DiffCommand extends AwsCommand {

  @Mixin ManifestOption manifest;

  @Mixin OutputOptions output;

  DiffCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    CompilerRunner.Run run = compileAndReport(manifest.manifest());
    Optional<SerialisedTemplate> template = run.result().serialised();
    if (template.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    StackDiffer.DiffOutcome outcome =
        new StackDiffer(clients(run)).diff(JsonWriter.compact(template.get().json()));
    if (outcome.diff().isEmpty()) {
      return errors().failure(CommandFailure.of(outcome.result()));
    }
    if (output.json()) {
      context
          .out()
          .print(
              JsonWriter.pretty(ResultJson.diff(run.result().stackName(), outcome.diff().get())));
    } else {
      outcome.diff().get().render().forEach(context.out()::println);
    }
    return ExitCodes.OK;
  }
}
