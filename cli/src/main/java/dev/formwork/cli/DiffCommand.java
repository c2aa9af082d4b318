package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.StackDiffer;
import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.deployer.diff.TemplateDiff;
import dev.formwork.deployer.template.MappingIdCarryOver;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code formwork diff}: the local template against the deployed one, resource by resource. The
 * code is packaged first (from the cache when unchanged) and secrets are pinned, as for deploy, so
 * a code edit or a rotated secret shows as a change.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Compare the compiled template with the deployed stack's template, resource by resource.")
final class DiffCommand extends AwsCommand {

  @Mixin BuildFlags build;

  @Mixin ChangeFlags changes;

  DiffCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  @Override
  public Integer call() {
    CompilerRunner runner = new CompilerRunner(workingDirectory);
    Optional<CompilerRunner.Run> first = compileForPackaging(runner);
    if (first.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    Optional<PackageCommand.Packaged> packaged =
        StackTemplate.packageCode(first.get(), build.options(), stderr);
    if (packaged.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    try (AwsClients clients = StackCommands.clients(first.get(), config, aws)) {
      Optional<StackTemplate.Ready> ready =
          StackTemplate.compile(
              runner, config, first.get(), packaged.get(), clients, stdout, stderr);
      if (ready.isEmpty()) {
        return ExitCodes.CONFIG_ERRORS;
      }
      StackDiffer.DiffOutcome outcome = new StackDiffer(clients).diff(ready.get().json());
      if (outcome.diff().isEmpty()) {
        return StackCommands.report(outcome.result(), stderr);
      }
      outcome.kept().forEach(kept -> stderr.println(MappingIdCarryOver.describe(kept)));
      TemplateDiff diff = outcome.diff().get();
      ConfigLabels labels = ChangeFlags.labels(ready.get().run());
      return changes.print(
          !diff.isEmpty(),
          diff.render(labels),
          ChangesJson.diff(ready.get().run().result().stackName(), diff, labels),
          stdout);
    }
  }
}
