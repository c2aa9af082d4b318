package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.StackDiffer;
import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.deployer.diff.TemplateDiff;
import dev.formwork.deployer.template.MappingIdCarryOver;
import dev.formwork.schema.json.JsonWriter;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code formwork diff}: the local template against the deployed one, resource by resource, and for
 * an app split into nested stacks each nested template against its deployed stack. The code is
 * packaged first (from the cache when unchanged) and secrets are pinned, as for deploy, so a code
 * edit or a rotated secret shows as a change.
 */
@Command(
    name = "diff",
    footer = {
      "",
      "Examples:",
      "  formwork diff -s prod -r eu-west-1",
      "  formwork diff -s prod --output json > diff.json   # for a pull-request comment",
      "  formwork diff -s prod --fail                      # exit 4 when anything changed"
    })
final class DiffCommand extends AwsCommand {

  @Mixin BuildFlags build;

  @Mixin OutputOptions output;

  @Mixin FailOnChanges fail;

  DiffCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    CompilerRunner.Run first = compileForPackagingAndReport();
    if (first.result().hasErrors() || first.result().config().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CodePackaging.Packaged packaged =
        CodePackaging.run(this, first, Optional.empty(), Optional.empty(), build.options());
    if (packaged.result().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    AwsClients clients = clients(first);
    Optional<StackTemplate.Ready> ready = StackTemplate.compile(this, first, packaged, clients);
    if (ready.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CompilerRunner.Run run = ready.get().run();
    SortedMap<String, String> nested = new TreeMap<>();
    run.result()
        .nestedTemplates()
        .forEach((stack, nestedTemplate) -> nested.put(stack, nestedTemplate.body()));
    StackDiffer.DiffOutcome outcome = new StackDiffer(clients).diff(ready.get().json(), nested);
    if (outcome.diff().isEmpty()) {
      return errors().failure(CommandFailure.of(outcome.result()));
    }
    outcome.kept().forEach(kept -> context.err().println(MappingIdCarryOver.describe(kept)));
    TemplateDiff diff = outcome.diff().get();
    ConfigLabels labels = new CompileLabels(run.result());
    if (output.json()) {
      context
          .out()
          .print(
              JsonWriter.pretty(
                  ResultJson.diff(run.result().stackName(), diff, outcome.nested(), labels)));
    } else {
      outcome.render(labels).forEach(context.out()::println);
    }
    return fail.exitCode(!diff.isEmpty());
  }
}
