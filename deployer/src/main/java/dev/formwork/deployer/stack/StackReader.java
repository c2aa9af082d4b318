package dev.formwork.deployer.stack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** Reads one stack's state and outputs; a stack that does not exist reads as empty. */
public final class StackReader {

  private final CloudFormationClient cfn;

  public StackReader(CloudFormationClient cfn) {
    this.cfn = cfn;
  }

  public Optional<Stack> describe(String stackNameOrId) {
    try {
      return cfn.describeStacks(b -> b.stackName(stackNameOrId)).stacks().stream().findFirst();
    } catch (CloudFormationException e) {
      // DescribeStacks answers a missing stack with a 400 ValidationError "Stack with id X does not
      // exist".
      if (e.awsErrorDetails() != null
          && "ValidationError".equals(e.awsErrorDetails().errorCode())
          && String.valueOf(e.awsErrorDetails().errorMessage()).contains("does not exist")) {
        return Optional.empty();
      }
      throw e;
    }
  }

  public Optional<StackState> state(String stackNameOrId) {
    return describe(stackNameOrId)
        .map(
            s ->
                new StackState(
                    s.stackId(),
                    s.stackStatusAsString(),
                    Optional.ofNullable(s.stackStatusReason())));
  }

  public static Map<String, String> outputs(Stack stack) {
    Map<String, String> outputs = new LinkedHashMap<>();
    for (Output output : stack.outputs()) {
      outputs.put(output.outputKey(), output.outputValue());
    }
    return outputs;
  }
}
