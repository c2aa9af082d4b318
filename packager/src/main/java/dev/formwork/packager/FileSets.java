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

  /** Every regular file under {@code root}, keyed by its path relative to root. */
  public static SortedMap<String, Path> files(Path root, Set<String> skippedFolders)
      throws IOException {
    SortedMap<String, Path> files = new TreeMap<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && skippedFolders.contains(dir.getFileName().toString())
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
   * (a function's {@code includeFiles} and {@code excludeFiles}), by project-relative path.
   */
  public static SortedMap<String, Path> included(
      Path projectDir, List<String> include, List<String> exclude) throws IOException {
    SortedMap<String, Path> included = new TreeMap<>();
    if (include.isEmpty()) {
      return included;
    }
    List<PathMatcher> includeMatchers = matchers(include);
    List<PathMatcher> excludeMatchers = matchers(exclude);
    Set<String> skipped = new HashSet<>(ALWAYS_SKIPPED);
    skipped.add("node_modules");
    for (Map.Entry<String, Path> file : files(projectDir, skipped).entrySet()) {
      if (matchesAny(includeMatchers, file.getKey())
          && !matchesAny(excludeMatchers, file.getKey())) {
        included.put(file.getKey(), file.getValue());
      }
    }
    return included;
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
