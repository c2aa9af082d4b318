package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code formwork preview}: packages and compiles as deploy does, creates the change set, prints
 * what it would do, and deletes it. It uploads no artifact; a deployment bucket it must create for
 * a template over 51,200 bytes is removed again, so a never-deployed stage is left as it was.
 */
@Command(
    name = "preview",
    footer = {
      "",
      "Uploads no artifact and leaves no deployment bucket behind.",
      "",
      "Examples:",
      "  formwork preview -s prod -r eu-west-1",
      "  formwork preview -s prod --fail --output json | jq '.changes[] | select(.dataLoss)'"
    })
final class PreviewCommand extends ChangeSetCommand {

  @Mixin FailOnChanges fail;

  PreviewCommand(CliContext context) {
    super(context);
  }

  /** A preview changes nothing, so there is nothing to approve. */
  @Override
  boolean assumeYes() {
    return false;
  }

  /** With {@code --fail}, a change set that changes anything exits with DIFFERENCES. */
  @Override
  int exitCode(DeployResult result) {
    if (result.exitCode() != ExitCodes.OK) {
      return super.exitCode(result);
    }
    return fail.exitCode(result.changes().map(changes -> !changes.isEmpty()).orElse(false));
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
