package dev.formwork.compiler.template;

import dev.formwork.schema.json.JsonObject;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A finished CloudFormation template: resources, outputs and parameters, all keyed and sorted. */
public record Template(
    SortedMap<String, CfResource> resources,
    SortedMap<String, JsonObject> outputs,
    SortedMap<String, JsonObject> parameters,
    String description) {

  public Template {
    resources = Collections.unmodifiableSortedMap(new TreeMap<>(resources));
    outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
  }

  public JsonObject toJson() {
    JsonObject.Builder resourcesJson = JsonObject.builder();
    for (Map.Entry<String, CfResource> entry : resources.entrySet()) {
      resourcesJson.put(entry.getKey(), entry.getValue().toJson());
    }
    JsonObject.Builder json =
        JsonObject.builder()
            .put("AWSTemplateFormatVersion", "2010-09-09")
            .put("Description", description)
            .put("Resources", resourcesJson.build());
    if (!outputs.isEmpty()) {
      json.put("Outputs", JsonObject.of(outputs));
    }
    if (!parameters.isEmpty()) {
      json.put("Parameters", JsonObject.of(parameters));
    }
    return json.build();
  }

  /** Counts resources per CloudFormation type, for limit messages. */
  public SortedMap<String, Integer> countByType() {
    SortedMap<String, Integer> counts = new TreeMap<>();
    for (CfResource resource : resources.values()) {
      counts.put(resource.type(), counts.getOrDefault(resource.type(), 0) + 1);
    }
    return counts;
  }
}
