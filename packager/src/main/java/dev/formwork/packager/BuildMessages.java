package dev.formwork.packager;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the compiler messages out of a build's output and names their source files relative to the
 * project folder: {@code cmd/api/main.go:12:5: undefined: x} from go, {@code [ERROR]
 * /abs/Handler.java:[12,5] cannot find symbol} from Maven and {@code Handler.java:12: error: …}
 * from javac under Gradle.
 */
final class BuildMessages {

  /** At most this many messages become diagnostics; the rest are counted. */
  static final int MAX_MESSAGES = 10;

  private static final int FALLBACK_LINES = 8;
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
  private static final Pattern GO =
      Pattern.compile("^(?:\\./)?(\\S+\\.go):(\\d+)(?::(\\d+))?: (.+)$");
  private static final Pattern MAVEN =
      Pattern.compile("^\\[ERROR\\] (\\S+\\.java):\\[(\\d+),(\\d+)\\] (.+)$");
  private static final Pattern JAVAC = Pattern.compile("^(\\S+\\.java):(\\d+): error: (.+)$");

  private BuildMessages() {}

  /** Go's messages; paths are relative to the folder go ran in. */
  static List<String> go(String output, Path workingDir, Path projectDir) {
    List<String> messages = new ArrayList<>();
    for (String line : lines(output)) {
      Matcher match = GO.matcher(line);
      if (match.matches()) {
        messages.add(
            located(workingDir, projectDir, match.group(1), match.group(2), match.group(3))
                + match.group(4));
      }
    }
    return messages.isEmpty() ? fallback(output) : limited(messages);
  }

  /** javac's messages as Maven or Gradle print them, with the detail lines that follow each. */
  static List<String> java(String output, Path workingDir, Path projectDir) {
    List<String> messages = new ArrayList<>();
    // Maven repeats each error in its closing summary, without the detail lines: keep the first.
    Set<String> locations = new HashSet<>();
    List<String> lines = lines(output);
    for (int i = 0; i < lines.size(); i++) {
      Matcher maven = MAVEN.matcher(lines.get(i));
      Matcher javac = JAVAC.matcher(lines.get(i));
      String location;
      String message;
      if (maven.matches()) {
        location = located(workingDir, projectDir, maven.group(1), maven.group(2), maven.group(3));
        message = maven.group(4);
      } else if (javac.matches()) {
        location = located(workingDir, projectDir, javac.group(1), javac.group(2), null);
        message = javac.group(3);
      } else {
        continue;
      }
      if (!locations.add(location + message)) {
        continue;
      }
      message = location + message;
      // javac explains "cannot find symbol" on indented lines ("  symbol: variable x").
      StringBuilder detailed = new StringBuilder(message);
      while (i + 1 < lines.size()
          && lines.get(i + 1).startsWith("  ")
          && lines.get(i + 1).contains(":")) {
        detailed.append("; ").append(lines.get(++i).strip().replaceAll("\\s+", " "));
      }
      messages.add(detailed.toString());
    }
    return messages.isEmpty() ? fallback(output) : limited(messages);
  }

  private static String located(
      Path workingDir, Path projectDir, String file, String line, String column) {
    Path path = workingDir.resolve(file).normalize();
    String shown =
        path.startsWith(projectDir)
            ? projectDir.relativize(path).toString().replace('\\', '/')
            : path.toString();
    return shown + ":" + line + (column == null ? "" : ":" + column) + ": ";
  }

  private static List<String> lines(String output) {
    return ANSI.matcher(output).replaceAll("").lines().map(String::stripTrailing).toList();
  }

  private static List<String> limited(List<String> messages) {
    if (messages.size() <= MAX_MESSAGES) {
      return messages;
    }
    List<String> kept = new ArrayList<>(messages.subList(0, MAX_MESSAGES));
    kept.add("… and " + (messages.size() - MAX_MESSAGES) + " more");
    return kept;
  }

  /** The last lines of the output, for failures that are not compiler messages. */
  private static List<String> fallback(String output) {
    List<String> lines =
        lines(output).stream()
            .filter(line -> !line.isBlank())
            .filter(line -> !line.startsWith("[ERROR] -> [Help"))
            .filter(line -> !line.matches("\\[ERROR\\]\\s*(Re-run|To see|For more|\\[Help).*"))
            .filter(line -> !line.equals("[ERROR]"))
            .toList();
    List<String> tail = lines.subList(Math.max(0, lines.size() - FALLBACK_LINES), lines.size());
    return List.of(tail.isEmpty() ? "no output" : String.join(" ", tail));
  }
}
