package dev.formwork.deployer.script;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@code local-script} from the config, as the CLI maps it: exactly one of a shell command or a
 * script file, an optional working directory (relative to the project), extra environment, the
 * resources whose {@code STP_*} variables it receives through connectTo, how long it may run, and
 * whether its output is printed as it runs ({@code pipeStdio}; otherwise only its last lines, and
 * only when it fails).
 */
public record LocalScript(
    String name,
    Optional<String> executeCommand,
    Optional<Path> executeScript,
    Optional<Path> cwd,
    Map<String, String> environment,
    List<String> connectTo,
    Duration timeout,
    boolean pipeStdio) {

  /**
   * How long a script may run when its config names no {@code timeout}: long enough for a database
   * migration or a frontend build, short enough that a script waiting for input fails a CI job well
   * before the job's own limit (GitHub Actions: 6 hours).
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

  public LocalScript {
    Objects.requireNonNull(name, "name");
    if (executeCommand.isPresent() == executeScript.isPresent()) {
      throw new IllegalArgumentException(
          "script " + name + " needs exactly one of executeCommand and executeScript");
    }
    environment = Collections.unmodifiableSortedMap(new TreeMap<>(environment));
    connectTo = List.copyOf(connectTo);
    Objects.requireNonNull(timeout, "timeout");
  }

  public static LocalScript command(String name, String command) {
    return new LocalScript(
        name,
        Optional.of(command),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        List.of(),
        DEFAULT_TIMEOUT,
        true);
  }

  public static LocalScript file(String name, Path script) {
    return new LocalScript(
        name,
        Optional.empty(),
        Optional.of(script),
        Optional.empty(),
        Map.of(),
        List.of(),
        DEFAULT_TIMEOUT,
        true);
  }

  public LocalScript withCwd(Path dir) {
    return new LocalScript(
        name,
        executeCommand,
        executeScript,
        Optional.of(dir),
        environment,
        connectTo,
        timeout,
        pipeStdio);
  }

  public LocalScript withEnvironment(Map<String, String> env) {
    return new LocalScript(
        name, executeCommand, executeScript, cwd, env, connectTo, timeout, pipeStdio);
  }

  public LocalScript withConnectTo(List<String> resources) {
    return new LocalScript(
        name, executeCommand, executeScript, cwd, environment, resources, timeout, pipeStdio);
  }

  public LocalScript withTimeout(Duration limit) {
    return new LocalScript(
        name, executeCommand, executeScript, cwd, environment, connectTo, limit, pipeStdio);
  }

  /** The same script printing its output as it runs, or keeping it quiet unless it fails. */
  public LocalScript withPipeStdio(boolean print) {
    return new LocalScript(
        name, executeCommand, executeScript, cwd, environment, connectTo, timeout, print);
  }
}
