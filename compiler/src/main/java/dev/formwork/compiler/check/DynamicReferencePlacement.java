package dev.formwork.compiler.check;

import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.stack.StackOutput;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rejects dynamic references ({@code {{resolve:...}}}, which $Secret() and $SsmParam() produce)
 * where CloudFormation does not resolve them, stack Outputs and resource Metadata, so a deploy can
 * neither fail on them nor show the reference text where a value was expected (cfn-lint E1051):
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html
 */
public final class DynamicReferencePlacement {

  private static final String MARKER = "{{resolve:";

  private DynamicReferencePlacement() {}

  public static void check(
      Template template,
      FormworkConfig config,
      Map<String, ConfigPath> owners,
      Diagnostics diagnostics) {
    for (Map.Entry<String, JsonObject> output : template.outputs().entrySet()) {
      if (JsonWriter.compact(output.getValue()).contains(MARKER)) {
        diagnostics.valueError(
            Code.SECURITY_DYNAMIC_REFERENCE_IN_OUTPUT,
            outputPath(output.getKey(), config),
            "Stack output '"
                + output.getKey()
                + "' contains a dynamic reference ($Secret() or $SsmParam()), which"
                + " CloudFormation does not resolve in Outputs.",
            "Output the secret's name or ARN instead, and read the value where it is needed.");
      }
    }
    for (Map.Entry<String, CfResource> resource : template.resources().entrySet()) {
      Optional<JsonValue> metadata = resource.getValue().metadata();
      if (metadata.isPresent() && JsonWriter.compact(metadata.get()).contains(MARKER)) {
        diagnostics.error(
            Code.SECURITY_DYNAMIC_REFERENCE_IN_METADATA,
            owners.getOrDefault(resource.getKey(), ConfigPath.ROOT).key("Metadata"),
            "The Metadata of resource '"
                + resource.getKey()
                + "' contains a dynamic reference ($Secret() or $SsmParam()),"
                + " which CloudFormation does not resolve in Metadata.",
            "Move the value into a resource property that accepts dynamic references.");
      }
    }
  }

  private static ConfigPath outputPath(String name, FormworkConfig config) {
    List<StackOutput> outputs =
        config.stackConfig().map(stack -> stack.outputs()).orElse(List.of());
    for (int i = 0; i < outputs.size(); i++) {
      if (outputs.get(i).name().equals(name)) {
        return ConfigPath.of("stackConfig", "outputs", i).key("value");
      }
    }
    return ConfigPath.of("stackConfig", "outputs");
  }
}
