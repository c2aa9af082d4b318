package dev.formwork.cli;

import dev.formwork.deployer.aws.AwsSettings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the whole CLI in this JVM with a chosen working directory, environment, terminal and AWS
 * settings, and captures what it printed.
 */
final class InProcessCli {

  /** One run: exit code, stdout and stderr. */
  record Result(int exitCode, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private final Path workingDirectory;
  private final Map<String, String> env;
  private final boolean terminal;
  private final AwsSettings aws;

  InProcessCli(Path workingDirectory, Map<String, String> env, boolean terminal, AwsSettings aws) {
    this.workingDirectory = workingDirectory;
    this.env = env;
    this.terminal = terminal;
    this.aws = aws;
  }

  /** No terminal, an empty environment, default AWS settings. */
  static InProcessCli in(Path workingDirectory) {
    return new InProcessCli(workingDirectory, Map.of(), false, AwsSettings.DEFAULT);
  }

  /** As the launcher runs it: this process's environment, no terminal, default AWS settings. */
  static InProcessCli launched(Path workingDirectory) {
    return new InProcessCli(workingDirectory, System.getenv(), false, AwsSettings.DEFAULT);
  }

  InProcessCli withEnv(Map<String, String> variables) {
    return new InProcessCli(workingDirectory, variables, terminal, aws);
  }

  InProcessCli onTerminal() {
    return new InProcessCli(workingDirectory, env, true, aws);
  }

  InProcessCli withAws(AwsSettings settings) {
    return new InProcessCli(workingDirectory, env, terminal, settings);
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, CliContext.create(workingDirectory, out, err, env, terminal, aws));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
