package dev.formwork.deployer;

import dev.formwork.deployer.stack.ChangeSets;
import dev.formwork.deployer.template.MappingIdCarryOver;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonWriter;
import java.util.List;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;

/**
 * What a deploy does with a stack that already exists, before it creates its change set: says how
 * the last operation ended when that is not what it looks like, deletes the change sets an
 * interrupted deploy left, and keeps the deployed IDs of mappings and subscriptions whose source
 * did not change.
 */
final class ExistingStack {

  private final AwsClients clients;
  private final OutputSink out;
  private final Stack stack;

  ExistingStack(AwsClients clients, OutputSink out, Stack stack) {
    this.clients = clients;
    this.out = out;
    this.stack = stack;
  }

  /**
   * Says how the last operation on the stack ended when that is not what it looks like: a rolled
   * back update (the last deploy did not go through), or a role the stack keeps although the config
   * names none (CloudFormation cannot remove a stack's role).
   */
  void report(StackSettings stackSettings) {
    if ("UPDATE_ROLLBACK_COMPLETE".equals(stack.stackStatusAsString())) {
      out.info(
          "Stack "
              + stack.stackName()
              + "'s last update was rolled back (UPDATE_ROLLBACK_COMPLETE); it runs the version"
              + " before it. This deploy tries again.");
    }
    if (stackSettings.roleArn().isEmpty() && stack.roleARN() != null) {
      out.info(
          "Stack "
              + stack.stackName()
              + " keeps using the role "
              + stack.roleARN()
              + ": CloudFormation cannot remove a stack's role, so leaving"
              + " deploymentConfig.cloudformationRoleArn unset does not stop it.");
    }
  }

  /** Deletes the change sets formwork created on the stack and never executed (Ctrl-C). */
  void deleteOrphanChangeSets(ChangeSets changeSets) {
    List<String> orphans = changeSets.deleteOrphans(stack.stackName());
    if (!orphans.isEmpty()) {
      out.info(
          "Deleted "
              + orphans.size()
              + " change set(s) an interrupted deploy left on "
              + stack.stackName()
              + ": "
              + String.join(", ", orphans));
    }
  }

  /**
   * The template with the deployed IDs of mappings and subscriptions whose function and source did
   * not change ({@link MappingIdCarryOver}); the template as it is before the first create, or when
   * the deployed template is not JSON.
   */
  String carryOverMappingIds(String templateJson) {
    if ("REVIEW_IN_PROGRESS".equals(stack.stackStatusAsString())) {
      return templateJson;
    }
    String deployed =
        clients
            .cloudFormation()
            .getTemplate(b -> b.stackName(stack.stackId()).templateStage(TemplateStage.ORIGINAL))
            .templateBody();
    try {
      if (!(JsonParser.parse(deployed) instanceof JsonObject deployedTemplate)
          || !(JsonParser.parse(templateJson) instanceof JsonObject local)) {
        return templateJson;
      }
      MappingIdCarryOver.Result result = MappingIdCarryOver.apply(deployedTemplate, local);
      result.kept().forEach(kept -> out.info(MappingIdCarryOver.describe(kept)));
      return result.kept().isEmpty() ? templateJson : JsonWriter.compact(result.template());
    } catch (JsonParseException notJson) {
      return templateJson;
    }
  }
}
