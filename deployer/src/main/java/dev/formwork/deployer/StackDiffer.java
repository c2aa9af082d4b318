package dev.formwork.deployer;

import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.deployer.diff.TemplateDiff;
import dev.formwork.deployer.template.MappingIdCarryOver;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Compares the local template with the deployed one (GetTemplate, stage Original), resource by
 * resource, and each nested template of a split app with its deployed nested stack. A stack that
 * does not exist compares as an empty template: everything is added.
 */
public final class StackDiffer {

  private final AwsClients clients;

  public StackDiffer(AwsClients clients) {
    this.clients = clients;
  }

  /** The diff, or a failed result when the local or deployed template cannot be read as JSON. */
  public DiffOutcome diff(String localTemplateJson) {
    return diff(localTemplateJson, new TreeMap<>());
  }

  /**
   * The diff of the root and, for an app split into nested stacks, of each nested template (by the
   * logical ID of its stack resource) with the deployed nested stack of that logical ID.
   */
  public DiffOutcome diff(String localTemplateJson, SortedMap<String, String> localNested) {
    try {
      JsonObject local = parse(localTemplateJson, "local");
      DeployedTemplates deployed = new DeployedTemplates(clients);
      JsonObject root =
          deployed.root().map(text -> parse(text, "deployed")).orElse(JsonObject.EMPTY);
      SortedMap<String, String> deployedNested =
          root.equals(JsonObject.EMPTY) ? new TreeMap<>() : deployed.nested();
      SortedMap<String, TemplateDiff> nested = new TreeMap<>();
      TreeSet<String> stacks = new TreeSet<>(localNested.keySet());
      stacks.addAll(deployedNested.keySet());
      for (String stack : stacks) {
        JsonObject before =
            deployedNested.containsKey(stack)
                ? parse(deployedNested.get(stack), "deployed")
                : JsonObject.EMPTY;
        JsonObject after =
            localNested.containsKey(stack)
                ? parse(localNested.get(stack), "local")
                : JsonObject.EMPTY;
        TemplateDiff diff = TemplateDiff.between(before, after);
        if (!diff.isEmpty()) {
          nested.put(stack, diff);
        }
      }
      // Compared as deploy would send it: with the deployed IDs of unchanged mappings kept.
      MappingIdCarryOver.Result carried = MappingIdCarryOver.apply(root, local);
      return new DiffOutcome(
          Optional.of(TemplateDiff.between(root, carried.template())),
          DeployResult.of(Outcome.SUCCEEDED, "Diff computed."),
          carried.kept(),
          nested);
    } catch (DeployStepException e) {
      return new DiffOutcome(
          Optional.empty(),
          DeployResult.failed(e.code(), e.getMessage(), e.hint()),
          List.of(),
          new TreeMap<>());
    } catch (SdkException e) {
      return new DiffOutcome(
          Optional.empty(), clients.errors().toResult(e), List.of(), new TreeMap<>());
    }
  }

  /**
   * The diff when it could be computed, the result to report either way, the logical IDs kept from
   * the deployed template, and the diffs of the nested stacks that differ.
   */
  public record DiffOutcome(
      Optional<TemplateDiff> diff,
      DeployResult result,
      List<MappingIdCarryOver.Kept> kept,
      SortedMap<String, TemplateDiff> nested) {

    /** The root's lines, then each differing nested stack's, indented under its name. */
    public List<String> render(ConfigLabels labels) {
      List<String> lines = new ArrayList<>(diff.map(d -> d.render(labels)).orElse(List.of()));
      nested.forEach(
          (stack, inside) -> {
            lines.add("Nested stack " + stack + ":");
            inside.render(labels).forEach(line -> lines.add("  " + line));
          });
      return lines;
    }
  }

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
