package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.script.LocalScript;
import dev.formwork.deployer.script.LocalScriptRunner;
import dev.formwork.deployer.script.StpVariables;
import dev.formwork.deployer.secret.DynamicReference;
import dev.formwork.deployer.secret.SecretResolver;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code formwork script-run NAME}: runs one script of the config, with its connectTo variables
 * from the deployed stack.
 */
@Command(
    name = "script-run",
    footer = {"", "Example:", "  formwork script-run migrate -s dev -r eu-west-1 -p my-profile"})
final class ScriptRunCommand extends AwsCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "Name of the script.")
  String name;

  ScriptRunCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() throws Exception {
    Optional<CompilerRunner.Run> compiled = compileModel();
    if (compiled.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CompilerRunner.Run run = compiled.get();
    Map<String, LocalScript> scripts = ConfigScripts.scripts(run.result().config().get());
    LocalScript script = scripts.get(name);
    if (script == null) {
      throw new UsageException(
          Code.CLI_USAGE,
          "There is no script named '" + name + "' in the config.",
          Optional.of(
              Suggestions.didYouMean(name, scripts.keySet())
                  .orElse("The config's scripts: " + String.join(", ", scripts.keySet()) + ".")));
    }
    Path projectDir = run.configFile().toAbsolutePath().getParent();
    // AWS is needed only for connectTo values and $Secret(): other scripts run without credentials.
    boolean needsAws =
        !script.connectTo().isEmpty()
            || script.environment().values().stream().anyMatch(DynamicReference::containsReference);
    Map<String, String> variables = Map.of();
    Optional<SecretResolver> secrets = Optional.empty();
    if (needsAws) {
      AwsClients clients = clients(run);
      secrets = Optional.of(StackCommands.secrets(clients, context));
      if (!script.connectTo().isEmpty()) {
        variables =
            StpVariables.forConnectTo(
                name, script.connectTo(), StackCommands.deployedParams(run, clients));
      }
    }
    return new LocalScriptRunner(projectDir, sink(context.out()), secrets)
        .run(script, variables)
        .exitCode();
  }
}
