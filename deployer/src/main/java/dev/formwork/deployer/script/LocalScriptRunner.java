package dev.formwork.deployer.script;

import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.secret.DynamicReference;
import dev.formwork.deployer.secret.SecretMask;
import dev.formwork.deployer.secret.SecretResolver;
import dev.formwork.process.ProcessCommand;
import dev.formwork.process.ProcessResult;
import dev.formwork.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Runs one {@link LocalScript}: a command through {@code sh -c}, or a script file with the
 * interpreter its extension calls for (node, python3, bash), in its cwd with its environment plus
 * the connectTo variables, for at most its time limit. Secret references among those values are
 * resolved only now, just before the process starts, and any resolved value that appears in the
 * output is masked ({@link SecretMask}: every line of a multi-line value, every occurrence inside a
 * line).
 */
public final class LocalScriptRunner {

  static final int TAIL_LINES = 50;

  private final Path projectDir;
  private final OutputSink out;
  private final Optional<SecretResolver> secrets;
  private final ProcessRunner processes = new ProcessRunner();

  public LocalScriptRunner(Path projectDir, OutputSink out, Optional<SecretResolver> secrets) {
    this.projectDir = projectDir;
    this.out = out;
    this.secrets = secrets;
  }

  /** How a script ended: its exit code and the last lines of its output (secrets masked). */
  public record Result(String scriptName, int exitCode, List<String> outputTail) {
    public boolean succeeded() {
      return exitCode == 0;
    }
  }

  /** Runs the script with the given connectTo variables (from {@link StpVariables}). */
  public Result run(LocalScript script, Map<String, String> connectedVariables) throws IOException {
    Path cwd = script.cwd().map(projectDir::resolve).orElse(projectDir);
    List<String> command = command(script, cwd);
    Map<String, String> env = new LinkedHashMap<>(script.environment());
    env.putAll(connectedVariables);
    SecretMask mask = new SecretMask();
    for (Map.Entry<String, String> variable : env.entrySet()) {
      if (DynamicReference.containsReference(variable.getValue())) {
        SecretResolver resolver =
            secrets.orElseThrow(
                () ->
                    new DeployStepException(
                        "Script "
                            + script.name()
                            + " needs the secret in "
                            + variable.getKey()
                            + ", but no AWS access was given to read it.",
                        "Run the script with AWS credentials for the stack's account."));
        String resolved =
            DynamicReference.replaceAll(
                variable.getValue(),
                reference -> {
                  String value = resolver.resolve(reference);
                  mask.add(value);
                  return value;
                });
        variable.setValue(resolved);
      }
    }
    out.info(
        "Running script "
            + script.name()
            + (env.isEmpty()
                ? ""
                : " (with " + String.join(", ", new TreeSet<>(env.keySet())) + ")"));
    Deque<String> tail = new ArrayDeque<>();
    ProcessResult result =
        processes.stream(
            ProcessCommand.of(command, cwd, script.timeout()).withEnvironment(env),
            line -> {
              String shown = mask.apply(line);
              if (script.pipeStdio()) {
                out.info("  [" + script.name() + "] " + shown);
              }
              tail.addLast(shown);
              if (tail.size() > TAIL_LINES) {
                tail.removeFirst();
              }
            });
    if (!script.pipeStdio() && (result.timedOut() || result.exitCode() != 0)) {
      // A quiet script (pipeStdio: false) shows its last lines only when it fails.
      tail.forEach(line -> out.info("  [" + script.name() + "] " + line));
    }
    if (result.timedOut()) {
      throw new DeployStepException(
          "Script "
              + script.name()
              + " did not finish within "
              + describe(script.timeout())
              + ", so formwork stopped it.",
          "Its last output lines are above. If it needs longer, raise `timeout` (seconds) in the"
              + " script's properties; if it waits for input or for a process it started, change"
              + " the script.");
    }
    return new Result(script.name(), result.exitCode(), new ArrayList<>(tail));
  }

  /** "30 min", or "90 s" for a limit that is not whole minutes. */
  static String describe(Duration limit) {
    long seconds = limit.toSeconds();
    return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
  }

  private static List<String> command(LocalScript script, Path cwd) {
    if (script.executeCommand().isPresent()) {
      return List.of("sh", "-c", script.executeCommand().get());
    }
    Path file = cwd.resolve(script.executeScript().get());
    if (!Files.isRegularFile(file)) {
      file = script.executeScript().get().isAbsolute() ? script.executeScript().get() : file;
      if (!Files.isRegularFile(file)) {
        throw new DeployStepException(
            "Script " + script.name() + ": the file " + file + " does not exist.",
            "Check executeScript in the config.");
      }
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".js") || name.endsWith(".mjs") || name.endsWith(".cjs")) {
      return List.of("node", file.toString());
    }
    if (name.endsWith(".py")) {
      return List.of("python3", file.toString());
    }
    if (name.endsWith(".sh")) {
      return List.of("bash", file.toString());
    }
    throw new DeployStepException(
        "Script "
            + script.name()
            + ": formwork runs .js, .mjs, .cjs, .py and .sh files, not "
            + file.getFileName()
            + ".",
        "Use executeCommand for other tools, e.g. `npx tsx "
            + file.getFileName()
            + "` for TypeScript.");
  }
}
