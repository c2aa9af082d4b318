package dev.formwork.cli;

import dev.formwork.compiler.split.NestedTemplate;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Where {@code compile --out FILE} writes the templates of an app split into nested stacks: the
 * root to {@code FILE}, each nested template beside it as {@code <FILE without its extension>.<its
 * stack's logical ID>.json} ({@code template.json} and {@code template.NestedStack01.json}), in
 * compact JSON whatever {@code --format} says, because that file is exactly what {@code deploy}
 * uploads (its S3 key is the SHA-256 of its bytes; {@code jq .} pretty-prints it). Nested files of
 * an earlier compile that no longer belong to the app are removed, so the folder never holds a
 * stale stack.
 */
final class TemplateFiles {

  private static final Pattern NESTED_ID = Pattern.compile("NestedStack[0-9]+");

  private TemplateFiles() {}

  /** The file of the nested template of stack {@code logicalId}, beside the root's {@code out}. */
  static Path nested(Path out, String logicalId) {
    return out.resolveSibling(stem(out) + "." + logicalId + ".json");
  }

  /**
   * Writes the nested templates beside {@code out} and removes the stale ones.
   *
   * @param shown {@code out} as the user gave it, for messages
   * @throws UsageException when a file cannot be written or removed
   */
  static List<Path> writeNested(Path out, Path shown, Collection<NestedTemplate> nested) {
    Set<Path> current = new TreeSet<>();
    List<Path> written = new ArrayList<>();
    for (NestedTemplate template : nested) {
      Path file = nested(out, template.logicalId());
      AtomicFiles.write(file, nested(shown, template.logicalId()), template.body());
      current.add(file.toAbsolutePath());
      written.add(file);
    }
    try {
      removeStale(out, current);
    } catch (IOException e) {
      throw UsageException.file(
          "Cannot remove an earlier nested template beside "
              + shown
              + ": "
              + AtomicFiles.reason(e)
              + ".",
          "Remove the stale "
              + stem(out)
              + ".NestedStack*.json files, or fix the folder's permissions.");
    }
    return written;
  }

  private static void removeStale(Path out, Set<Path> current) throws IOException {
    Path folder = out.toAbsolutePath().getParent();
    if (Files.isDirectory(folder)) {
      String prefix = stem(out) + ".";
      // A directory stream, not Files.list: a stream links JDK lambdas on every compile.
      List<Path> stale = new ArrayList<>();
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
        for (Path file : files) {
          String name = file.getFileName().toString();
          if (name.startsWith(prefix)
              && name.endsWith(".json")
              && name.length() > prefix.length() + ".json".length()
              && NESTED_ID
                  .matcher(name.substring(prefix.length(), name.length() - ".json".length()))
                  .matches()
              && !current.contains(file.toAbsolutePath())) {
            stale.add(file);
          }
        }
      }
      for (Path file : stale) {
        Files.delete(file);
      }
    }
  }

  private static String stem(Path out) {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
