package dev.formwork.compiler.split;

import dev.formwork.compiler.check.StackLimits;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides the stack of every unit, keeping deployed units where they are:
 *
 * <ol>
 *   <li>a unit the deployed root lists under a nested stack stays in that stack, and a unit with a
 *       logical ID among the deployed root's resources stays in the root;
 *   <li>then the other units, group by group in dependency order (ties by name): raw and
 *       stack-level resources go to the root; new units of a group that is already partly deployed
 *       join its function's stack while it is under the limits; a shared group goes to the root
 *       while the root is below the fill target; everything else goes to the first nested stack
 *       below the fill target, else a new one.
 * </ol>
 *
 * A stack is only chosen when the unit adds no cycle between stacks, which dependency order always
 * allows for a new stack. Nested stacks are named {@code NestedStack01}, {@code NestedStack02}, …;
 * a new one takes the first free number.
 */
final class Placer {

  static final String STACK_PREFIX = "NestedStack";

  /** A stack-graph node for a root group, which cannot be taken for a stack's logical ID. */
  private static final String ROOT_NODE = "root/";

  private final MergedView view;
  private final PlacementGroups groups;
  private final StackLimits limits;
  private final Set<String> takenLogicalIds;
  private final Map<String, String> stackOfUnit = new HashMap<>();
  private final SortedMap<String, Weight> load = new TreeMap<>();
  private final Map<String, Set<String>> dependents = new HashMap<>();
  private final Map<String, Set<String>> stackGraph = new HashMap<>();
  private final Set<String> deployedUnits = new HashSet<>();
  private Weight rootReservation = Weight.ZERO;

  private Placer(
      MergedView view, PlacementGroups groups, StackLimits limits, Set<String> takenLogicalIds) {
    this.view = view;
    this.groups = groups;
    this.limits = limits;
    this.takenLogicalIds = takenLogicalIds;
    for (Map.Entry<String, SortedSet<String>> unit : view.unitDependencies().entrySet()) {
      for (String target : unit.getValue()) {
        if (!dependents.containsKey(target)) {
          dependents.put(target, new TreeSet<>());
        }
        dependents.get(target).add(unit.getKey());
      }
    }
    load.put(Placement.ROOT, Weight.ZERO);
  }

  static Placement place(
      MergedView view, PlacementGroups groups, DeployedPlacement deployed, StackLimits limits) {
    Placer placer = new Placer(view, groups, limits, view.template().resources().keySet());
    placer.keepDeployed(deployed);
    placer.reserveRootRoom(deployed);
    for (Group group : groups.ordered()) {
      placer.placeNew(group);
    }
    return new Placement(new TreeMap<>(placer.stackOfUnit), placer.deployedUnits);
  }

  private void keepDeployed(DeployedPlacement deployed) {
    for (String stack : deployed.nestedUnits().keySet()) {
      load.putIfAbsent(stack, Weight.ZERO);
    }
    Map<String, String> nestedByUnit = deployed.nestedStackByUnit();
    for (Unit unit : view.units().values()) {
      String nested = nestedByUnit.get(unit.name());
      if (nested != null) {
        put(unit, nested);
        deployedUnits.add(unit.name());
      } else if (deployed.inRoot(unit.logicalIds())) {
        put(unit, Placement.ROOT);
        deployedUnits.add(unit.name());
      }
    }
  }

  /**
   * Keeps room in the root for the nested stack resources themselves: one per deployed stack and
   * per fill target's worth of new units, and one more.
   */
  private void reserveRootRoom(DeployedPlacement deployed) {
    long fresh = 0;
    int functions = 0;
    for (Unit unit : view.units().values()) {
      if (!stackOfUnit.containsKey(unit.name()) && unit.kind() != Unit.Kind.ROOT_ONLY) {
        fresh += unit.weight().resources();
      }
      if (unit.kind() == Unit.Kind.FUNCTION) {
        functions++;
      }
    }
    int stacks =
        deployed.nestedUnits().size()
            + (int)
                ((fresh + limits.fill(limits.resources()) - 1) / limits.fill(limits.resources()))
            + 1;
    // A stack resource is about 1 KB with its parameters; its metadata names its units.
    rootReservation = new Weight(stacks, 1_000L * stacks + 40L * functions, 0);
  }

  private void placeNew(Group group) {
    List<Unit> fresh = new ArrayList<>();
    for (Unit unit : group.units()) {
      if (!stackOfUnit.containsKey(unit.name())) {
        fresh.add(unit);
      }
    }
    if (fresh.isEmpty()) {
      return;
    }
    Weight weight = Weight.ZERO;
    for (Unit unit : fresh) {
      weight = weight.plus(unit.weight());
    }
    if (group.kind() == Unit.Kind.ROOT_ONLY) {
      putAll(fresh, Placement.ROOT);
      return;
    }
    Optional<String> anchor = anchor(group);
    if (anchor.isPresent()
        && load.get(anchor.get()).plus(weight).within(limits, false)
        && !addsCycle(anchor.get(), group, fresh)) {
      putAll(fresh, anchor.get());
      return;
    }
    if (group.kind() == Unit.Kind.SHARED
        && load.get(Placement.ROOT).plus(weight).plus(rootReservation).within(limits, true)
        && !addsCycle(Placement.ROOT, group, fresh)) {
      putAll(fresh, Placement.ROOT);
      return;
    }
    for (Map.Entry<String, Weight> stack : load.entrySet()) {
      if (!stack.getKey().equals(Placement.ROOT)
          && stack.getValue().plus(weight).within(limits, true)
          && !addsCycle(stack.getKey(), group, fresh)) {
        putAll(fresh, stack.getKey());
        return;
      }
    }
    putAll(fresh, newStack());
  }

  /** The stack of the group's first placed function unit, else of its first placed unit. */
  private Optional<String> anchor(Group group) {
    Optional<String> any = Optional.empty();
    for (Unit unit : group.units()) {
      String stack = stackOfUnit.get(unit.name());
      if (stack == null) {
        continue;
      }
      if (unit.kind() == Unit.Kind.FUNCTION) {
        return Optional.of(stack);
      }
      if (any.isEmpty()) {
        any = Optional.of(stack);
      }
    }
    return any;
  }

  private String newStack() {
    for (int number = 1; ; number++) {
      String id = STACK_PREFIX + (number < 10 ? "0" : "") + number;
      if (!load.containsKey(id) && !takenLogicalIds.contains(id)) {
        load.put(id, Weight.ZERO);
        return id;
      }
    }
  }

  private void putAll(List<Unit> units, String stack) {
    for (Unit unit : units) {
      put(unit, stack);
    }
  }

  private void put(Unit unit, String stack) {
    stackOfUnit.put(unit.name(), stack);
    Weight weight = load.get(stack);
    load.put(stack, weight == null ? unit.weight() : weight.plus(unit.weight()));
    String node = node(unit.name());
    for (String target : view.unitDependencies().get(unit.name())) {
      if (stackOfUnit.containsKey(target)) {
        link(node, node(target));
      }
    }
    for (String user : dependents.getOrDefault(unit.name(), Set.of())) {
      if (stackOfUnit.containsKey(user)) {
        link(node(user), node);
      }
    }
  }

  private void link(String from, String to) {
    if (!from.equals(to)) {
      if (!stackGraph.containsKey(from)) {
        stackGraph.put(from, new HashSet<>());
      }
      stackGraph.get(from).add(to);
    }
  }

  /**
   * The node a placed unit has in the graph of stacks: its nested stack, or in the root its group
   * (the root's own resources may depend on a nested stack and be depended on by another).
   */
  private String node(String unit) {
    String stack = stackOfUnit.get(unit);
    return stack.equals(Placement.ROOT) ? ROOT_NODE + groups.groupOf(unit).name() : stack;
  }

  /**
   * Whether putting {@code fresh} (of {@code group}) into {@code stack} closes a cycle in the graph
   * of stacks. The graph is acyclic before, so a new cycle passes through the stack's node: it
   * exists when the node reaches, through its old and new successors, the node itself or one of the
   * placed units that depend on {@code fresh}.
   */
  private boolean addsCycle(String stack, Group group, List<Unit> fresh) {
    String node = stack.equals(Placement.ROOT) ? ROOT_NODE + group.name() : stack;
    Set<String> freshNames = new HashSet<>();
    for (Unit unit : fresh) {
      freshNames.add(unit.name());
    }
    Set<String> users = new HashSet<>();
    Deque<String> work = new ArrayDeque<>(stackGraph.getOrDefault(node, Set.of()));
    for (Unit unit : fresh) {
      for (String target : view.unitDependencies().get(unit.name())) {
        // A unit it depends on in the same stack is no edge between stacks.
        if (stackOfUnit.containsKey(target) && !node(target).equals(node)) {
          work.add(node(target));
        }
      }
      for (String user : dependents.getOrDefault(unit.name(), Set.of())) {
        if (stackOfUnit.containsKey(user) && !freshNames.contains(user)) {
          users.add(node(user));
        }
      }
    }
    users.remove(node);
    Set<String> seen = new HashSet<>();
    while (!work.isEmpty()) {
      String next = work.poll();
      if (next.equals(node) || users.contains(next)) {
        return true;
      }
      if (seen.add(next)) {
        work.addAll(stackGraph.getOrDefault(next, Set.of()));
      }
    }
    return false;
  }
}
