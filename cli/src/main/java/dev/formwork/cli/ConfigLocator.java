package dev.formwork.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the config file: the one given, else formwork.yml, stacktape.yml or stacktape.yaml here.
 */
final class ConfigLocator {

  static final List<String> DEFAULT_NAMES =
      List.of("formwork.yml", "stacktape.yml", "stacktape.yaml");

  private ConfigLocator() {}

  static Path locate(Optional<Path> given, Path workingDirectory) {
    if (given.isPresent()) {
      Path file = workingDirectory.resolve(given.get()).normalize();
      if (!Files.isRegularFile(file)) {
        throw UsageException.file(
            "The config file " + given.get() + " does not exist.",
            "Check the path given with --config (it is relative to the current folder).");
      }
      return file;
    }
    for (String name : DEFAULT_NAMES) {
      Path candidate = workingDirectory.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw UsageException.file(
        "No config file found in " + workingDirectory + ".",
        "Give --config FILE, add formwork.yml (or stacktape.yml), or create a project with"
            + " `formwork init`.");
  }
}
