package dev.formwork.cli;

import dev.formwork.deployer.aws.AwsSettings;
import dev.formwork.deployer.secret.SecretMask;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything one run of formwork gets from its surroundings: the working directory, stdout and
 * stderr (both masking resolved secrets), the environment, whether a person is at a terminal, the
 * AWS settings (tests shorten the network limits), the mask that collects resolved secrets, and the
 * guard against running a jar older than its checkout's sources. Commands read these instead of
 * {@code System}, so a test can run the whole CLI in-process.
 */
record CliContext(
    Path workingDirectory,
    PrintStream out,
    PrintStream err,
    Map<String, String> env,
    boolean terminal,
    AwsSettings aws,
    SecretMask secrets,
    StaleJarGuard staleJar) {

  CliContext {
    env = Map.copyOf(env);
  }

  /** The real process: its streams, environment and console, and the launcher's jar guard. */
  static CliContext system(StaleJarGuard staleJar) {
    return create(
        Path.of("").toAbsolutePath(),
        new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err),
        System.getenv(),
        System.console() != null,
        AwsSettings.DEFAULT,
        staleJar);
  }

  /**
   * A context on the given streams; stdout is flushed explicitly (a template can be megabytes),
   * stderr on every line.
   */
  static CliContext create(
      Path workingDirectory,
      OutputStream out,
      OutputStream err,
      Map<String, String> env,
      boolean terminal,
      AwsSettings aws) {
    return create(workingDirectory, out, err, env, terminal, aws, StaleJarGuard.off());
  }

  private static CliContext create(
      Path workingDirectory,
      OutputStream out,
      OutputStream err,
      Map<String, String> env,
      boolean terminal,
      AwsSettings aws,
      StaleJarGuard staleJar) {
    SecretMask secrets = new SecretMask();
    return new CliContext(
        workingDirectory,
        new PrintStream(new MaskingOutputStream(out, secrets), false, StandardCharsets.UTF_8),
        new PrintStream(new MaskingOutputStream(err, secrets), true, StandardCharsets.UTF_8),
        env,
        terminal,
        aws,
        secrets,
        staleJar);
  }

  /** True when {@code CI} is set to true, as CI services do. */
  boolean ci() {
    return "true".equalsIgnoreCase(env.getOrDefault("CI", ""));
  }

  /** Progress lines may be redrawn and questions asked: a terminal, and not CI. */
  boolean interactive() {
    return terminal && !ci();
  }

  /**
   * Colour on a terminal unless --no-color, {@code NO_COLOR} (https://no-color.org), {@code
   * TERM=dumb} or CI says otherwise.
   */
  boolean color(boolean noColorOption) {
    String noColor = env.get("NO_COLOR");
    return interactive()
        && !noColorOption
        && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(env.get("TERM"));
  }

  void flush() {
    out.flush();
    err.flush();
  }
}
