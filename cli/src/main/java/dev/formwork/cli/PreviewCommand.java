package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import picocli.CommandLine.Command;

/** {@code formwork preview}: creates the change set, prints what it would do, and deletes it. */
@Command(
    name = "preview",
    footer = {
      "",
      "Examples:",
      "  formwork preview -s prod -r eu-west-1",
      "  formwork preview -s prod --output json | jq '.changes[] | select(.dataLoss)'"
    })
final class PreviewCommand extends ChangeSetCommand {

  PreviewCommand(CliContext context) {
    super(context);
  }

  /** A preview changes nothing, so there is nothing to approve. */
  @Override
  boolean assumeYes() {
    return false;
  }

  @Override
  DeployResult apply(
      StackDeployer deployer,
      DeployRequest request,
      CompilerRunner.Run run,
      AwsClients clients,
      OutputSink out) {
    return deployer.preview(request);
  }
}
