package dev.formwork.compiler.template;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One resource of a CloudFormation template: its type, properties and resource attributes.
 * DependsOn is kept sorted and without duplicates.
 */
public record CfResource(
    String type,
    JsonObject properties,
    List<String> dependsOn,
    Optional<String> deletionPolicy,
    Optional<String> updateReplacePolicy,
    Optional<JsonValue> updatePolicy,
    Optional<JsonValue> creationPolicy,
    Optional<JsonValue> metadata,
    Optional<String> condition) {

  public CfResource {
    dependsOn = List.copyOf(new TreeSet<>(dependsOn));
  }

  public static CfResource of(String type, JsonObject properties) {
    return new CfResource(
        type,
        properties,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public CfResource withProperties(JsonObject newProperties) {
    return new CfResource(
        type,
        newProperties,
        dependsOn,
        deletionPolicy,
        updateReplacePolicy,
        updatePolicy,
        creationPolicy,
        metadata,
        condition);
  }

  public CfResource dependingOn(List<String> logicalIds) {
    List<String> all = new ArrayList<>(dependsOn);
    all.addAll(logicalIds);
    return new CfResource(
        type,
        properties,
        all,
        deletionPolicy,
        updateReplacePolicy,
        updatePolicy,
        creationPolicy,
        metadata,
        condition);
  }

  public CfResource withDeletionPolicy(String policy) {
    return new CfResource(
        type,
        properties,
        dependsOn,
        Optional.of(policy),
        Optional.of(policy),
        updatePolicy,
        creationPolicy,
        metadata,
        condition);
  }

  public CfResource withUpdatePolicy(JsonValue policy) {
    return new CfResource(
        type,
        properties,
        dependsOn,
        deletionPolicy,
        updateReplacePolicy,
        Optional.of(policy),
        creationPolicy,
        metadata,
        condition);
  }

  public JsonObject toJson() {
    JsonObject.Builder json = JsonObject.builder().put("Type", type);
    if (properties.size() > 0) {
      json.put("Properties", properties);
    }
    if (!dependsOn.isEmpty()) {
      json.put("DependsOn", JsonArray.ofStrings(dependsOn));
    }
    if (deletionPolicy.isPresent()) {
      json.put("DeletionPolicy", new JsonString(deletionPolicy.get()));
    }
    if (updateReplacePolicy.isPresent()) {
      json.put("UpdateReplacePolicy", new JsonString(updateReplacePolicy.get()));
    }
    json.putIfPresent("UpdatePolicy", updatePolicy);
    json.putIfPresent("CreationPolicy", creationPolicy);
    json.putIfPresent("Metadata", metadata);
    if (condition.isPresent()) {
      json.put("Condition", new JsonString(condition.get()));
    }
    return json.build();
  }
}
