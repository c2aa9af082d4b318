package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.StackInspector;
import dev.formwork.deployer.history.DeploymentRecord;
import dev.formwork.deployer.info.StackInfo;
import dev.formwork.schema.json.JsonWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code formwork info}: the stack's status, outputs and every config resource's referenceable
 * params.
 */
@Command(
    name = "info",
    footer = {
      "",
      "Examples:",
      "  formwork info -s dev -r eu-west-1",
      "  formwork info -s dev --output json | jq -r '.outputs.ApiUrl'",
      "  formwork info -s dev --history                 # the recorded deployments"
    })
final class InfoCommand extends AwsCommand {

  @Option(
      names = "--history",
      description =
          "List the recorded deployments (number, time, kind, formwork version, git commit, who)"
              + " instead of the stack.")
  boolean history;

  @Mixin OutputOptions output;

  InfoCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    Optional<CompilerRunner.Run> compiled = compileModel();
    if (compiled.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CompilerRunner.Run run = compiled.get();
    AwsClients clients = clients(run);
    if (history) {
      return printHistory(run, clients);
    }
    StackInfo info =
        new StackInspector(clients)
            .info()
            .orElseThrow(() -> StackCommands.notDeployed(run, target()));
    Map<String, Map<String, String>> params = StackCommands.params(run, clients, info);
    if (output.json()) {
      context.out().print(JsonWriter.pretty(ResultJson.info(info, params)));
      return ExitCodes.OK;
    }
    info.render().forEach(context.out()::println);
    context.out().println("Resource parameters ($ResourceParam / connectTo):");
    params.forEach(
        (resource, values) -> {
          context.out().println("  " + resource);
          values.forEach((param, value) -> context.out().println("    " + param + " = " + value));
        });
    return ExitCodes.OK;
  }

  private int printHistory(CompilerRunner.Run run, AwsClients clients) {
    String stack = run.result().stackName();
    if (new StackInspector(clients).info().isEmpty()) {
      throw StackCommands.notDeployed(run, target());
    }
    List<DeploymentRecord> records = DeploymentRecorder.history(clients).list();
    if (output.json()) {
      context.out().print(JsonWriter.pretty(HistoryTable.json(stack, records)));
    } else {
      HistoryTable.render(stack, records).forEach(context.out()::println);
    }
    return ExitCodes.OK;
  }
}
