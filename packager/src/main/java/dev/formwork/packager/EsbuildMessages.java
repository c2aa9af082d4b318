package dev.formwork.packager;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns esbuild's plain-text log ({@code --color=false}) into one line per error, {@code
 * file:line:column: message}, keeping esbuild's own wording.
 */
public final class EsbuildMessages {

  private static final Pattern ERROR = Pattern.compile("^(?:✘|X) \\[ERROR\\] (.*)$");
  private static final Pattern LOCATION = Pattern.compile("^\\s+(\\S.*):(\\d+):(\\d+):$");
  private static final int MAX_RAW_LINES = 20;

  private EsbuildMessages() {}

  public static List<String> errors(String stderr) {
    List<String> lines = List.of(stderr.split("\\R", -1));
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher error = ERROR.matcher(lines.get(i));
      if (!error.matches()) {
        continue;
      }
      String message = error.group(1).trim();
      int next = i + 1;
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      Matcher location = next < lines.size() ? LOCATION.matcher(lines.get(next)) : null;
      if (location != null && location.matches()) {
        errors.add(
            location.group(1) + ":" + location.group(2) + ":" + location.group(3) + ": " + message);
      } else {
        errors.add(message);
      }
    }
    if (errors.isEmpty() && !stderr.isBlank()) {
      List<String> raw = new ArrayList<>();
      for (String line : lines) {
        if (!line.isBlank() && raw.size() < MAX_RAW_LINES) {
          raw.add(line.strip());
        }
      }
      errors.add(String.join(" ", raw));
    }
    return errors;
  }
}
