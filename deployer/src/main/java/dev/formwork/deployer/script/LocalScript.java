package dev.formwork.deployer.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@code local-script} from the config, as the CLI maps it: exactly one of a shell command or a
 * script file, an optional working directory (relative to the project), extra environment, and the
 * resources whose {@code STP_*} variables it receives through connectTo.
 */
public record LocalScript(
    String name,
    Optional<String> executeCommand,
    Optional<Path> executeScript,
    Optional<Path> cwd,
    Map<String, String> environment,
    List<String> connectTo) {

  public LocalScript {
    Objects.requireNonNull(name, "name");
    if (executeCommand.isPresent() == executeScript.isPresent()) {
      throw new IllegalArgumentException(
          "script " + name + " needs exactly one of executeCommand and executeScript");
    }
    environment = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(environment));
    connectTo = List.copyOf(connectTo);
  }

  public static LocalScript command(String name, String command) {
    return new LocalScript(
        name, Optional.of(command), Optional.empty(), Optional.empty(), Map.of(), List.of());
  }

  public static LocalScript file(String name, Path script) {
    return new LocalScript(
        name, Optional.empty(), Optional.of(script), Optional.empty(), Map.of(), List.of());
  }

  public LocalScript withCwd(Path dir) {
    return new LocalScript(
        name, executeCommand, executeScript, Optional.of(dir), environment, connectTo);
  }

  public LocalScript withEnvironment(Map<String, String> env) {
    return new LocalScript(name, executeCommand, executeScript, cwd, env, connectTo);
  }

  public LocalScript withConnectTo(List<String> resources) {
    return new LocalScript(name, executeCommand, executeScript, cwd, environment, resources);
  }
}
