package dev.formwork.compiler.synth.stack;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.stack.CloudFormationResource;
import dev.formwork.schema.node.ConfigNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges {@code cloudformationResources} into the template as they are (after directive
 * resolution). A logical ID that formwork also generates is a collision diagnostic.
 */
public final class RawResources {

  private RawResources() {}

  public static void merge(SynthesisContext context) {
    for (Map.Entry<String, CloudFormationResource> entry :
        context.config().cloudformationResources().entrySet()) {
      String logicalId = entry.getKey();
      CloudFormationResource raw = entry.getValue();
      ConfigPath path = ConfigPath.of("cloudformationResources", logicalId);
      if (!logicalId.matches("[A-Za-z0-9]{1,255}")) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_INVALID_LOGICAL_ID,
                path,
                "Logical ID '"
                    + logicalId
                    + "' is not valid: CloudFormation allows only letters and digits (at most"
                    + " 255).");
        continue;
      }
      JsonValue properties =
          resolved(raw.Properties(), path.key("Properties"), context).orElse(JsonObject.EMPTY);
      if (!(properties instanceof JsonObject propertiesObject)) {
        context
            .diagnostics()
            .error(Code.CONFIG_WRONG_TYPE, path.key("Properties"), "Properties must be a mapping.");
        continue;
      }
      List<String> dependsOn = new ArrayList<>();
      Optional<JsonValue> dependencies = resolved(raw.DependsOn(), path.key("DependsOn"), context);
      if (dependencies.isPresent() && dependencies.get() instanceof JsonString single) {
        dependsOn.add(single.value());
      } else if (dependencies.isPresent() && dependencies.get() instanceof JsonArray list) {
        for (JsonValue item : list.items()) {
          dependsOn.add(item instanceof JsonString text ? text.value() : item.toString());
        }
      }
      CfResource resource =
          new CfResource(
              raw.Type(),
              propertiesObject,
              dependsOn,
              raw.DeletionPolicy(),
              raw.UpdateReplacePolicy(),
              resolved(raw.UpdatePolicy(), path.key("UpdatePolicy"), context),
              resolved(raw.CreationPolicy(), path.key("CreationPolicy"), context),
              resolved(raw.Metadata(), path.key("Metadata"), context),
              raw.Condition());
      context.template().add(logicalId, resource, path, "cloudformationResources." + logicalId);
    }
  }

  private static Optional<JsonValue> resolved(
      Optional<ConfigNode> node, ConfigPath path, SynthesisContext context) {
    return node.isPresent()
        ? Optional.of(context.values().resolve(node.get(), path))
        : Optional.empty();
  }
}
