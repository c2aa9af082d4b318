package dev.formwork.deployer.script;

import dev.formwork.deployer.DeployStepException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code STP_<RESOURCE>_<PARAM>} variables connectTo injects, named exactly as Stacktape names
 * them (change-case v5 word splitting, reference/stacktape-config.md §4.1), with values from the
 * deployed stack: the CLI passes each resource's referenceable parameters by config resource name.
 */
public final class StpVariables {

  private static final Pattern LOWER_OR_DIGIT_THEN_UPPER =
      Pattern.compile("([\\p{Ll}\\d])(\\p{Lu})");
  private static final Pattern UPPER_THEN_UPPER_LOWER =
      Pattern.compile("(\\p{Lu})(\\p{Lu}\\p{Ll})");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\d]+");

  private StpVariables() {}

  /**
   * {@code UPPER(snake("STP_" + ref.replace('.', '_') + "_" + param))}, e.g. myBucket/name →
   * STP_MY_BUCKET_NAME.
   */
  public static String name(String resourceRef, String param) {
    String words = "STP_" + resourceRef.replace('.', '_') + "_" + param;
    words = words.trim();
    words = LOWER_OR_DIGIT_THEN_UPPER.matcher(words).replaceAll("$1\u0000$2");
    words = UPPER_THEN_UPPER_LOWER.matcher(words).replaceAll("$1\u0000$2");
    words = NON_WORD.matcher(words).replaceAll("\u0000");
    List<String> parts = new ArrayList<>();
    for (String word : words.split("\u0000", -1)) {
      if (!word.isEmpty()) {
        parts.add(word.toUpperCase(Locale.ROOT));
      }
    }
    return String.join("_", parts);
  }

  /**
   * The variables for a script's connectTo list. {@code deployedParams} maps a config resource name
   * to its parameters (param name → value); a resource the deployed stack lacks is an error naming
   * it.
   */
  public static Map<String, String> forConnectTo(
      String scriptName, List<String> connectTo, Map<String, Map<String, String>> deployedParams) {
    Map<String, String> env = new LinkedHashMap<>();
    for (String ref : connectTo) {
      Map<String, String> params = deployedParams.get(ref);
      if (params == null) {
        throw new DeployStepException(
            "Script "
                + scriptName
                + " connects to "
                + ref
                + ", which the deployed stack does not have.",
            "Deploy the stack first, or check the resource name in connectTo.");
      }
      params.forEach((param, value) -> env.put(name(ref, param), value));
    }
    return env;
  }
}
