package dev.formwork.packager;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a Python module defines at its top level, read from its text: {@code def} and {@code
 * async def}, {@code class}, assignments ({@code handler = make_handler()}) and imports ({@code
 * from app import handler}, {@code import x as handler}). Enough to tell whether the handler Lambda
 * will call exists without running Python; indented names (inside functions, classes, ifs) do not
 * count.
 */
final class PythonModuleNames {

  private static final Pattern DEFINITION =
      Pattern.compile("(?m)^(?:async[ \\t]+)?(?:def|class)[ \\t]+([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern ASSIGNMENT =
      Pattern.compile("(?m)^([A-Za-z_][A-Za-z0-9_]*)[ \\t]*(?::[^=\\n]*)?=(?!=)");
  private static final Pattern FROM_IMPORT =
      Pattern.compile("(?m)^from[ \\t]+\\S+[ \\t]+import[ \\t]+\\(?([^)\\n#]+)");
  private static final Pattern IMPORT_AS =
      Pattern.compile("(?m)^import[ \\t]+[^#\\n]*?[ \\t]as[ \\t]+([A-Za-z_][A-Za-z0-9_]*)");

  private PythonModuleNames() {}

  static List<String> of(String source) {
    List<String> names = new ArrayList<>();
    collect(DEFINITION, source, names);
    collect(ASSIGNMENT, source, names);
    collect(IMPORT_AS, source, names);
    Matcher from = FROM_IMPORT.matcher(source);
    while (from.find()) {
      for (String item : from.group(1).split(",", -1)) {
        String[] words = item.trim().split("\\s+", -1);
        String name = words[words.length - 1];
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static void collect(Pattern pattern, String source, List<String> names) {
    Matcher matcher = pattern.matcher(source);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
  }
}
