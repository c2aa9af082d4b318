package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.ResourceRef;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonValue;
import java.util.List;

/**
 * One connectTo entry being applied: the function, the target resource's reference and config type,
 * where it was listed, and the context.
 */
public record Connection<R extends ResourceRef>(
    FunctionAssembly function,
    R target,
    String targetType,
    ConfigPath usedAt,
    SynthesisContext context) {

  /** Name of the inline policy of the function role that holds every connectTo statement. */
  public static final String POLICY = "connect-to";

  public String targetName() {
    return target.name();
  }

  public void allow(List<String> actions, List<JsonValue> resources) {
    function.grant(POLICY, PolicyStatement.allow(actions, resources));
  }
}
