package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.StackInspector;
import dev.formwork.deployer.info.StackInfo;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code formwork info}: the stack's status, outputs and every config resource's referenceable params. */
@Command(name = "info", mixinStandardHelpOptions = true,
    description = "Show the deployed stack: status, outputs, and the referenceable parameters of each resource.")
final class InfoCommand implements Callable<Integer> {

  @Mixin ConfigOptions config;
  @Mixin AwsOptions aws;

  private final Path workingDirectory;
  private final PrintStream stdout;
  private final PrintStream stderr;

  InfoCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    this.workingDirectory = workingDirectory;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    CompilerRunner runner = new CompilerRunner(workingDirectory);
    CompilerRunner.Run run = runner.compile(config);
    if (run.result().config().isEmpty()) {
      runner.report(run, CompilerRunner.ErrorFormat.text, stdout, stderr);
      return ExitCodes.CONFIG_ERRORS;
    }
    try (AwsClients clients = StackCommands.clients(run, config, aws)) {
      Optional<StackInfo> info = new StackInspector(clients).info();
      if (info.isEmpty()) {
        stderr.println("formwork: stack " + run.result().stackName() + " is not deployed in " + config.region + ".");
        return ExitCodes.DEPLOY_FAILED;
      }
      info.get().render().forEach(stdout::println);
      String account = clients.sts().getCallerIdentity().account();
      Map<String, Map<String, String>> params = new DeployedParams(info.get(), config.region, account).evaluate(run.result().resourceParams());
      stdout.println("Resource parameters ($ResourceParam / connectTo):");
      params.forEach((resource, values) -> {
        stdout.println("  " + resource);
        values.forEach((param, value) -> stdout.println("    " + param + " = " + value));
      });
      stdout.flush();
      return ExitCodes.OK;
    }
  }
}
