package dev.formwork.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One program to run: its arguments, working directory, variables added to the inherited
 * environment, the text written to its stdin (none: stdin is closed at once), and how long it may
 * run. Every command names its own time limit, because no single default suits git and a deploy
 * hook alike.
 */
public record ProcessCommand(
    List<String> arguments,
    Path directory,
    Map<String, String> environment,
    Optional<String> input,
    Duration timeout) {

  public ProcessCommand {
    arguments = List.copyOf(arguments);
    if (arguments.isEmpty()) {
      throw new IllegalArgumentException("a command needs at least the program to run");
    }
    environment = Map.copyOf(new TreeMap<>(environment));
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive, not " + timeout);
    }
  }

  /** The command with the inherited environment and no input. */
  public static ProcessCommand of(List<String> arguments, Path directory, Duration timeout) {
    return new ProcessCommand(arguments, directory, Map.of(), Optional.empty(), timeout);
  }

  /** The same command with these variables added to (or replacing) the inherited ones. */
  public ProcessCommand withEnvironment(Map<String, String> variables) {
    return new ProcessCommand(arguments, directory, variables, input, timeout);
  }

  /** The same command with {@code text} (UTF-8) written to its stdin. */
  public ProcessCommand withInput(String text) {
    return new ProcessCommand(arguments, directory, environment, Optional.of(text), timeout);
  }

  /** The program, as messages name it. */
  public String program() {
    return arguments.get(0);
  }
}
