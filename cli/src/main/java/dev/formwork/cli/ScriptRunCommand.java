package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.script.LocalScript;
import dev.formwork.deployer.script.LocalScriptRunner;
import dev.formwork.deployer.script.StpVariables;
import dev.formwork.deployer.secret.SecretsManagerResolver;
import dev.formwork.schema.bind.Suggestions;
import java.io.PrintStream;
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
    mixinStandardHelpOptions = true,
    description =
        "Run one script from `scripts`; its connectTo resources' STP_* variables come from the"
            + " deployed stack.")
final class ScriptRunCommand extends AwsCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "Name of the script.")
  String name;

  ScriptRunCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  @Override
  public Integer call() throws Exception {
    Optional<CompilerRunner.Run> compiled = compile(new CompilerRunner(workingDirectory), false);
    if (compiled.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CompilerRunner.Run run = compiled.get();
    Map<String, LocalScript> scripts = ConfigScripts.scripts(run.result().config().get());
    LocalScript script = scripts.get(name);
    if (script == null) {
      throw new UsageException(
          "There is no script named '"
              + name
              + "' in the config."
              + Suggestions.didYouMean(name, scripts.keySet()).map(s -> " " + s).orElse(""));
    }
    OutputSink out = StackCommands.sink(stdout);
    Path projectDir = run.configFile().toAbsolutePath().getParent();
    // Clients make no AWS call until used: a script without connectTo or $Secret() needs no
    // credentials.
    try (AwsClients clients = StackCommands.clients(run, config, aws)) {
      Map<String, String> variables =
          script.connectTo().isEmpty()
              ? Map.of()
              : StpVariables.forConnectTo(
                  name, script.connectTo(), StackCommands.deployedParams(run, clients, config));
      return new LocalScriptRunner(
              projectDir, out, Optional.of(new SecretsManagerResolver(clients.secretsManager())))
          .run(script, variables)
          .exitCode();
    }
  }
}
