package dev.formwork.deployer;

import dev.formwork.deployer.diff.TemplateDiff;
import dev.formwork.deployer.stack.StackReader;
import dev.formwork.deployer.template.MappingIdCarryOver;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonValue;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;

/**
 * Compares the local template with the deployed one (GetTemplate, stage Original), resource by
 * resource. A stack that does not exist compares as an empty template: everything is added.
 */
public final class StackDiffer {

  private final AwsClients clients;

  public StackDiffer(AwsClients clients) {
    this.clients = clients;
  }

  /** The diff, or a failed result when the local or deployed template cannot be read as JSON. */
  public DiffOutcome diff(String localTemplateJson) {
    try {
      JsonObject local = parse(localTemplateJson, "local");
      String stack = clients.target().stackName();
      JsonObject deployed = JsonObject.EMPTY;
      if (new StackReader(clients.cloudFormation())
          .state(stack)
          .filter(s -> !s.status().equals("REVIEW_IN_PROGRESS"))
          .isPresent()) {
        deployed =
            parse(
                clients
                    .cloudFormation()
                    .getTemplate(b -> b.stackName(stack).templateStage(TemplateStage.ORIGINAL))
                    .templateBody(),
                "deployed");
      }
      // Compared as deploy would send it: with the deployed IDs of unchanged mappings kept.
      MappingIdCarryOver.Result carried = MappingIdCarryOver.apply(deployed, local);
      return new DiffOutcome(
          Optional.of(TemplateDiff.between(deployed, carried.template())),
          DeployResult.of(Outcome.SUCCEEDED, "Diff computed."),
          carried.kept());
    } catch (DeployStepException e) {
      return new DiffOutcome(
          Optional.empty(), DeployResult.failed(e.code(), e.getMessage(), e.hint()), List.of());
    } catch (SdkException e) {
      return new DiffOutcome(Optional.empty(), clients.errors().toResult(e), List.of());
    }
  }

  /**
   * The diff when it could be computed, the result to report either way, and the logical IDs kept
   * from the deployed template.
   */
  public record DiffOutcome(
      Optional<TemplateDiff> diff, DeployResult result, List<MappingIdCarryOver.Kept> kept) {}

  private static JsonObject parse(String text, String which) {
    try {
      JsonValue value = JsonParser.parse(text);
      if (value instanceof JsonObject object) {
        return object;
      }
    } catch (JsonParseException e) {
      throw new DeployStepException(
          "The " + which + " template is not JSON: " + e.getMessage(),
          "formwork diffs JSON templates only; stacks deployed as YAML by other tools cannot be"
              + " compared.");
    }
    throw new DeployStepException(
        "The " + which + " template is not a JSON object.", "Compile the config again.");
  }
}
