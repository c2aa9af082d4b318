package dev.formwork.compiler;

import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.Tag;
import dev.formwork.schema.model.function.EnvironmentVariable;
import dev.formwork.schema.model.stack.Hooks;
import dev.formwork.schema.model.stack.LocalScript;
import dev.formwork.schema.model.stack.ScriptDefinition;
import dev.formwork.schema.node.DirectiveCall;
import dev.formwork.schema.node.ScalarNode;
import dev.formwork.schema.value.TextValue.Deferred;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks on the bound config that span several properties: resource names, script references and
 * the deployment settings.
 */
final class ConfigValidation {

  private static final Pattern RESOURCE_NAME = Pattern.compile(FormworkConfig.RESOURCE_NAME);

  private ConfigValidation() {}

  /**
   * Reports every problem; false when a resource name is invalid, since every logical ID derives
   * from the names and synthesis would only repeat the problem as collisions.
   */
  static boolean check(FormworkConfig config, Diagnostics diagnostics) {
    boolean namesValid = true;
    for (String name : config.resources().keySet()) {
      ConfigPath path = ConfigPath.of("resources", name);
      if (!RESOURCE_NAME.matcher(name).matches()) {
        namesValid = false;
        diagnostics.error(
            Code.CONFIG_INVALID_NAME,
            path,
            "Resource name '"
                + name
                + "' is not valid: resource names must be alphanumeric (letters and digits only).",
            "Write it in camelCase, e.g. '" + camel(name) + "'.");
      } else if (name.length() > FormworkConfig.MAX_RESOURCE_NAME) {
        namesValid = false;
        diagnostics.error(
            Code.CONFIG_INVALID_NAME,
            path,
            "Resource name '"
                + name.substring(0, 20)
                + "…' is "
                + name.length()
                + " characters long; at most "
                + FormworkConfig.MAX_RESOURCE_NAME
                + " are allowed.");
      }
    }
    if (config.hooks().isPresent()) {
      checkHooks(config, config.hooks().get(), diagnostics);
    }
    checkStackTags(config, diagnostics);
    checkScriptEnvironment(config, diagnostics);
    if (config.deploymentConfig().isPresent()) {
      DeploymentConfigCheck.check(config.deploymentConfig().get(), diagnostics);
    }
    return namesValid;
  }

  /**
   * A script runs on this machine, so its environment can hold literals, local directives and
   * $Secret() (read by the runner when the script starts, and masked in its output); other
   * template-time directives have no value outside the template.
   */
  private static void checkScriptEnvironment(FormworkConfig config, Diagnostics diagnostics) {
    for (Map.Entry<String, ScriptDefinition> script : config.scripts().entrySet()) {
      List<EnvironmentVariable> environment =
          ((LocalScript) script.getValue()).properties().environment();
      for (int i = 0; i < environment.size(); i++) {
        if (environment.get(i).value() instanceof Deferred deferred
            && !isLiteralSecret(deferred.call())) {
          diagnostics.valueError(
              Code.CONFIG_DIRECTIVE_NOT_ALLOWED,
              ConfigPath.of("scripts", script.getKey(), "properties", "environment", i, "value"),
              "Script environment variable "
                  + environment.get(i).name()
                  + " uses $"
                  + deferred.call().name()
                  + "(), which only has a value inside the CloudFormation template.",
              "Use connectTo to receive a resource's STP_* variables, $Secret() for a"
                  + " secret, or a literal.");
        }
      }
    }
  }

  static boolean isLiteralSecret(DirectiveCall call) {
    return call.name().equals("Secret")
        && call.arguments().size() == 1
        && call.arguments().get(0) instanceof ScalarNode;
  }

  /** Stack tags are sent with the stack operation as plain strings, so they must be known now. */
  private static void checkStackTags(FormworkConfig config, Diagnostics diagnostics) {
    List<Tag> tags =
        config.stackConfig().isPresent() ? config.stackConfig().get().tags() : List.of();
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).value() instanceof Deferred deferred) {
        diagnostics.valueError(
            Code.CONFIG_DIRECTIVE_NOT_ALLOWED,
            ConfigPath.of("stackConfig", "tags", i, "value"),
            "Stack tag '"
                + tags.get(i).name()
                + "' uses $"
                + deferred.call().name()
                + "(), but stack tags are plain strings that must be known before the stack is"
                + " deployed.",
            "Use a literal or a local directive such as $Var() or $GitInfo().");
      }
    }
  }

  private static void checkHooks(FormworkConfig config, Hooks hooks, Diagnostics diagnostics) {
    checkHookList(config, "beforeDeploy", hooks.beforeDeploy(), diagnostics);
    checkHookList(config, "afterDeploy", hooks.afterDeploy(), diagnostics);
    checkHookList(config, "beforeDelete", hooks.beforeDelete(), diagnostics);
    checkHookList(config, "afterDelete", hooks.afterDelete(), diagnostics);
  }

  private static void checkHookList(
      FormworkConfig config, String hook, List<Hooks.HookStep> steps, Diagnostics diagnostics) {
    for (int i = 0; i < steps.size(); i++) {
      String script = steps.get(i).scriptName();
      if (!config.scripts().containsKey(script)) {
        diagnostics.error(
            Code.CONFIG_UNKNOWN_SCRIPT,
            ConfigPath.of("hooks", hook, i, "scriptName"),
            "Hook " + hook + " runs script '" + script + "', which is not defined in `scripts`.",
            Suggestions.didYouMean(script, config.scripts().keySet())
                .orElse(
                    config.scripts().isEmpty()
                        ? "Define it under `scripts`."
                        : "Scripts: " + String.join(", ", config.scripts().keySet()) + "."));
      }
    }
  }

  private static String camel(String name) {
    String[] parts = name.split("[^A-Za-z0-9]+", -1);
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      out.append(
              out.length() == 0
                  ? part.substring(0, 1).toLowerCase(Locale.ROOT)
                  : part.substring(0, 1).toUpperCase(Locale.ROOT))
          .append(part.substring(1));
    }
    return out.length() == 0 ? "myResource" : out.toString();
  }
}
