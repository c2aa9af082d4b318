package dev.formwork.deployer;

import dev.formwork.deployer.stack.NestedStacks;
import dev.formwork.deployer.stack.StackReader;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;

/**
 * The templates of the deployed stack, as CloudFormation holds them (GetTemplate, stage Original):
 * the root's, which says where a split app's units are (so that {@code deploy} compiles with that
 * placement and moves no deployed unit), and each nested stack's, for {@code diff}.
 */
public final class DeployedTemplates {

  private final AwsClients clients;

  public DeployedTemplates(AwsClients clients) {
    this.clients = clients;
  }

  /**
   * The root template's text; empty when the stack does not exist or holds nothing yet (an empty
   * {@code REVIEW_IN_PROGRESS} stack of a change set that was never executed). An AWS error
   * propagates, for the command's {@link AwsErrors} to explain.
   */
  public Optional<String> root() {
    String stack = clients.target().stackName();
    if (new StackReader(clients.cloudFormation())
        .state(stack)
        .filter(state -> !state.status().equals("REVIEW_IN_PROGRESS"))
        .isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(body(stack));
  }

  /**
   * Each nested stack's template text, by the logical ID of its stack resource in the root ({@code
   * Parent/Child} deeper down); an AWS error propagates, as for {@link #root}.
   */
  public SortedMap<String, String> nested() {
    SortedMap<String, String> templates = new TreeMap<>();
    if (root().isEmpty()) {
      return templates;
    }
    for (NestedStacks.Member member :
        new NestedStacks(clients.cloudFormation()).all(clients.target().stackName())) {
      if (!member.isRoot()) {
        templates.put(member.path(), body(member.stackId()));
      }
    }
    return templates;
  }

  private String body(String stackNameOrId) {
    return clients
        .cloudFormation()
        .getTemplate(b -> b.stackName(stackNameOrId).templateStage(TemplateStage.ORIGINAL))
        .templateBody();
  }
}
