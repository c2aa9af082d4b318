package dev.formwork.cli;

import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.aws.AwsFailureException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * The base of every formwork command: the options all commands share, the run's {@link CliContext},
 * and the one place where anything a command throws becomes a message and an exit code ({@link
 * #explain}), so no failure a user can cause ends in a stack trace.
 */
abstract class FormworkCommand implements Callable<Integer> {

  // Created here, not by picocli, so QuickParser can fill it too (picocli fills a given mixin).
  @Mixin CommonOptions common = new CommonOptions();

  final CliContext context;
  private ErrorOutput errors;

  FormworkCommand(CliContext context) {
    this.context = context;
  }

  /** The command's work; returns the exit code. */
  abstract int execute() throws Exception;

  @Override
  public final Integer call() {
    try {
      return execute();
    } catch (Exception e) {
      context.staleJar().awaitFresh(); // A quick command can fail before its compile awaited it.
      return errors().failure(explain(e));
    } finally {
      release();
      context.out().flush();
      errors().finish();
    }
  }

  /** Turns what a command threw into what the user is told; subclasses add their own kinds. */
  CommandFailure explain(Throwable failure) {
    if (failure instanceof UsageException usage) {
      return CommandFailure.of(usage);
    }
    if (failure instanceof DeployStepException step) {
      return CommandFailure.of(step);
    }
    if (failure instanceof AwsFailureException aws) {
      return CommandFailure.of(aws.failure(), aws);
    }
    return CommandFailure.internal(failure);
  }

  /** Closes what the command opened (AWS clients); called once, after success or failure. */
  void release() {}

  /** Where this run's diagnostics and failure go. */
  final ErrorOutput errors() {
    if (errors == null) {
      errors =
          new ErrorOutput(
              context.err(), common.errorFormat, context.color(common.noColor), common.debug);
    }
    return errors;
  }

  /** Whether this run may colour its output. */
  final boolean color() {
    return context.color(common.noColor);
  }
}
