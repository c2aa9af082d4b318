package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.StackInspector;
import dev.formwork.deployer.info.StackInfo;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;

/**
 * {@code formwork info}: the stack's status, outputs and every config resource's referenceable
 * params.
 */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description =
        "Show the deployed stack: status, outputs, and the referenceable parameters of each"
            + " resource.")
final class InfoCommand extends AwsCommand {

  InfoCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  @Override
  public Integer call() {
    Optional<CompilerRunner.Run> compiled = compile(new CompilerRunner(workingDirectory), false);
    if (compiled.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CompilerRunner.Run run = compiled.get();
    try (AwsClients clients = StackCommands.clients(run, config, aws)) {
      Optional<StackInfo> info = new StackInspector(clients).info();
      if (info.isEmpty()) {
        stderr.println(
            "formwork: stack "
                + run.result().stackName()
                + " is not deployed in "
                + config.region
                + ".");
        return ExitCodes.DEPLOY_FAILED;
      }
      info.get().render().forEach(stdout::println);
      String account = clients.sts().getCallerIdentity().account();
      Map<String, Map<String, String>> params =
          new DeployedParams(info.get(), config.region, account)
              .evaluate(run.result().resourceParams());
      stdout.println("Resource parameters ($ResourceParam / connectTo):");
      params.forEach(
          (resource, values) -> {
            stdout.println("  " + resource);
            values.forEach((param, value) -> stdout.println("    " + param + " = " + value));
          });
      stdout.flush();
      return ExitCodes.OK;
    }
  }
}
