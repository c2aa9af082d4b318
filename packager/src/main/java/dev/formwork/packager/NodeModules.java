package dev.formwork.packager;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Collects packages that are kept out of the bundle, and everything they depend on, from the
 * project's {@code node_modules} (installed from its lockfile), using Node's lookup: the package's
 * own {@code node_modules}, then each parent folder's, up to the project folder.
 */
public final class NodeModules {

  /**
   * The packages found (as {@code name@version}, for the cache key) and the zip entries they make.
   */
  public record Closure(SortedSet<String> packages, SortedMap<String, ZipSource> entries) {}

  /** A package asked for that is not installed. */
  public static final class MissingPackageException extends Exception {
    public MissingPackageException(String name) {
      super(name);
    }
  }

  private NodeModules() {}

  public static Closure collect(Path projectDir, List<String> roots)
      throws IOException, MissingPackageException {
    TreeSet<String> packages = new TreeSet<>();
    SortedMap<String, ZipSource> entries = new TreeMap<>();
    Set<Path> seen = new LinkedHashSet<>();
    Deque<Path> pending = new ArrayDeque<>();
    for (String root : roots) {
      pending.add(
          resolve(projectDir, projectDir, root)
              .orElseThrow(() -> new MissingPackageException(root)));
    }
    while (!pending.isEmpty()) {
      Path packageDir = pending.removeFirst();
      if (!seen.add(packageDir)) {
        continue;
      }
      JsonObject manifest = manifest(packageDir);
      packages.add(
          text(manifest, "name").orElse(packageDir.getFileName().toString())
              + "@"
              + text(manifest, "version").orElse("?"));
      addFiles(projectDir, packageDir, entries);
      for (String section : List.of("dependencies", "optionalDependencies")) {
        if (manifest.get(section).orElse(null) instanceof JsonObject deps) {
          for (String dep : deps.members().keySet()) {
            Optional<Path> resolved = resolve(projectDir, packageDir, dep);
            if (resolved.isPresent()) {
              pending.add(resolved.get());
            } else if (section.equals("dependencies")) {
              throw new MissingPackageException(dep);
            }
          }
        }
      }
    }
    return new Closure(packages, entries);
  }

  private static Optional<Path> resolve(Path projectDir, Path from, String name) {
    for (Path dir = from; dir != null && dir.startsWith(projectDir); dir = dir.getParent()) {
      Path candidate = dir.resolve("node_modules").resolve(name);
      if (Files.isRegularFile(candidate.resolve("package.json"))) {
        return Optional.of(candidate.normalize());
      }
    }
    return Optional.empty();
  }

  /**
   * Adds the package's files except its nested node_modules, whose packages are visited on their
   * own.
   */
  private static void addFiles(
      Path projectDir, Path packageDir, SortedMap<String, ZipSource> entries) throws IOException {
    Path nested = packageDir.resolve("node_modules");
    try (Stream<Path> files = Files.walk(packageDir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (file.startsWith(nested) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        entries.put(
            projectDir.relativize(file).toString().replace('\\', '/'), ZipSource.FromFile.of(file));
      }
    }
  }

  private static JsonObject manifest(Path packageDir) throws IOException {
    try {
      if (JsonParser.parse(
              Files.readString(packageDir.resolve("package.json"), StandardCharsets.UTF_8))
          instanceof JsonObject object) {
        return object;
      }
    } catch (JsonParseException e) {
      throw new IOException(
          packageDir.resolve("package.json") + " is not valid JSON: " + e.getMessage(), e);
    }
    return JsonObject.EMPTY;
  }

  private static Optional<String> text(JsonObject object, String key) {
    return object.get(key).orElse(null) instanceof JsonString value
        ? Optional.of(value.value())
        : Optional.empty();
  }
}
