package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code formwork preview}: packages and compiles as deploy does, creates the change set, prints
 * what it would do, and deletes it. It uploads no artifact; a deployment bucket it must create for
 * a template over 51,200 bytes is removed again, so a never-deployed stage is left as it was.
 */
@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    description = {
      "Show what a deploy would change (a change set that is created, printed and deleted).",
      "Uploads no artifact and leaves no deployment bucket behind."
    })
final class PreviewCommand extends DeployCommand {

  @Mixin ChangeFlags changes;

  PreviewCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  /** With --output json, stdout holds only the JSON. */
  @Override
  OutputSink sink() {
    return StackCommands.sink(changes.json() ? stderr : stdout);
  }

  @Override
  int act(
      StackDeployer deployer,
      DeployRequest request,
      CompilerRunner.Run run,
      AwsClients clients,
      OutputSink out) {
    StackDeployer.Preview preview = deployer.previewChanges(request);
    if (preview.changes().isEmpty()) {
      return StackCommands.report(preview.result(), stderr);
    }
    // The deployer printed the change lines as it read the change set (to stderr in JSON mode).
    return changes.print(
        !preview.changes().get().isEmpty(),
        List.of(),
        ChangesJson.preview(run.result().stackName(), preview.changes().get(), request.labels()),
        stdout);
  }
}
