package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.FunctionResource;
import java.util.List;

/**
 * connectTo a {@code function}: {@code lambda:InvokeFunction} on the function and on every alias or
 * version of it ({@code <arn>:*}); Stacktape grants only the unqualified ARN, which does not cover
 * invoking an alias. The ARNs are built from the physical name, not GetAtt, so that two functions
 * that connect to each other do not make their roles depend on each other's functions.
 */
public final class FunctionConnectTarget implements ConnectTarget<FunctionRef> {

  @Override
  public Class<FunctionResource> resourceType() {
    return FunctionResource.class;
  }

  @Override
  public Class<FunctionRef> refType() {
    return FunctionRef.class;
  }

  /**
   * The ARN of one alias of a config function, built from its physical name (no dependency on the
   * alias resource, for the same reason as above).
   */
  static JsonValue aliasArn(SynthesisContext context, String function, String alias) {
    String physical = PhysicalNames.function(context.stack().stackName(), function);
    return Cf.arn("lambda", "function:" + physical + ":" + alias);
  }

  @Override
  public void connect(Connection<FunctionRef> connection) {
    String physical =
        PhysicalNames.function(connection.context().stack().stackName(), connection.targetName());
    connection.allow(
        List.of("lambda:InvokeFunction"),
        List.of(
            Cf.arn("lambda", "function:" + physical),
            Cf.arn("lambda", "function:" + physical + ":*")));
  }
}
