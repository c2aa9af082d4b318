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
 * {@code formwork continue-rollback}: continues a rollback stuck in UPDATE_ROLLBACK_FAILED,
 * skipping the named resources. (This was {@code formwork rollback}, which now redeploys a recorded
 * deployment; {@code rollback --skip} points here.)
 */
@Command(
    name = "continue-rollback",
    footer = {
      "",
      "Example:",
      "  formwork continue-rollback -s prod -r eu-west-1 --skip OrdersTable,ApiFunction"
    })
final class ContinueRollbackCommand extends AwsCommand {

  @Option(
      names = "--skip",
      paramLabel = "LOGICAL_ID",
      split = ",",
      description = "Resources to skip (they stay as they are). Repeatable or comma-separated.")
  List<String> skip = new ArrayList<>();

  ContinueRollbackCommand(CliContext context) {
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
