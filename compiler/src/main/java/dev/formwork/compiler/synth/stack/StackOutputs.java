package dev.formwork.compiler.synth.stack;

import dev.formwork.compiler.naming.ExportNames;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.model.stack.StackConfig;
import dev.formwork.schema.model.stack.StackOutput;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code stackConfig.outputs} as template Outputs, exported as {@code <StackName><Name>}
 * when asked.
 */
public final class StackOutputs {

  private StackOutputs() {}

  public static void add(SynthesisContext context) {
    Optional<StackConfig> stackConfig = context.config().stackConfig();
    List<StackOutput> outputs = stackConfig.isPresent() ? stackConfig.get().outputs() : List.of();
    for (int i = 0; i < outputs.size(); i++) {
      StackOutput output = outputs.get(i);
      ConfigPath path = ConfigPath.of("stackConfig", "outputs", i);
      JsonObject.Builder json =
          JsonObject.builder()
              .put("Value", context.values().resolve(output.value(), path.key("value")));
      json.putIfPresent("Description", output.description());
      if (output.export()) {
        json.put(
            "Export",
            JsonObject.of(
                "Name",
                new JsonString(ExportNames.of(context.stack().stackName(), output.name()))));
      }
      context.template().addOutput(output.name(), json.build(), path.key("name"));
    }
  }
}
