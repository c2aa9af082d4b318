package dev.formwork.cli;

import dev.formwork.compiler.template.Template;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.StackDiffer;
import dev.formwork.schema.json.JsonWriter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import picocli.CommandLine.Command;

/**
 * {@code formwork diff}: the local template against the deployed one, resource by resource, and for
 * an app split into nested stacks each nested template against its deployed stack.
 */
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
    CompilerRunner.Run first = runner.compile(config);
    if (first.result().config().isEmpty()) {
      runner.report(first, CompilerRunner.ErrorFormat.text, stdout, stderr);
      return ExitCodes.CONFIG_ERRORS;
    }
    try (AwsClients clients = StackCommands.clients(first, config, aws)) {
      // Compiled with the deployed placement, as deploy would: a split app's units stay put.
      CompilerRunner.Run run =
          runner.compile(config, StackCommands.deployedPlacement(clients, stderr));
      Optional<Template> template = StackCommands.template(runner, run, stdout, stderr);
      if (template.isEmpty()) {
        return ExitCodes.CONFIG_ERRORS;
      }
      SortedMap<String, String> nested = new TreeMap<>();
      run.result()
          .nestedTemplates()
          .forEach((stack, nestedTemplate) -> nested.put(stack, nestedTemplate.body()));
      StackDiffer.DiffOutcome outcome =
          new StackDiffer(clients).diff(JsonWriter.compact(template.get().toJson()), nested);
      outcome.render().forEach(stdout::println);
      stdout.flush();
      return outcome.diff().isPresent()
          ? ExitCodes.OK
          : StackCommands.report(outcome.result(), stderr);
    }
  }
}
