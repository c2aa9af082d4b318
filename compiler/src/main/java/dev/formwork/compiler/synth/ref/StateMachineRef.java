package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code state-machine} of the config: {@code <Name>StateMachine}, and its physical name, which
 * the ARNs of its executions contain.
 */
public record StateMachineRef(String name, String physicalName) implements ResourceRef, HasArn {

  public String logicalId() {
    return LogicalIds.stateMachine(name);
  }

  /** Ref of an AWS::StepFunctions::StateMachine is its ARN. */
  @Override
  public JsonValue arn() {
    return Cf.ref(logicalId());
  }

  /** The ARN of every execution of the machine. */
  public JsonValue executionsArn() {
    return Cf.arn("states", "execution:" + physicalName + ":*");
  }

  @Override
  public Map<String, JsonValue> params() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("arn", arn());
    params.put("name", Cf.getAtt(logicalId(), "Name"));
    return params;
  }
}
