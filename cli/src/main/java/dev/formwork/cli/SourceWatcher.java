package dev.formwork.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Watches files and folders by polling their modification times and sizes (the same on every OS and
 * file system, unlike change notifications, and deterministic in tests). {@link #awaitChanges}
 * returns once something changed and then nothing more for the debounce time, so an editor's save
 * of several files, or a formatter rewriting one, is one change.
 */
final class SourceWatcher {

  /** Folders inside watched folders that hold no sources (dependencies, builds, caches). */
  static final Set<String> SKIPPED =
      Set.of(
          ".git",
          ".formwork",
          "node_modules",
          "__pycache__",
          ".venv",
          "target",
          "build",
          ".gradle",
          ".idea");

  /** A file's state as polled. */
  private record Stamp(long modifiedNanos, long size) {}

  private final Duration debounce;
  private final Duration pollInterval;
  private Set<Path> watched = Set.of();
  private Map<Path, Stamp> last = Map.of();

  SourceWatcher(Duration debounce) {
    this.debounce = debounce;
    // Often enough to notice a change within a third of the debounce, rarely enough to stay idle.
    this.pollInterval = Duration.ofMillis(Math.max(20, Math.min(250, debounce.toMillis() / 3)));
  }

  /**
   * Watches these files and folders (a folder: every file under it). A file watched before keeps
   * the state last polled, so a change saved while a build ran is still noticed; others are taken
   * as they are now.
   */
  void watch(Collection<Path> paths) {
    Set<Path> normalized = new TreeSet<>();
    paths.forEach(path -> normalized.add(path.toAbsolutePath().normalize()));
    watched = normalized;
    Map<Path, Stamp> now = snapshot();
    Map<Path, Stamp> kept = new HashMap<>(now);
    last.forEach(
        (file, stamp) -> {
          if (kept.containsKey(file)) {
            kept.put(file, stamp);
          }
        });
    last = kept;
  }

  Set<Path> watched() {
    return watched;
  }

  /**
   * Blocks until a watched file is created, changed or deleted and no further change follows for
   * the debounce time; returns the changed files.
   *
   * @throws InterruptedException when the thread is interrupted (Ctrl-C)
   */
  Set<Path> awaitChanges() throws InterruptedException {
    Set<Path> changed = new TreeSet<>();
    Instant quietSince = Instant.now();
    while (true) {
      Thread.sleep(pollInterval.toMillis());
      Map<Path, Stamp> now = snapshot();
      Set<Path> round = difference(last, now);
      last = now;
      if (!round.isEmpty()) {
        changed.addAll(round);
        quietSince = Instant.now();
      } else if (!changed.isEmpty()
          && Duration.between(quietSince, Instant.now()).compareTo(debounce) >= 0) {
        return changed;
      }
    }
  }

  private static Set<Path> difference(Map<Path, Stamp> before, Map<Path, Stamp> after) {
    Set<Path> changed = new TreeSet<>();
    Set<Path> all = new HashSet<>(before.keySet());
    all.addAll(after.keySet());
    for (Path path : all) {
      if (!Objects.equals(before.get(path), after.get(path))) {
        changed.add(path);
      }
    }
    return changed;
  }

  private Map<Path, Stamp> snapshot() {
    Map<Path, Stamp> stamps = new HashMap<>();
    for (Path path : watched) {
      if (Files.isDirectory(path)) {
        walk(path, stamps);
      } else {
        stamp(path).ifPresent(stamp -> stamps.put(path, stamp));
      }
    }
    return stamps;
  }

  private static void walk(Path folder, Map<Path, Stamp> stamps) {
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              return !dir.equals(folder) && SKIPPED.contains(dir.getFileName().toString())
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile()) {
                stamps.put(
                    file,
                    new Stamp(
                        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), attributes.size()));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException gone) {
              // Deleted while walking: it shows as removed in this snapshot.
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | UncheckedIOException unreadable) {
      // A folder that vanished reads as empty; its files show as deleted.
    }
  }

  private static Optional<Stamp> stamp(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return Optional.of(
          new Stamp(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), attributes.size()));
    } catch (IOException absent) {
      return Optional.empty();
    }
  }

  /** Whether {@code changed} is one of {@code sources} or inside one of those folders. */
  static boolean concerns(Path changed, List<Path> sources) {
    return sources.stream()
        .anyMatch(source -> changed.startsWith(source.toAbsolutePath().normalize()));
  }
}
