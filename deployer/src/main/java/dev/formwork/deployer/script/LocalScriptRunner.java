package dev.formwork.deployer.script;

import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.secret.DynamicReference;
import dev.formwork.deployer.secret.SecretMask;
import dev.formwork.deployer.secret.SecretResolver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one {@link LocalScript}: a command through {@code sh -c}, or a script file with the
 * interpreter its extension calls for (node, python3, bash), in its cwd with its environment plus
 * the connectTo variables. Secret references among those values are resolved only now, just before
 * the process starts, and any resolved value that appears in the output is masked ({@link
 * SecretMask}: every line of a multi-line value, every occurrence inside a line).
 */
public final class LocalScriptRunner {

  static final int TAIL_LINES = 50;

  private final Path projectDir;
  private final OutputSink out;
  private final Optional<SecretResolver> secrets;

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
  public Result run(LocalScript script, Map<String, String> connectedVariables)
      throws IOException, InterruptedException {
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
                : " (with " + String.join(", ", new java.util.TreeSet<>(env.keySet())) + ")"));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    Deque<String> tail = new ArrayDeque<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String shown = mask.apply(line);
        out.info("  [" + script.name() + "] " + shown);
        tail.addLast(shown);
        if (tail.size() > TAIL_LINES) {
          tail.removeFirst();
        }
      }
    }
    int exit = process.waitFor();
    return new Result(script.name(), exit, new ArrayList<>(tail));
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
