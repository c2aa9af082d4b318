package dev.formwork.cli;

import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.StackRollback;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code formwork rollback}: continues a rollback stuck in UPDATE_ROLLBACK_FAILED, skipping the
 * named resources.
 */
@Command(
    name = "rollback",
    footer = {
      "",
      "Example:",
      "  formwork rollback -s prod -r eu-west-1 --skip OrdersTable,ApiFunction"
    })
final class RollbackCommand extends AwsCommand {

  @Option(
      names = "--skip",
      paramLabel = "LOGICAL_ID",
      split = ",",
      description =
          "Resources to skip (they stay as they are), by logical ID; inside a nested stack"
              + " NestedStack01.Name (or NestedStack01/Name, as events show it). Repeatable or"
              + " comma-separated.")
  List<String> skip = new ArrayList<>();

  RollbackCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    Optional<CompilerRunner.Run> compiled = compileModel();
    if (compiled.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    DeployResult result =
        new StackRollback(clients(compiled.get()), sink(context.out()), DeployerSettings.DEFAULT)
            .rollback(skip);
    return result.exitCode() == ExitCodes.OK
        ? ExitCodes.OK
        : errors().failure(CommandFailure.of(result));
  }
}
