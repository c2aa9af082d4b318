package dev.formwork.deployer.release;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * Checks, before anything is uploaded, that every alias the template pins to a version number
 * (AWS::Lambda::Alias with a literal FunctionVersion) can find that version: it is already
 * published, or it is the one this deploy publishes (a content-keyed AWS::Lambda::Version that the
 * stack does not have yet). CloudFormation would otherwise fail the alias midway through the update
 * and roll the whole stack back.
 */
public final class PinnedAliasVersions {

  /** An alias that names a version which will not exist when CloudFormation creates it. */
  public record Missing(
      String aliasLogicalId,
      String aliasName,
      String functionName,
      long pinnedVersion,
      Set<Long> published,
      Optional<Long> publishedByThisDeploy) {

    /** One sentence for the user. */
    public String describe() {
      String existing =
          published.isEmpty()
              ? "has no published versions yet"
              : "has published versions " + ranges(published);
      String fresh =
          publishedByThisDeploy
              .map(version -> "; this deploy publishes version " + version)
              .orElse("; this deploy publishes no new version");
      return "Alias "
          + aliasName
          + " ("
          + aliasLogicalId
          + ") of function "
          + functionName
          + " is pinned to version "
          + pinnedVersion
          + ", but the function "
          + existing
          + fresh
          + ".";
    }
  }

  /** A pinned alias read from the template. */
  private record Pin(
      String aliasLogicalId,
      String aliasName,
      String functionLogicalId,
      String functionName,
      long version) {}

  private final CloudFormationClient cloudFormation;
  private final LambdaClient lambda;

  public PinnedAliasVersions(CloudFormationClient cloudFormation, LambdaClient lambda) {
    this.cloudFormation = cloudFormation;
    this.lambda = lambda;
  }

  /**
   * The pinned aliases of {@code templateJson} whose version will be missing when stack {@code
   * stackName} is deployed; {@code stackExists} is false for a create.
   */
  public List<Missing> check(String templateJson, String stackName, boolean stackExists) {
    Map<String, JsonValue> resources = resources(templateJson);
    List<Pin> pins = pins(resources);
    if (pins.isEmpty()) {
      return List.of();
    }
    Set<String> deployed = stackExists ? deployedLogicalIds(stackName) : Set.of();
    List<Missing> missing = new ArrayList<>();
    Map<String, TreeSet<Long>> publishedByFunction = new TreeMap<>();
    for (Pin pin : pins) {
      TreeSet<Long> published =
          publishedByFunction.computeIfAbsent(pin.functionName(), this::publishedVersions);
      boolean publishes =
          versionLogicalIds(resources, pin.functionLogicalId()).stream()
              .anyMatch(id -> !deployed.contains(id));
      // Lambda numbers versions one after the other and never reuses a number.
      Optional<Long> next =
          publishes
              ? Optional.of(published.isEmpty() ? 1L : published.last() + 1)
              : Optional.empty();
      if (!published.contains(pin.version()) && !next.equals(Optional.of(pin.version()))) {
        missing.add(
            new Missing(
                pin.aliasLogicalId(),
                pin.aliasName(),
                pin.functionName(),
                pin.version(),
                published,
                next));
      }
    }
    return missing;
  }

  private TreeSet<Long> publishedVersions(String functionName) {
    TreeSet<Long> versions = new TreeSet<>();
    try {
      for (FunctionConfiguration version :
          lambda.listVersionsByFunctionPaginator(b -> b.functionName(functionName)).versions()) {
        if (version.version().chars().allMatch(Character::isDigit)) {
          versions.add(Long.parseLong(version.version()));
        }
      }
    } catch (ResourceNotFoundException noFunctionYet) {
      // First deploy of this function: nothing is published.
    }
    return versions;
  }

  private Set<String> deployedLogicalIds(String stackName) {
    Set<String> ids = new TreeSet<>();
    for (StackResourceSummary summary :
        cloudFormation
            .listStackResourcesPaginator(b -> b.stackName(stackName))
            .stackResourceSummaries()) {
      ids.add(summary.logicalResourceId());
    }
    return ids;
  }

  /** The template's resources; TemplateCheck has already refused a template that is not JSON. */
  private static Map<String, JsonValue> resources(String templateJson) {
    JsonValue parsed;
    try {
      parsed = JsonParser.parse(templateJson);
    } catch (JsonParseException notJson) {
      return Map.of();
    }
    return parsed instanceof JsonObject template
            && template.get("Resources").orElse(JsonObject.EMPTY) instanceof JsonObject resources
        ? resources.members()
        : Map.of();
  }

  private static List<Pin> pins(Map<String, JsonValue> resources) {
    List<Pin> pins = new ArrayList<>();
    resources.forEach(
        (logicalId, value) -> {
          if (!type(value).equals("AWS::Lambda::Alias")) {
            return;
          }
          JsonObject properties = properties(value);
          Optional<String> version = text(properties.get("FunctionVersion"));
          Optional<String> functionId = ref(properties.get("FunctionName"));
          Optional<String> name = text(properties.get("Name"));
          if (version.isEmpty()
              || !version.get().matches("[0-9]+")
              || functionId.isEmpty()
              || name.isEmpty()) {
            return; // follows a version resource, or names a function outside the template
          }
          Optional<String> functionName =
              Optional.ofNullable(resources.get(functionId.get()))
                  .flatMap(function -> text(properties(function).get("FunctionName")));
          functionName.ifPresent(
              physical ->
                  pins.add(
                      new Pin(
                          logicalId,
                          name.get(),
                          functionId.get(),
                          physical,
                          Long.parseLong(version.get()))));
        });
    return pins;
  }

  private static List<String> versionLogicalIds(
      Map<String, JsonValue> resources, String functionLogicalId) {
    List<String> ids = new ArrayList<>();
    resources.forEach(
        (logicalId, value) -> {
          if (type(value).equals("AWS::Lambda::Version")
              && ref(properties(value).get("FunctionName"))
                  .equals(Optional.of(functionLogicalId))) {
            ids.add(logicalId);
          }
        });
    return ids;
  }

  private static String type(JsonValue resource) {
    return resource instanceof JsonObject object ? text(object.get("Type")).orElse("") : "";
  }

  private static JsonObject properties(JsonValue resource) {
    return resource instanceof JsonObject object
            && object.get("Properties").orElse(JsonObject.EMPTY) instanceof JsonObject properties
        ? properties
        : JsonObject.EMPTY;
  }

  private static Optional<String> text(Optional<JsonValue> value) {
    return value.filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
  }

  private static Optional<String> ref(Optional<JsonValue> value) {
    return value
        .filter(JsonObject.class::isInstance)
        .flatMap(v -> text(((JsonObject) v).get("Ref")));
  }

  /** {@code 1–3, 5} for the versions 1, 2, 3 and 5. */
  static String ranges(Set<Long> versions) {
    List<String> parts = new ArrayList<>();
    Long start = null;
    Long previous = null;
    for (long version : new TreeSet<>(versions)) {
      if (previous != null && version == previous + 1) {
        previous = version;
        continue;
      }
      if (start != null) {
        parts.add(start.equals(previous) ? start.toString() : start + "–" + previous);
      }
      start = version;
      previous = version;
    }
    if (start != null) {
      parts.add(start.equals(previous) ? start.toString() : start + "–" + previous);
    }
    return String.join(", ", parts);
  }
}
