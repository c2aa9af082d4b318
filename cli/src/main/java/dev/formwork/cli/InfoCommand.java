package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.StackInspector;
import dev.formwork.deployer.info.StackInfo;
import dev.formwork.schema.json.JsonWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
      "  formwork info -s dev --output json | jq -r '.outputs.ApiUrl'"
    })
final class InfoCommand extends AwsCommand {

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
}
