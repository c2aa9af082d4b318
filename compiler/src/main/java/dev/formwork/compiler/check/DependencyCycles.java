package dev.formwork.compiler.check;

import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dependency cycles between template resources (through Ref, Fn::GetAtt, Fn::Sub variables
 * and DependsOn), like cfn-lint's E3004, so a cycle fails the compile instead of the deploy. Also
 * reports references to logical IDs that do not exist.
 */
public final class DependencyCycles {

  private static final Pattern SUB_VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z0-9]+)(\\.[A-Za-z0-9.]+)?}");

  private DependencyCycles() {}

  /** The logical IDs each resource depends on. */
  public static Map<String, Set<String>> edges(Template template) {
    Map<String, Set<String>> edges = new TreeMap<>();
    for (Map.Entry<String, CfResource> entry : template.resources().entrySet()) {
      Set<String> targets = new TreeSet<>(entry.getValue().dependsOn());
      collect(entry.getValue().properties(), targets);
      targets.retainAll(template.resources().keySet());
      edges.put(entry.getKey(), targets);
    }
    return edges;
  }

  private static void collect(JsonValue value, Set<String> targets) {
    if (value instanceof JsonObject object) {
      if (object.size() == 1 && object.get("Ref").orElse(null) instanceof JsonString ref) {
        targets.add(ref.value());
        return;
      }
      if (object.size() == 1
          && object.get("Fn::GetAtt").orElse(null) instanceof JsonArray getAtt
          && getAtt.size() > 0
          && getAtt.get(0) instanceof JsonString id) {
        targets.add(id.value());
        return;
      }
      if (object.size() == 1 && object.has("Fn::Sub")) {
        JsonValue sub = object.get("Fn::Sub").orElseThrow();
        JsonValue text = sub instanceof JsonArray parts && parts.size() > 0 ? parts.get(0) : sub;
        if (text instanceof JsonString template) {
          Set<String> local =
              sub instanceof JsonArray parts
                      && parts.size() > 1
                      && parts.get(1) instanceof JsonObject vars
                  ? vars.members().keySet()
                  : Set.of();
          Matcher matcher = SUB_VARIABLE.matcher(template.value());
          while (matcher.find()) {
            if (!local.contains(matcher.group(1))) {
              targets.add(matcher.group(1));
            }
          }
        }
        if (sub instanceof JsonArray parts && parts.size() > 1) {
          collect(parts.get(1), targets);
        }
        return;
      }
      object.members().values().forEach(member -> collect(member, targets));
    } else if (value instanceof JsonArray array) {
      array.items().forEach(item -> collect(item, targets));
    }
  }

  /** Reports every cycle found (one diagnostic per strongly connected group). */
  public static void check(
      Template template, Function<String, ConfigPath> owners, Diagnostics diagnostics) {
    Map<String, Set<String>> edges = edges(template);
    for (List<String> cycle : cycles(edges)) {
      diagnostics.error(
          Code.TEMPLATE_CYCLE,
          owners.apply(cycle.get(0)),
          "These resources depend on each other in a cycle: " + String.join(", ", cycle) + ".",
          "CloudFormation cannot create resources that depend on each other; remove one of the"
              + " references (for example a $ResourceParam() in an environment variable).");
    }
  }

  /**
   * Strongly connected components with more than one member, or a self-loop (Tarjan, iterative).
   */
  public static List<List<String>> cycles(Map<String, ? extends Set<String>> edges) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Set<String> onStack = new HashSet<>();
    Deque<String> stack = new ArrayDeque<>();
    List<List<String>> result = new ArrayList<>();
    int[] counter = {0};
    for (String root : edges.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<Map.Entry<String, Iterator<String>>> work = new ArrayDeque<>();
      visit(root, edges, index, low, onStack, stack, counter, work);
      while (!work.isEmpty()) {
        Map.Entry<String, Iterator<String>> frame = work.peek();
        String node = frame.getKey();
        if (frame.getValue().hasNext()) {
          String next = frame.getValue().next();
          if (!index.containsKey(next)) {
            visit(next, edges, index, low, onStack, stack, counter, work);
          } else if (onStack.contains(next)) {
            low.put(node, Math.min(low.get(node), index.get(next)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          String parent = work.peek().getKey();
          low.put(parent, Math.min(low.get(parent), low.get(node)));
        }
        if (low.get(node).equals(index.get(node))) {
          List<String> component = new ArrayList<>();
          String member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
          } while (!member.equals(node));
          if (component.size() > 1 || targets(edges, node).contains(node)) {
            component.sort(String::compareTo);
            result.add(component);
          }
        }
      }
    }
    result.sort(Comparator.comparing(list -> list.get(0)));
    return result;
  }

  private static void visit(
      String node,
      Map<String, ? extends Set<String>> edges,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Set<String> onStack,
      Deque<String> stack,
      int[] counter,
      Deque<Map.Entry<String, Iterator<String>>> work) {
    index.put(node, counter[0]);
    low.put(node, counter[0]);
    counter[0]++;
    stack.push(node);
    onStack.add(node);
    work.push(Map.entry(node, targets(edges, node).iterator()));
  }

  private static Set<String> targets(Map<String, ? extends Set<String>> edges, String node) {
    Set<String> targets = edges.get(node);
    return targets == null ? Set.of() : targets;
  }
}
