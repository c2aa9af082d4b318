package dev.formwork.deployer.stack;

import java.io.PrintStream;

/**
 * While a stack operation runs, tells a user who presses Ctrl-C that CloudFormation goes on without
 * us and how to follow it (or, before execution, that nothing changed). Installed as a JVM shutdown
 * hook for the length of the wait only; the JVM then exits with 130.
 */
public final class InterruptNotice implements AutoCloseable {

  private final Thread hook;
  private boolean installed;

  private InterruptNotice(Thread hook) {
    this.hook = hook;
  }

  public static String message(String stackName, String region) {
    return "Interrupted: stack "
        + stackName
        + " keeps updating in CloudFormation. Follow it with `formwork info --stage ... --region "
        + region
        + "` or `aws cloudformation describe-stack-events --stack-name "
        + stackName
        + " --region "
        + region
        + "`.";
  }

  /**
   * What Ctrl-C means before the change set was executed: nothing changed, and the change set left
   * behind is deleted by the next deploy.
   */
  public static String beforeExecution(String stackName) {
    return "Interrupted before the change set was executed: stack "
        + stackName
        + " was not changed. The next `formwork deploy` deletes the change set left behind.";
  }

  public static InterruptNotice install(String stackName, String region, PrintStream err) {
    return installWith(message(stackName, region), err);
  }

  /** A notice that prints {@code text} if the JVM is stopped while it is installed. */
  public static InterruptNotice installWith(String text, PrintStream err) {
    InterruptNotice notice =
        new InterruptNotice(new Thread(() -> err.println(System.lineSeparator() + text)));
    Runtime.getRuntime().addShutdownHook(notice.hook);
    notice.installed = true;
    return notice;
  }

  public boolean installed() {
    return installed;
  }

  @Override
  public void close() {
    if (!installed) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already exiting (Ctrl-C): the hook must stay to print its message.
      return;
    }
    installed = false;
  }
}
