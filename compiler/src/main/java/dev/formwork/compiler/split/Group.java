package dev.formwork.compiler.split;

import java.util.List;

/**
 * Units that go into one stack together: a function unit with the units only it uses, or units that
 * refer to each other in a cycle (which no boundary between stacks may cut), or a single unit.
 *
 * @param name the name of its first function unit, else of its first unit
 * @param units its units, sorted by name
 * @param cycle whether units that refer to each other in a cycle were merged into it
 */
record Group(String name, Unit.Kind kind, List<Unit> units, Weight weight, boolean cycle) {

  Group {
    units = List.copyOf(units);
  }

  static Group of(List<Unit> units, boolean cycle) {
    Unit.Kind kind = Unit.Kind.SHARED;
    Weight weight = Weight.ZERO;
    String name = units.get(0).name();
    String firstFunction = null;
    for (Unit unit : units) {
      weight = weight.plus(unit.weight());
      if (unit.kind() == Unit.Kind.ROOT_ONLY) {
        kind = Unit.Kind.ROOT_ONLY;
      } else if (unit.kind() == Unit.Kind.FUNCTION && kind != Unit.Kind.ROOT_ONLY) {
        kind = Unit.Kind.FUNCTION;
      }
      if (unit.kind() == Unit.Kind.FUNCTION && firstFunction == null) {
        firstFunction = unit.name();
      }
    }
    return new Group(firstFunction == null ? name : firstFunction, kind, units, weight, cycle);
  }
}
