package dev.formwork.compiler.split;

import java.util.List;

/**
 * A unit of placement: every resource that one config resource owns (a function with its role, log
 * group, permissions, event mappings, versions, aliases, alarms and URL; a queue with its policy;
 * …), always placed in one stack together. Raw {@code cloudformationResources} and stack-level
 * resources (the stack VPC) are units that stay in the root stack.
 *
 * @param name the owning config resource's name, {@code cloudformationResources.X}, or the empty
 *     string for the stack-level resources
 */
record Unit(String name, Kind kind, List<String> logicalIds, Weight weight) {

  /** How a unit may be placed. */
  enum Kind {
    /** Raw CloudFormation resources and stack-level resources: always in the root stack. */
    ROOT_ONLY,
    /** A function, which goes to a nested stack with everything only it uses. */
    FUNCTION,
    /** Any other config resource: in the root while it has room when shared by several units. */
    SHARED
  }

  Unit {
    logicalIds = List.copyOf(logicalIds);
  }

  /** The name a person reads: the config resource, or what the root-only unit holds. */
  String displayName() {
    return name.isEmpty() ? "stackConfig (stack-level resources)" : name;
  }
}
