package dev.formwork.deployer.stack;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

/**
 * The stacks of a deployed app: the root and, recursively, every nested stack it creates (each
 * {@code AWS::CloudFormation::Stack} resource whose physical ID is the nested stack's ID), with the
 * resources of each.
 */
public final class NestedStacks {

  static final String STACK_TYPE = "AWS::CloudFormation::Stack";

  private final CloudFormationClient cfn;

  public NestedStacks(CloudFormationClient cfn) {
    this.cfn = cfn;
  }

  /**
   * One stack of the app: {@code path} is empty for the root and the stack resource's logical ID
   * for a nested stack ({@code Parent/Child} deeper down), {@code stackId} what CloudFormation
   * names it by.
   */
  public record Member(String path, String stackId, List<StackResourceSummary> resources) {

    public Member {
      resources = List.copyOf(resources);
    }

    public boolean isRoot() {
      return path.isEmpty();
    }
  }

  /** The root (first) and its nested stacks, depth first in logical ID order. */
  public List<Member> all(String rootStackNameOrId) {
    List<Member> members = new ArrayList<>();
    collect("", rootStackNameOrId, members);
    return members;
  }

  private void collect(String path, String stackId, List<Member> members) {
    List<StackResourceSummary> resources = new ArrayList<>();
    cfn.listStackResourcesPaginator(b -> b.stackName(stackId))
        .stackResourceSummaries()
        .forEach(resources::add);
    resources.sort((a, b) -> a.logicalResourceId().compareTo(b.logicalResourceId()));
    members.add(new Member(path, stackId, resources));
    for (StackResourceSummary resource : resources) {
      if (STACK_TYPE.equals(resource.resourceType())
          && resource.physicalResourceId() != null
          && !resource.physicalResourceId().isEmpty()
          && !String.valueOf(resource.resourceStatusAsString()).startsWith("DELETE_COMPLETE")) {
        collect(
            path.isEmpty()
                ? resource.logicalResourceId()
                : path + "/" + resource.logicalResourceId(),
            resource.physicalResourceId(),
            members);
      }
    }
  }
}
