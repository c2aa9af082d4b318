package dev.formwork.compiler.split;

import dev.formwork.compiler.check.DependencyCycles;
import dev.formwork.compiler.check.StackLimits;
import dev.formwork.compiler.check.TemplateLimits;
import dev.formwork.compiler.template.SerialisedTemplate;
import dev.formwork.compiler.template.Template;
import dev.formwork.compiler.template.TemplateBuilder;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
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
 * The split phase, after synthesis and the checks of the merged view: turns a template over a
 * per-stack limit (or an app that is already deployed split) into a root template and nested
 * templates ({@code AWS::CloudFormation::Stack}), each within the limits. Units are placed by
 * {@link Placer}, keeping deployed ones where they are, and wired by {@link SplitAssembly}. A split
 * that cannot fit, a deployed stack that outgrew a limit, or a cycle between stacks is a
 * diagnostic. See docs/nested-stacks.md.
 */
public final class StackSplitter {

  private static final int LISTED_UNITS = 5;

  private StackSplitter() {}

  /**
   * Whether a merged template must be split: it exceeds a limit, or the deployed app is split
   * already (its deployed units stay where they are).
   */
  public static boolean needed(
      SerialisedTemplate merged, StackLimits limits, DeployedPlacement deployed) {
    // The size and dynamic references were counted when the template was serialised, once.
    return deployed.isSplit() || !TemplateLimits.excesses(merged, limits).isEmpty();
  }

  /**
   * Splits {@code merged}; empty after reporting why it cannot be split within the limits.
   *
   * @param owners the builder of the merged template, which knows each resource's owner
   * @param functions the names of the config's functions
   * @param hasManifest whether code keys come from an artifact manifest (else they become
   *     placeholders, see {@link OfflineCodeKeys})
   */
  public static Optional<StackSplit> split(
      Template merged,
      TemplateBuilder owners,
      Set<String> functions,
      boolean hasManifest,
      DeployedPlacement deployed,
      StackLimits limits,
      String stackName,
      Diagnostics diagnostics) {
    SortedMap<String, JsonString> placeholders =
        hasManifest
            ? new TreeMap<>()
            : OfflineCodeKeys.placeholders(owners.artifactKeyParameters());
    Map<String, String> ownerNames = new HashMap<>();
    for (String id : merged.resources().keySet()) {
      ownerNames.put(id, owners.ownerName(id).orElse(""));
    }
    MergedView view = MergedView.of(merged, ownerNames, functions);
    PlacementGroups groups = PlacementGroups.of(view);
    if (!fits(merged, placeholders.size(), groups, limits, diagnostics)) {
      return Optional.empty();
    }
    Placement placement = Placer.place(view, groups, deployed, limits);
    SplitAssembly.Assembled assembled =
        SplitAssembly.assemble(view, placement, placeholders, stackName);
    boolean ok = checkLimits(assembled, placement, limits, diagnostics);
    ok &= checkCycles(assembled.root(), view, placement, owners, diagnostics);
    if (!ok) {
      return Optional.empty();
    }
    if (!placeholders.isEmpty()) {
      OfflineCodeKeys.warn(placeholders.size(), diagnostics);
    }
    SortedMap<String, String> nestedOfUnit = new TreeMap<>();
    for (Map.Entry<String, String> unit : placement.stackOfUnit().entrySet()) {
      if (!unit.getValue().equals(Placement.ROOT)) {
        nestedOfUnit.put(unit.getKey(), unit.getValue());
      }
    }
    return Optional.of(new StackSplit(assembled.root(), assembled.nested(), nestedOfUnit));
  }

  /**
   * Whether a split can fit at all: every group within a stack's limits, and the root's own outputs
   * and parameters within the root's. Otherwise reports the merged template's limits (and which
   * groups are too large to place).
   */
  private static boolean fits(
      Template template,
      int placeholders,
      PlacementGroups groups,
      StackLimits limits,
      Diagnostics diagnostics) {
    List<Group> tooLarge = new ArrayList<>();
    for (Group group : groups.ordered()) {
      if (!group.weight().within(limits, false)) {
        tooLarge.add(group);
      }
    }
    if (tooLarge.isEmpty()
        && template.outputs().size() <= limits.outputs()
        && template.parameters().size() - placeholders <= limits.parameters()) {
      return true;
    }
    if (groups.ordered().size() > 1) {
      for (Group group : tooLarge) {
        Unit first = group.units().get(0);
        for (Unit unit : group.units()) {
          if (unit.name().equals(group.name())) {
            first = unit;
          }
        }
        String needs = String.join(" and ", exceeded(group.weight(), limits));
        diagnostics.error(
            Code.LIMIT_UNIT_TOO_LARGE,
            path(first),
            !group.cycle()
                ? first.displayName()
                    + ", with everything only it uses, needs "
                    + needs
                    + " in one stack."
                : "These units refer to each other in a cycle, so they share one stack, and need "
                    + needs
                    + ": "
                    + names(unitNames(group))
                    + ".",
            !group.cycle()
                ? "Give it fewer events, resources or secrets, or split it into several"
                    + " functions."
                : "Remove one of the references that make the cycle (for example a"
                    + " $ResourceParam() between functions), so the units can go to different"
                    + " stacks.");
      }
    }
    TemplateLimits.check(template, JsonWriter.pretty(template.toJson()), limits, diagnostics);
    return false;
  }

  /** Reports each template over a limit; false when any is. */
  private static boolean checkLimits(
      SplitAssembly.Assembled assembled,
      Placement placement,
      StackLimits limits,
      Diagnostics diagnostics) {
    SortedSet<String> rootUnits = new TreeSet<>();
    for (Map.Entry<String, String> unit : placement.stackOfUnit().entrySet()) {
      if (unit.getValue().equals(Placement.ROOT)) {
        rootUnits.add(unit.getKey());
      }
    }
    boolean ok = true;
    String rootBody = JsonWriter.pretty(assembled.root().toJson());
    ok &=
        checkLimits(
            "The root stack",
            assembled.root(),
            rootBody,
            rootUnits,
            placement,
            limits,
            diagnostics);
    for (NestedTemplate nested : assembled.nested().values()) {
      ok &=
          checkLimits(
              "Nested stack " + nested.logicalId(),
              nested.template(),
              nested.body(),
              nested.units(),
              placement,
              limits,
              diagnostics);
    }
    return ok;
  }

  private static boolean checkLimits(
      String label,
      Template template,
      String body,
      SortedSet<String> units,
      Placement placement,
      StackLimits limits,
      Diagnostics diagnostics) {
    List<TemplateLimits.Excess> excesses = TemplateLimits.excesses(template, body, limits);
    List<String> deployed = new ArrayList<>();
    for (String unit : units) {
      if (placement.deployedUnits().contains(unit)) {
        deployed.add(unit);
      }
    }
    ConfigPath path =
        units.isEmpty() || units.first().isEmpty() || units.first().startsWith("cloudformation")
            ? ConfigPath.ROOT
            : ConfigPath.of("resources", units.first());
    for (TemplateLimits.Excess excess : excesses) {
      String message =
          label
              + " would have "
              + excess.actual()
              + " "
              + excess.limit().noun()
              + "; CloudFormation allows "
              + excess.allowed()
              + " per template.";
      if (deployed.isEmpty()) {
        diagnostics.error(
            excess.limit().code(),
            path,
            message,
            "It holds "
                + (units.isEmpty() ? "no unit, only nested stacks" : names(new ArrayList<>(units)))
                + ". Make these units smaller.");
      } else {
        diagnostics.error(
            Code.LIMIT_DEPLOYED_STACK_FULL,
            path,
            message,
            "It holds deployed units ("
                + names(deployed)
                + "), and formwork never moves a deployed unit to another stack: CloudFormation"
                + " would delete and re-create its resources. Make these units smaller, or rename"
                + " one of them: under a new name it is a new unit, placed where there is room"
                + " (its resources are re-created).");
      }
    }
    return excesses.isEmpty();
  }

  /** Reports a cycle in the root template, whose resources include the nested stacks. */
  private static boolean checkCycles(
      Template root,
      MergedView view,
      Placement placement,
      TemplateBuilder owners,
      Diagnostics diagnostics) {
    List<List<String>> cycles = DependencyCycles.cycles(DependencyCycles.edges(root));
    SortedMap<String, SortedSet<String>> nested = placement.nestedStacks();
    for (List<String> cycle : cycles) {
      List<String> described = new ArrayList<>();
      ConfigPath path = ConfigPath.ROOT;
      for (String member : cycle) {
        if (nested.containsKey(member)) {
          described.add(member + " (" + names(new ArrayList<>(nested.get(member))) + ")");
          String unit = nested.get(member).first();
          if (path.equals(ConfigPath.ROOT)
              && view.units().get(unit).kind() != Unit.Kind.ROOT_ONLY) {
            path = ConfigPath.of("resources", unit);
          }
        } else {
          described.add(member + " (" + view.unitOf(member).orElse("") + ", in the root)");
          if (path.equals(ConfigPath.ROOT)) {
            path = owners.ownerPath(member);
          }
        }
      }
      diagnostics.error(
          Code.TEMPLATE_STACK_CYCLE,
          path,
          "The app's stacks would depend on each other in a cycle: "
              + String.join(", ", described)
              + ".",
          "A unit that reads a unit in another stack makes its stack depend on that one. Deployed"
              + " units stay in their stacks, so remove the reference that closes the cycle, or"
              + " rename one of the units so that it is placed anew (its resources are"
              + " re-created).");
    }
    return cycles.isEmpty();
  }

  /** What a weight has more of than one stack allows: "11 resources (a stack holds 10)". */
  private static List<String> exceeded(Weight weight, StackLimits limits) {
    List<String> parts = new ArrayList<>();
    if (weight.resources() > limits.resources()) {
      parts.add(weight.resources() + " resources (a stack holds " + limits.resources() + ")");
    }
    if (weight.bytes() > limits.bytes()) {
      parts.add(weight.bytes() + " bytes of template (a stack holds " + limits.bytes() + ")");
    }
    if (weight.dynamicReferences() > limits.dynamicReferences()) {
      parts.add(
          weight.dynamicReferences()
              + " dynamic references (a stack holds "
              + limits.dynamicReferences()
              + ")");
    }
    return parts;
  }

  private static ConfigPath path(Unit unit) {
    return unit.kind() == Unit.Kind.ROOT_ONLY
        ? ConfigPath.ROOT
        : ConfigPath.of("resources", unit.name());
  }

  private static List<String> unitNames(Group group) {
    List<String> names = new ArrayList<>();
    for (Unit unit : group.units()) {
      names.add(unit.displayName());
    }
    return names;
  }

  /** The first few names, and how many more. */
  private static String names(List<String> names) {
    if (names.size() <= LISTED_UNITS) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, LISTED_UNITS))
        + " and "
        + (names.size() - LISTED_UNITS)
        + " more";
  }
}
