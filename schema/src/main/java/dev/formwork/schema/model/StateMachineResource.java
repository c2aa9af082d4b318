package dev.formwork.schema.model;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.node.ConfigNode;
import java.util.Map;

/**
 * A {@code state-machine} resource: a Step Functions state machine from an Amazon States Language
 * definition.
 */
@Doc("A Step Functions state machine.")
public record StateMachineResource(
    @Doc("State machine properties.") Properties properties,
    @Doc(
            "Property overrides by child logical ID (e.g. FlowStateMachine), paths relative to"
                + " Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "state-machine";
  }

  /** The definition of the state machine. */
  @Doc("Properties of a state machine.")
  public record Properties(
      @Doc(
              "The Amazon States Language definition (an object). Functions of this config"
                  + " referenced by $ResourceParam('<fn>', 'arn') may be invoked by the state"
                  + " machine's role.")
          @Required
          ConfigNode definition) {}
}
