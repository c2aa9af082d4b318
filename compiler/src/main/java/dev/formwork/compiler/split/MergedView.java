package dev.formwork.compiler.split;

import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The merged template as the split sees it: its units, what each resource reads (and depends on),
 * and the unit-level dependencies those references make. Built in one walk over the template.
 */
final class MergedView {

  /** The prefix of the owner name of raw {@code cloudformationResources} entries. */
  static final String RAW_OWNER_PREFIX = "cloudformationResources.";

  private final Template template;
  private final SortedMap<String, Unit> units;
  private final Map<String, String> unitOfResource;
  private final Map<String, List<ValueRef>> reads;
  private final SortedMap<String, SortedSet<String>> unitDependencies;

  private MergedView(
      Template template,
      SortedMap<String, Unit> units,
      Map<String, String> unitOfResource,
      Map<String, List<ValueRef>> reads,
      SortedMap<String, SortedSet<String>> unitDependencies) {
    this.template = template;
    this.units = units;
    this.unitOfResource = unitOfResource;
    this.reads = reads;
    this.unitDependencies = unitDependencies;
  }

  /**
   * Builds the view: {@code ownerNames} gives each logical ID's owner, {@code functions} the names
   * of the config's functions.
   */
  static MergedView of(Template template, Map<String, String> ownerNames, Set<String> functions) {
    Map<String, List<String>> idsByUnit = new TreeMap<>();
    Map<String, Weight> weightByUnit = new HashMap<>();
    Map<String, String> unitOfResource = new HashMap<>();
    Map<String, List<ValueRef>> reads = new HashMap<>();
    for (Map.Entry<String, CfResource> entry : template.resources().entrySet()) {
      String id = entry.getKey();
      String unit = ownerNames.getOrDefault(id, "");
      unitOfResource.put(id, unit);
      if (!idsByUnit.containsKey(unit)) {
        idsByUnit.put(unit, new ArrayList<>());
      }
      idsByUnit.get(unit).add(id);
      ResourceScan scan = ResourceScan.of(id, entry.getValue().toJson());
      Weight weight = weightByUnit.get(unit);
      weightByUnit.put(unit, weight == null ? scan.weight() : weight.plus(scan.weight()));
      reads.put(id, scan.reads());
    }
    SortedMap<String, Unit> units = new TreeMap<>();
    SortedMap<String, SortedSet<String>> dependencies = new TreeMap<>();
    for (Map.Entry<String, List<String>> unit : idsByUnit.entrySet()) {
      String name = unit.getKey();
      units.put(
          name, new Unit(name, kind(name, functions), unit.getValue(), weightByUnit.get(name)));
      dependencies.put(name, new TreeSet<>());
    }
    for (Map.Entry<String, CfResource> entry : template.resources().entrySet()) {
      String unit = unitOfResource.get(entry.getKey());
      for (ValueRef read : reads.get(entry.getKey())) {
        String target = unitOfResource.get(read.target());
        if (target != null && !target.equals(unit)) {
          dependencies.get(unit).add(target);
        }
      }
      for (String dependency : entry.getValue().dependsOn()) {
        String target = unitOfResource.get(dependency);
        if (target != null && !target.equals(unit)) {
          dependencies.get(unit).add(target);
        }
      }
    }
    return new MergedView(template, units, unitOfResource, reads, dependencies);
  }

  private static Unit.Kind kind(String name, Set<String> functions) {
    if (name.isEmpty() || name.startsWith(RAW_OWNER_PREFIX)) {
      return Unit.Kind.ROOT_ONLY;
    }
    return functions.contains(name) ? Unit.Kind.FUNCTION : Unit.Kind.SHARED;
  }

  Template template() {
    return template;
  }

  /** Every unit by name. */
  SortedMap<String, Unit> units() {
    return Collections.unmodifiableSortedMap(units);
  }

  /** The unit that holds a logical ID, if it is a resource of the template. */
  Optional<String> unitOf(String logicalId) {
    return Optional.ofNullable(unitOfResource.get(logicalId));
  }

  /** What a resource reads, in the order it reads it. */
  List<ValueRef> reads(String logicalId) {
    return reads.getOrDefault(logicalId, List.of());
  }

  /** The units each unit reads from or depends on (never itself). */
  SortedMap<String, SortedSet<String>> unitDependencies() {
    return Collections.unmodifiableSortedMap(unitDependencies);
  }
}
