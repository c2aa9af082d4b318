package dev.formwork.compiler.split;

import dev.formwork.compiler.check.DependencyCycles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups the units of a merged view for placement, and orders the groups so that each comes after
 * everything it depends on (ties by name), which is the order new units are placed in:
 *
 * <ol>
 *   <li>a non-function unit used by exactly one function unit (directly, or through other units
 *       that only that function uses) joins the function's group: a queue only it consumes, a topic
 *       only it publishes to;
 *   <li>groups that depend on each other in a cycle become one group, because a cycle cut by a
 *       stack boundary is a cycle between stacks.
 * </ol>
 */
final class PlacementGroups {

  private final List<Group> ordered;
  private final Map<String, Group> groupOfUnit;
  private final SortedMap<String, SortedSet<String>> groupDependencies;

  private PlacementGroups(
      List<Group> ordered,
      Map<String, Group> groupOfUnit,
      SortedMap<String, SortedSet<String>> groupDependencies) {
    this.ordered = ordered;
    this.groupOfUnit = groupOfUnit;
    this.groupDependencies = groupDependencies;
  }

  static PlacementGroups of(MergedView view) {
    SortedMap<String, Unit> units = view.units();
    SortedMap<String, SortedSet<String>> dependencies = view.unitDependencies();
    Map<String, String> joined = joinExclusiveUnits(units, dependencies);

    // Dependencies between joined units, then cycles among them merged.
    SortedMap<String, SortedSet<String>> joinedEdges = new TreeMap<>();
    for (String leader : joined.values()) {
      if (!joinedEdges.containsKey(leader)) {
        joinedEdges.put(leader, new TreeSet<>());
      }
    }
    for (Map.Entry<String, SortedSet<String>> edges : dependencies.entrySet()) {
      String from = joined.get(edges.getKey());
      for (String target : edges.getValue()) {
        String to = joined.get(target);
        if (!from.equals(to)) {
          joinedEdges.get(from).add(to);
        }
      }
    }
    Map<String, String> component = new HashMap<>();
    for (String leader : joinedEdges.keySet()) {
      component.put(leader, leader);
    }
    Set<String> cycles = new TreeSet<>();
    for (List<String> cycle : DependencyCycles.cycles(joinedEdges)) {
      for (String member : cycle) {
        component.put(member, cycle.get(0));
      }
      cycles.add(cycle.get(0));
    }

    SortedMap<String, List<Unit>> members = new TreeMap<>();
    for (Map.Entry<String, Unit> unit : units.entrySet()) {
      String key = component.get(joined.get(unit.getKey()));
      List<Unit> list = members.get(key);
      if (list == null) {
        list = new ArrayList<>();
        members.put(key, list);
      }
      list.add(unit.getValue());
    }
    Map<String, Group> byComponent = new HashMap<>();
    Map<String, Group> groupOfUnit = new HashMap<>();
    for (Map.Entry<String, List<Unit>> entry : members.entrySet()) {
      Group group = Group.of(entry.getValue(), cycles.contains(entry.getKey()));
      byComponent.put(entry.getKey(), group);
      for (Unit unit : entry.getValue()) {
        groupOfUnit.put(unit.name(), group);
      }
    }
    SortedMap<String, SortedSet<String>> groupDependencies = new TreeMap<>();
    for (Group group : byComponent.values()) {
      groupDependencies.put(group.name(), new TreeSet<>());
    }
    for (Map.Entry<String, SortedSet<String>> edges : dependencies.entrySet()) {
      Group from = groupOfUnit.get(edges.getKey());
      for (String target : edges.getValue()) {
        Group to = groupOfUnit.get(target);
        if (from != to) {
          groupDependencies.get(from.name()).add(to.name());
        }
      }
    }
    return new PlacementGroups(
        topological(byComponent.values(), groupDependencies), groupOfUnit, groupDependencies);
  }

  /** Every group, each after the groups it depends on; ties in name order. */
  List<Group> ordered() {
    return ordered;
  }

  Group groupOf(String unit) {
    return groupOfUnit.get(unit);
  }

  /** The groups each group depends on, by name. */
  SortedMap<String, SortedSet<String>> groupDependencies() {
    return groupDependencies;
  }

  /**
   * Maps each unit to the unit whose group it joins: shared units whose only neighbour (in either
   * direction, through other such units) is one function unit join that function; others map to
   * themselves.
   */
  private static Map<String, String> joinExclusiveUnits(
      SortedMap<String, Unit> units, SortedMap<String, SortedSet<String>> dependencies) {
    Map<String, Set<String>> neighbours = new HashMap<>();
    Map<String, String> joined = new HashMap<>();
    for (String name : units.keySet()) {
      neighbours.put(name, new TreeSet<>());
      joined.put(name, name);
    }
    for (Map.Entry<String, SortedSet<String>> edges : dependencies.entrySet()) {
      String unit = edges.getKey();
      for (String target : edges.getValue()) {
        neighbours.get(unit).add(target);
        neighbours.get(target).add(unit);
      }
    }
    Set<String> visited = new TreeSet<>();
    for (Unit unit : units.values()) {
      if (unit.kind() != Unit.Kind.SHARED || visited.contains(unit.name())) {
        continue;
      }
      // The connected shared units around this one, and what they touch outside.
      List<String> sharedComponent = new ArrayList<>();
      Set<String> outside = new TreeSet<>();
      List<String> work = new ArrayList<>(List.of(unit.name()));
      visited.add(unit.name());
      while (!work.isEmpty()) {
        String current = work.remove(work.size() - 1);
        sharedComponent.add(current);
        for (String next : neighbours.get(current)) {
          if (units.get(next).kind() != Unit.Kind.SHARED) {
            outside.add(next);
          } else if (visited.add(next)) {
            work.add(next);
          }
        }
      }
      if (outside.size() == 1
          && units.get(outside.iterator().next()).kind() == Unit.Kind.FUNCTION) {
        String function = outside.iterator().next();
        for (String member : sharedComponent) {
          joined.put(member, function);
        }
      }
    }
    return joined;
  }

  /** Kahn's algorithm over the group graph, dependencies first, smallest name first among ties. */
  private static List<Group> topological(
      Iterable<Group> groups, SortedMap<String, SortedSet<String>> dependencies) {
    Map<String, Group> byName = new HashMap<>();
    Map<String, Integer> waiting = new HashMap<>();
    Map<String, List<String>> dependents = new HashMap<>();
    for (Group group : groups) {
      byName.put(group.name(), group);
      waiting.put(group.name(), dependencies.get(group.name()).size());
      for (String target : dependencies.get(group.name())) {
        List<String> list = dependents.get(target);
        if (list == null) {
          list = new ArrayList<>();
          dependents.put(target, list);
        }
        list.add(group.name());
      }
    }
    PriorityQueue<String> ready = new PriorityQueue<>();
    for (Map.Entry<String, Integer> entry : waiting.entrySet()) {
      if (entry.getValue() == 0) {
        ready.add(entry.getKey());
      }
    }
    List<Group> ordered = new ArrayList<>();
    while (!ready.isEmpty()) {
      String next = ready.poll();
      ordered.add(byName.get(next));
      for (String dependent : dependents.getOrDefault(next, List.of())) {
        int left = waiting.get(dependent) - 1;
        waiting.put(dependent, left);
        if (left == 0) {
          ready.add(dependent);
        }
      }
    }
    if (ordered.size() != byName.size()) {
      throw new IllegalStateException("groups still in a cycle after merging cycles");
    }
    return ordered;
  }
}
