package dev.formwork.compiler.split;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which stack holds each unit: {@link #ROOT} or the logical ID of a nested stack.
 *
 * @param deployedUnits the units that kept the stack they were deployed in
 */
record Placement(SortedMap<String, String> stackOfUnit, Set<String> deployedUnits) {

  /** The stack name {@link #stackOfUnit} uses for the root stack. */
  static final String ROOT = "";

  Placement {
    stackOfUnit = Collections.unmodifiableSortedMap(new TreeMap<>(stackOfUnit));
    deployedUnits = Set.copyOf(deployedUnits);
  }

  /** The units of each nested stack, by the stack's logical ID. */
  SortedMap<String, SortedSet<String>> nestedStacks() {
    SortedMap<String, SortedSet<String>> stacks = new TreeMap<>();
    for (Map.Entry<String, String> unit : stackOfUnit.entrySet()) {
      String stack = unit.getValue();
      if (!stack.equals(ROOT)) {
        if (!stacks.containsKey(stack)) {
          stacks.put(stack, new TreeSet<>());
        }
        stacks.get(stack).add(unit.getKey());
      }
    }
    return stacks;
  }
}
