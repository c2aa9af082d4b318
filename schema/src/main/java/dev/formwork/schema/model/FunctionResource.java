package dev.formwork.schema.model;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.model.function.FunctionProperties;
import dev.formwork.schema.node.ConfigNode;
import java.util.Map;

/** A {@code function} resource: an AWS Lambda function with its role, log group and triggers. */
@Doc("An AWS Lambda function.")
public record FunctionResource(
    @Doc("Function properties.") FunctionProperties properties,
    @Doc("Property overrides by child logical ID (e.g. ApiFunction), paths relative to Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "function";
  }
}
