package dev.formwork.cli;

import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.aws.AwsFailure;
import dev.formwork.schema.diag.Code;
import java.util.Optional;

/**
 * Why a command stopped, as the user is told: the catalogued code, one sentence, an optional hint
 * and the exit code (1 config, 2 usage, 3 AWS or deployment, 70 a bug in formwork). The cause is
 * kept only for {@code --debug} and for bugs.
 */
record CommandFailure(
    Code code, String message, Optional<String> hint, int exitCode, Optional<Throwable> cause) {

  static CommandFailure of(UsageException e) {
    return new CommandFailure(e.code(), e.getMessage(), e.hint(), ExitCodes.USAGE, Optional.of(e));
  }

  static CommandFailure of(DeployStepException e) {
    return new CommandFailure(
        e.code(), e.getMessage(), Optional.of(e.hint()), ExitCodes.DEPLOY_FAILED, Optional.of(e));
  }

  static CommandFailure of(AwsFailure failure, Throwable cause) {
    return new CommandFailure(
        failure.code(),
        failure.message(),
        Optional.of(failure.hint()),
        ExitCodes.DEPLOY_FAILED,
        Optional.of(cause));
  }

  /** A failed deployer result (it carries its own exit code: 1 for a rejected template). */
  static CommandFailure of(DeployResult result) {
    return new CommandFailure(
        result.code().orElse(Code.DEPLOY_FAILED),
        result.message(),
        result.hint(),
        result.exitCode(),
        Optional.empty());
  }

  /** A failure with no more specific class: a bug in formwork, reported with its stack trace. */
  static CommandFailure internal(Throwable bug) {
    return new CommandFailure(
        Code.CLI_INTERNAL,
        "Internal error (a bug in formwork, not in your config or environment): "
            + bug.getClass().getSimpleName()
            + (bug.getMessage() == null ? "" : ": " + firstLine(bug.getMessage())),
        Optional.of(
            "Please report it with the stack trace below; `formwork --version` names the"
                + " versions."),
        ExitCodes.INTERNAL,
        Optional.of(bug));
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
