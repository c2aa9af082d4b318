package dev.formwork.deployer.history;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonBool;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One successful deployment of a stack as the history keeps it ({@code deployments/<N>/record.json}
 * in the deployment bucket): its number, what kind of deploy it was, who made it when, with which
 * formwork and which commit, the stack tags, the artifact keys its manifest names and, for an app
 * split into nested stacks, the keys of the nested templates its root template names (so pruning
 * knows what this deployment still needs without reading its files).
 *
 * @param rollbackOf for a rollback, the deployment it redeployed
 */
public record DeploymentRecord(
    int number,
    Kind kind,
    Instant time,
    String formworkVersion,
    Optional<String> gitCommit,
    Optional<Boolean> gitDirty,
    String deployedBy,
    Optional<Integer> rollbackOf,
    Map<String, String> stackTags,
    List<String> artifactKeys,
    List<String> nestedTemplateKeys) {

  public DeploymentRecord {
    stackTags = Map.copyOf(new TreeMap<>(stackTags));
    artifactKeys = List.copyOf(artifactKeys);
    nestedTemplateKeys = List.copyOf(nestedTemplateKeys);
  }

  /** How the deployment was made. */
  public enum Kind {
    /** A change set of the compiled template. */
    DEPLOY,
    /** Functions updated with the Lambda API; the recorded template is what the code matches. */
    HOTSWAP,
    /** A change set of an earlier deployment's template ({@code rollback --to}). */
    ROLLBACK;

    public String configValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public JsonObject toJson() {
    JsonObject.Builder json =
        JsonObject.builder()
            .put("number", number)
            .put("kind", kind.configValue())
            .put("time", time.toString())
            .put("formworkVersion", formworkVersion)
            .put("deployedBy", deployedBy)
            .put("stackTags", JsonObject.of(toJsonStrings(stackTags)))
            .put("artifactKeys", JsonArray.ofStrings(artifactKeys))
            .put("nestedTemplateKeys", JsonArray.ofStrings(nestedTemplateKeys));
    gitCommit.ifPresent(commit -> json.put("gitCommit", commit));
    gitDirty.ifPresent(dirty -> json.put("gitDirty", dirty));
    rollbackOf.ifPresent(number -> json.put("rollbackOf", number));
    return json.build();
  }

  /**
   * Reads a record written by {@link #toJson}.
   *
   * @throws IllegalArgumentException when the JSON is not a deployment record
   */
  public static DeploymentRecord fromJson(JsonValue value) {
    if (!(value instanceof JsonObject json)) {
      throw new IllegalArgumentException("a deployment record must be an object");
    }
    try {
      Map<String, String> tags = new TreeMap<>();
      if (json.get("stackTags").orElse(JsonObject.EMPTY) instanceof JsonObject tagObject) {
        tagObject.members().forEach((key, tag) -> tags.put(key, text(tag)));
      }
      List<String> keys = strings(json.get("artifactKeys"));
      List<String> nestedKeys = strings(json.get("nestedTemplateKeys"));
      return new DeploymentRecord(
          number(json.get("number")).orElseThrow(),
          Kind.valueOf(text(json.get("kind").orElseThrow()).toUpperCase(Locale.ROOT)),
          Instant.parse(text(json.get("time").orElseThrow())),
          text(json.get("formworkVersion").orElse(new JsonString("unknown"))),
          json.get("gitCommit").map(DeploymentRecord::text),
          json.get("gitDirty").map(dirty -> dirty.equals(JsonBool.TRUE)),
          text(json.get("deployedBy").orElse(new JsonString("unknown"))),
          number(json.get("rollbackOf")),
          tags,
          keys,
          nestedKeys);
    } catch (NoSuchElementException | ArithmeticException | DateTimeParseException broken) {
      throw new IllegalArgumentException("not a deployment record: " + broken.getMessage(), broken);
    }
  }

  private static List<String> strings(Optional<JsonValue> value) {
    List<String> strings = new ArrayList<>();
    if (value.orElse(JsonArray.EMPTY) instanceof JsonArray list) {
      list.items().forEach(item -> strings.add(text(item)));
    }
    return strings;
  }

  private static Map<String, JsonValue> toJsonStrings(Map<String, String> values) {
    Map<String, JsonValue> json = new TreeMap<>();
    values.forEach((key, value) -> json.put(key, new JsonString(value)));
    return json;
  }

  private static Optional<Integer> number(Optional<JsonValue> value) {
    return value
        .filter(JsonNumber.class::isInstance)
        .map(n -> ((JsonNumber) n).value().intValueExact());
  }

  private static String text(JsonValue value) {
    if (value instanceof JsonString string) {
      return string.value();
    }
    throw new IllegalArgumentException("expected a string, got " + value);
  }
}
