package dev.formwork.compiler.synth.release;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves {@code deployment.alarms}: {@code <function>.<alarm name>} or {@code
 * <function>.alarms.<index>} name an alarm of this config (its {@code Ref}, the alarm name, through
 * {@link AlarmNames}); any other entry is the name of an existing CloudWatch alarm.
 */
final class DeploymentAlarms {

  /** CodeDeploy's limit on alarms per deployment group. */
  static final int MAX_ALARMS = 10;

  private DeploymentAlarms() {}

  static List<JsonValue> resolve(
      FunctionAssembly function, List<String> entries, ConfigPath path, SynthesisContext context) {
    if (entries.size() > MAX_ALARMS) {
      context
          .diagnostics()
          .error(
              Code.LIMIT_DEPLOYMENT_ALARMS,
              path,
              "A CodeDeploy deployment group can watch at most "
                  + MAX_ALARMS
                  + " alarms; '"
                  + function.name()
                  + "' lists "
                  + entries.size()
                  + ".");
      return List.of();
    }
    List<JsonValue> names = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      ConfigPath entryPath = path.index(i);
      int dot = entry.indexOf('.');
      if (dot <= 0 || context.index().find(entry.substring(0, dot)).isEmpty()) {
        names.add(new JsonString(entry)); // the name of a CloudWatch alarm outside this config
        continue;
      }
      String owner = entry.substring(0, dot);
      Optional<FunctionRef> target =
          context.index().function(owner, entryPath, context.diagnostics());
      if (target.isEmpty()) {
        continue;
      }
      Map<String, String> known = target.get().alarmLogicalIds();
      String logicalId = known.get(entry);
      if (logicalId == null) {
        context
            .diagnostics()
            .valueError(
                Code.CONFIG_UNKNOWN_ALARM,
                entryPath,
                "Function '" + owner + "' has no alarm '" + entry.substring(dot + 1) + "'.",
                Suggestions.didYouMean(entry, known.keySet())
                    .orElse(
                        known.isEmpty()
                            ? "Function '" + owner + "' declares no alarms."
                            : "Its alarms: " + String.join(", ", known.keySet()) + "."));
        continue;
      }
      names.add(Cf.ref(logicalId));
    }
    return names;
  }
}
