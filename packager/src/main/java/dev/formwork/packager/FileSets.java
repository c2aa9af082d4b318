package dev.formwork.packager;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lists the files of a folder (sorted, relative, with {@code /}) and filters paths by glob
 * patterns.
 */
public final class FileSets {

  /**
   * Folders that never belong in an artifact: VCS data, caches, virtualenvs, formwork's own output.
   */
  public static final Set<String> ALWAYS_SKIPPED =
      Set.of(".git", "__pycache__", ".venv", ".formwork", ".DS_Store");

  private FileSets() {}

  /**
   * Every regular file under {@code root}, keyed by its path relative to root, leaving out the
   * named folders and every Python virtualenv.
   */
  public static SortedMap<String, Path> files(Path root, Set<String> skippedFolders)
      throws IOException {
    SortedMap<String, Path> files = new TreeMap<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root)
                    && (skippedFolders.contains(dir.getFileName().toString()) || isVirtualenv(dir))
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (attrs.isRegularFile() && !name.endsWith(".pyc") && !skippedFolders.contains(name)) {
              files.put(root.relativize(file).toString().replace('\\', '/'), file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return files;
  }

  /**
   * The files of the project folder that match an {@code include} glob and no {@code exclude} glob
   * (a function's {@code includeFiles} and {@code excludeFiles}), by project-relative path. A file
   * that is never packaged by default ({@link #neverByDefault}) is included only when a pattern
   * names it: {@code .env.production} or {@code config/.env*} does, {@code **} does not.
   */
  public static SortedMap<String, Path> included(
      Path projectDir, List<String> include, List<String> exclude) throws IOException {
    SortedMap<String, Path> included = new TreeMap<>();
    if (include.isEmpty()) {
      return included;
    }
    List<PathMatcher> excludeMatchers = matchers(exclude);
    Set<String> skipped = new HashSet<>(NEVER_FOLDERS);
    skipped.add("node_modules");
    for (Map.Entry<String, Path> file : files(projectDir, skipped).entrySet()) {
      String name = file.getKey();
      if (matchesAny(excludeMatchers, name)) {
        continue;
      }
      for (String pattern : include) {
        if (matchesAny(matchers(List.of(pattern)), name)
            && (neverByDefault(name).isEmpty() || pattern.contains(neverByDefault(name).get()))) {
          included.put(name, file.getValue());
          break;
        }
      }
    }
    return included;
  }

  /** The config file names formwork reads; a function's package never needs them. */
  public static final Set<String> CONFIG_FILES =
      Set.of("formwork.yml", "formwork.yaml", "stacktape.yml", "stacktape.yaml");

  /**
   * Why a project-relative path is never packaged unless a pattern names it: the segment that makes
   * it so ({@code .env} for {@code .env.local}, {@code .git}, {@code .formwork}, {@code
   * __pycache__}, a virtualenv folder, the config file), or empty. Secrets live in {@code .env*}
   * files, and the others are VCS data, caches, local interpreters or formwork's own files.
   */
  public static Optional<String> neverByDefault(String relativePath) {
    String[] segments = relativePath.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean folder = i < segments.length - 1;
      if (segment.equals(".env") || segment.startsWith(".env.")) {
        return Optional.of(".env");
      }
      if (folder && NEVER_FOLDERS.contains(segment)) {
        return Optional.of(segment);
      }
      if (!folder && CONFIG_FILES.contains(segment)) {
        return Optional.of(segment);
      }
    }
    return Optional.empty();
  }

  /** Folders never packaged by default: VCS data, caches, virtualenvs, formwork's output. */
  private static final Set<String> NEVER_FOLDERS =
      Set.of(".git", ".formwork", "__pycache__", ".venv", "venv", ".tox", ".mypy_cache");

  /** Whether a folder is a Python virtualenv, whatever its name ({@code pyvenv.cfg} marks one). */
  public static boolean isVirtualenv(Path folder) {
    return Files.isRegularFile(folder.resolve("pyvenv.cfg"));
  }

  /** Matchers for glob patterns such as {@code assets/**} or {@code *.json}. */
  public static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    return matchers;
  }

  public static boolean matchesAny(List<PathMatcher> matchers, String relativePath) {
    Path path = Path.of(relativePath);
    for (PathMatcher matcher : matchers) {
      if (matcher.matches(path)) {
        return true;
      }
    }
    return false;
  }

  /** Deletes a folder and everything in it; a missing folder is fine. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
