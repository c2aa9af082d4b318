package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.IndexedResource;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.ResourceDefinition;
import java.util.List;

/**
 * One connectTo entry being applied: the function, the target resource, where it was listed, and
 * the context.
 */
public record Connection<R extends ResourceDefinition>(
    FunctionAssembly function,
    IndexedResource target,
    R definition,
    ConfigPath usedAt,
    SynthesisContext context) {

  /** Name of the inline policy of the function role that holds every connectTo statement. */
  public static final String POLICY = "connect-to";

  public String targetName() {
    return target.name();
  }

  /** A referenceable parameter of the target (its ARN, name, ...), as computed before synthesis. */
  public JsonValue param(String name) {
    JsonValue value = target.params().get(name);
    if (value == null) {
      throw new IllegalStateException(
          target.definition().typeName() + " '" + target.name() + "' has no param " + name);
    }
    return value;
  }

  public void allow(List<String> actions, List<JsonValue> resources) {
    function.grant(POLICY, PolicyStatement.allow(actions, resources));
  }
}
