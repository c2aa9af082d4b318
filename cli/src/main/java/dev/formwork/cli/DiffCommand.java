package dev.formwork.cli;

import dev.formwork.compiler.template.Template;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.StackDiffer;
import dev.formwork.schema.json.JsonWriter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code formwork diff}: the local template against the deployed one, resource by resource. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Compare the compiled template with the deployed stack's template, resource by resource.")
final class DiffCommand extends AwsCommand {

  DiffCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  @Override
  public Integer call() {
    CompilerRunner runner = new CompilerRunner(workingDirectory);
    CompilerRunner.Run run = runner.compile(config);
    Optional<Template> template = StackCommands.template(runner, run, stdout, stderr);
    if (template.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    try (AwsClients clients = StackCommands.clients(run, config, aws)) {
      StackDiffer.DiffOutcome outcome =
          new StackDiffer(clients).diff(JsonWriter.compact(template.get().toJson()));
      outcome.diff().ifPresent(diff -> diff.render().forEach(stdout::println));
      stdout.flush();
      return outcome.diff().isPresent()
          ? ExitCodes.OK
          : StackCommands.report(outcome.result(), stderr);
    }
  }
}
