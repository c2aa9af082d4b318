package dev.formwork.compiler.split;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a deployed app's units are, as read from its deployed root template: the units each nested
 * stack holds (the root lists them in the {@value #UNITS_METADATA} metadata of each nested stack
 * resource) and the logical IDs of the root's own resources. A compile given this placement keeps
 * every deployed unit where it is; {@link #NONE} (an offline compile, or a first deploy) places
 * every unit afresh.
 */
public record DeployedPlacement(
    SortedSet<String> rootLogicalIds, SortedMap<String, SortedSet<String>> nestedUnits) {

  /** The metadata key of a nested stack resource that lists its units. */
  public static final String UNITS_METADATA = "FormworkUnits";

  public static final DeployedPlacement NONE =
      new DeployedPlacement(new TreeSet<>(), new TreeMap<>());

  public DeployedPlacement {
    rootLogicalIds = Collections.unmodifiableSortedSet(new TreeSet<>(rootLogicalIds));
    SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
    for (Map.Entry<String, SortedSet<String>> stack : nestedUnits.entrySet()) {
      copy.put(stack.getKey(), Collections.unmodifiableSortedSet(new TreeSet<>(stack.getValue())));
    }
    nestedUnits = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * Reads the placement from a deployed root template (as CloudFormation's GetTemplate returns it);
   * a template that is not formwork's reads as the root resources it has and no nested stacks.
   */
  public static DeployedPlacement fromRootTemplate(JsonValue template) {
    if (!(template instanceof JsonObject object)
        || !(object.get("Resources").orElse(null) instanceof JsonObject resources)) {
      return NONE;
    }
    SortedSet<String> root = new TreeSet<>();
    SortedMap<String, SortedSet<String>> nested = new TreeMap<>();
    for (Map.Entry<String, JsonValue> entry : resources.members().entrySet()) {
      Optional<SortedSet<String>> units = units(entry.getValue());
      if (units.isPresent()) {
        nested.put(entry.getKey(), units.get());
      } else {
        root.add(entry.getKey());
      }
    }
    return new DeployedPlacement(root, nested);
  }

  private static Optional<SortedSet<String>> units(JsonValue resource) {
    if (resource instanceof JsonObject object
        && object.get("Type").orElse(null) instanceof JsonString type
        && type.value().equals("AWS::CloudFormation::Stack")
        && object.get("Metadata").orElse(null) instanceof JsonObject metadata
        && metadata.get(UNITS_METADATA).orElse(null) instanceof JsonArray list) {
      SortedSet<String> units = new TreeSet<>();
      for (JsonValue item : list.items()) {
        if (item instanceof JsonString name) {
          units.add(name.value());
        }
      }
      return Optional.of(units);
    }
    return Optional.empty();
  }

  /** Whether the deployed app is split into nested stacks. */
  public boolean isSplit() {
    return !nestedUnits.isEmpty();
  }

  /** The nested stack each unit was deployed in, by unit name. */
  Map<String, String> nestedStackByUnit() {
    Map<String, String> byUnit = new HashMap<>();
    for (Map.Entry<String, SortedSet<String>> stack : nestedUnits.entrySet()) {
      for (String unit : stack.getValue()) {
        byUnit.put(unit, stack.getKey());
      }
    }
    return byUnit;
  }

  /** Whether any of these logical IDs is a resource of the deployed root stack. */
  boolean inRoot(Iterable<String> logicalIds) {
    for (String id : logicalIds) {
      if (rootLogicalIds.contains(id)) {
        return true;
      }
    }
    return false;
  }
}
