package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.FormworkConfig;
import java.io.PrintStream;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/**
 * What deploy and preview share: package the code, compile with the fresh manifest, and hand the
 * template to the {@link StackDeployer}; the result is printed for people or, with {@code --output
 * json}, as one JSON document with the change summary and the outputs.
 */
abstract class ChangeSetCommand extends AwsCommand {

  @Mixin OutputOptions output;
  @Mixin BuildFlags build;

  ChangeSetCommand(CliContext context) {
    super(context);
  }

  /** Runs the deployer with the prepared request (deploy adds hooks; preview does not). */
  abstract DeployResult apply(
      StackDeployer deployer,
      DeployRequest request,
      CompilerRunner.Run run,
      AwsClients clients,
      OutputSink out);

  /** Whether risky changes are approved without asking. */
  abstract boolean assumeYes();

  /**
   * Whether where the deployed units are is read from the history (a hotswap) or CloudFormation.
   */
  boolean placementFromHistory() {
    return false;
  }

  /** A reason to stop before packaging, found in the compiled config (none by default). */
  Optional<CommandFailure> refuse(CompilerRunner.Run run) {
    return Optional.empty();
  }

  /**
   * The exit code of a finished run: deploy's and preview's are the result's; preview's {@code
   * --fail} turns changes found into {@link ExitCodes#DIFFERENCES}.
   */
  int exitCode(DeployResult result) {
    return result.exitCode() == ExitCodes.OK
        ? ExitCodes.OK
        : errors().failure(CommandFailure.of(result));
  }

  @Override
  int execute() {
    CompilerRunner.Run first = compileForPackagingAndReport();
    if (first.result().hasErrors() || first.result().config().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    Optional<CommandFailure> refused = refuse(first);
    if (refused.isPresent()) {
      return errors().failure(refused.get());
    }
    CodePackaging.Packaged packaged =
        CodePackaging.run(this, first, Optional.empty(), Optional.empty(), build.options());
    if (packaged.result().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    AwsClients clients = clients(first);
    Optional<StackTemplate.Ready> ready =
        StackTemplate.compile(this, target(), first, packaged, clients, placementFromHistory());
    if (ready.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CompilerRunner.Run run = ready.get().run();
    FormworkConfig model = run.result().config().orElseThrow();
    // With JSON on stdout, the events and progress go to stderr.
    PrintStream progress = output.json() ? context.err() : context.out();
    OutputSink out = sink(progress);
    ConfigLabels labels = new CompileLabels(run.result());
    DeployRequest request =
        new DeployRequest(
            ready.get().json(),
            packaged.result().get().manifest(),
            packaged.outputDir(),
            StackCommands.stackTags(model),
            StackCommands.confirmation(assumeYes(), context, progress),
            StackCommands.stackSettings(model),
            labels,
            run.result().deployParameters(),
            StackCommands.nestedTemplatesByKey(run));
    StackDeployer deployer = new StackDeployer(clients, out, DeployerSettings.DEFAULT);
    DeployResult result = apply(deployer, request, run, clients, out);
    if (output.json()) {
      context
          .out()
          .print(JsonWriter.pretty(ResultJson.deploy(run.result().stackName(), result, labels)));
    }
    return exitCode(result);
  }
}
