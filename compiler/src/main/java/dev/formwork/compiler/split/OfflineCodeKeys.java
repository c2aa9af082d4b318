package dev.formwork.compiler.split;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.json.JsonString;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Code keys of a split app compiled without an artifact manifest. Unsplit, each function's and
 * layer's S3 key is a template parameter that {@code formwork deploy} fills; 2,000 functions would
 * be 2,000 parameters, where CloudFormation allows 200 per template. So a split app names a
 * placeholder key, {@code formwork-unpackaged/<name>.zip}, which no artifact ever has, and the
 * compile warns once that the templates need {@code formwork package} ({@code formwork deploy}
 * always packages first, so a deployed template never holds a placeholder).
 */
final class OfflineCodeKeys {

  static final String PLACEHOLDER_PREFIX = "formwork-unpackaged/";

  private OfflineCodeKeys() {}

  /** The placeholder key that replaces each artifact key parameter (given with its artifact). */
  static SortedMap<String, JsonString> placeholders(
      SortedMap<String, String> artifactKeyParameters) {
    SortedMap<String, JsonString> keys = new TreeMap<>();
    for (Map.Entry<String, String> parameter : artifactKeyParameters.entrySet()) {
      keys.put(
          parameter.getKey(), new JsonString(PLACEHOLDER_PREFIX + parameter.getValue() + ".zip"));
    }
    return keys;
  }

  /** Warns, once, that a split app's templates name {@code count} placeholder keys. */
  static void warn(int count, Diagnostics diagnostics) {
    diagnostics.report(
        Diagnostic.warning(
                Code.TEMPLATE_UNPACKAGED_CODE,
                ConfigPath.ROOT,
                "This app is split into nested stacks and was compiled before `formwork package`:"
                    + " the code keys of its "
                    + count
                    + " functions and layers are placeholders ("
                    + PLACEHOLDER_PREFIX
                    + "<name>.zip), so these templates cannot be deployed as written.")
            .withHint(
                "Run `formwork package` and compile again; `formwork deploy` always packages"
                    + " first. (As template parameters, the keys would exceed CloudFormation's"
                    + " 200 parameters per template.)"));
  }
}
