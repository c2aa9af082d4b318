package dev.formwork.deployer;

import dev.formwork.deployer.info.ResourceParams;
import dev.formwork.deployer.info.StackInfo;
import dev.formwork.deployer.stack.NestedStacks;
import dev.formwork.deployer.stack.StackReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

/**
 * Reads a deployed stack for `info` and for scripts: status, outputs (the root's), and each
 * resource, of the root and of every nested stack, with the parameters derived from its physical id
 * (the partition, region and account come from the stack ARN).
 */
public final class StackInspector {

  private final AwsClients clients;

  public StackInspector(AwsClients clients) {
    this.clients = clients;
  }

  /** Empty when the stack does not exist. */
  public Optional<StackInfo> info() {
    String name = clients.target().stackName();
    Optional<Stack> stack = new StackReader(clients.cloudFormation()).describe(name);
    if (stack.isEmpty()) {
      return Optional.empty();
    }
    // arn:<partition>:cloudformation:<region>:<account>:stack/<name>/<id>
    List<String> arn = List.of(stack.get().stackId().split(":", -1));
    String partition = arn.size() > 4 ? arn.get(1) : "aws";
    String region = arn.size() > 4 ? arn.get(3) : clients.target().region();
    String account = arn.size() > 4 ? arn.get(4) : "";
    List<StackInfo.Resource> resources = new ArrayList<>();
    for (NestedStacks.Member member : new NestedStacks(clients.cloudFormation()).all(name)) {
      for (StackResourceSummary summary : member.resources()) {
        String physical = summary.physicalResourceId() == null ? "" : summary.physicalResourceId();
        resources.add(
            new StackInfo.Resource(
                member.path(),
                summary.logicalResourceId(),
                summary.resourceType(),
                physical,
                summary.resourceStatusAsString(),
                physical.isEmpty()
                    ? Map.of()
                    : ResourceParams.of(
                        summary.resourceType(), physical, partition, region, account)));
      }
    }
    resources.sort(
        Comparator.comparing(StackInfo.Resource::stack)
            .thenComparing(StackInfo.Resource::logicalId));
    return Optional.of(
        new StackInfo(
            name,
            stack.get().stackStatusAsString(),
            Optional.ofNullable(stack.get().stackStatusReason()),
            StackReader.outputs(stack.get()),
            resources));
  }
}
