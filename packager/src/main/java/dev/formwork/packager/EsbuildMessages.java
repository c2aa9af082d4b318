package dev.formwork.packager;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns esbuild's plain-text log ({@code --color=false}) into one {@link Error} per error: the
 * message in esbuild's own wording and, when esbuild gives one, the file position it points at.
 */
public final class EsbuildMessages {

  /**
   * One esbuild error.
   *
   * @param file the file as esbuild names it, relative to the folder it ran in
   * @param line 1-based
   * @param column 1-based (esbuild prints 0-based columns)
   */
  public record Error(Optional<String> file, int line, int column, String message) {

    /** {@code file:line:column: message}, or the message alone. */
    public String text() {
      return file.map(name -> name + ":" + line + ":" + column + ": ").orElse("") + message;
    }
  }

  private static final Pattern ERROR = Pattern.compile("^(?:✘|X) \\[ERROR\\] (.*)$");
  private static final Pattern LOCATION = Pattern.compile("^\\s+(\\S.*):(\\d+):(\\d+):$");
  private static final int MAX_RAW_LINES = 20;

  private EsbuildMessages() {}

  public static List<Error> errors(String stderr) {
    List<String> lines = List.of(stderr.split("\\R", -1));
    List<Error> errors = new ArrayList<>();
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
            new Error(
                Optional.of(location.group(1)),
                Integer.parseInt(location.group(2)),
                Integer.parseInt(location.group(3)) + 1,
                message));
      } else {
        errors.add(new Error(Optional.empty(), 0, 0, message));
      }
    }
    if (errors.isEmpty() && !stderr.isBlank()) {
      List<String> raw = new ArrayList<>();
      for (String line : lines) {
        if (!line.isBlank() && raw.size() < MAX_RAW_LINES) {
          raw.add(line.strip());
        }
      }
      errors.add(new Error(Optional.empty(), 0, 0, String.join(" ", raw)));
    }
    return errors;
  }
}
