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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds dependency cycles between template resources (through Ref, Fn::GetAtt, Fn::Sub variables
 * and DependsOn), like cfn-lint's E3004, so a cycle fails the compile instead of the deploy.
 * References to logical IDs that are not resources (parameters, pseudo parameters, unknown IDs) are
 * not edges. Linear in the size of the template: one walk over every resource's properties, then
 * Tarjan's algorithm over arrays.
 */
public final class DependencyCycles {

  private DependencyCycles() {}

  /** The logical IDs each resource depends on, among the template's resources. */
  public static Map<String, Set<String>> edges(Template template) {
    Set<String> ids = template.resources().keySet();
    Map<String, Set<String>> edges = new TreeMap<>();
    for (Map.Entry<String, CfResource> entry : template.resources().entrySet()) {
      Set<String> targets = new TreeSet<>();
      for (String dependency : entry.getValue().dependsOn()) {
        addIfResource(dependency, ids, targets);
      }
      collect(entry.getValue().properties(), ids, targets);
      edges.put(entry.getKey(), targets);
    }
    return edges;
  }

  private static void addIfResource(String id, Set<String> ids, Set<String> targets) {
    if (ids.contains(id)) {
      targets.add(id);
    }
  }

  private static void collect(JsonValue value, Set<String> ids, Set<String> targets) {
    if (value instanceof JsonObject object) {
      if (object.size() == 1 && object.get("Ref").orElse(null) instanceof JsonString ref) {
        addIfResource(ref.value(), ids, targets);
        return;
      }
      if (object.size() == 1
          && object.get("Fn::GetAtt").orElse(null) instanceof JsonArray getAtt
          && getAtt.size() > 0
          && getAtt.get(0) instanceof JsonString id) {
        addIfResource(id.value(), ids, targets);
        return;
      }
      if (object.size() == 1 && object.has("Fn::Sub")) {
        JsonValue sub = object.get("Fn::Sub").orElseThrow();
        JsonValue text = sub instanceof JsonArray parts && parts.size() > 0 ? parts.get(0) : sub;
        Set<String> local =
            sub instanceof JsonArray parts
                    && parts.size() > 1
                    && parts.get(1) instanceof JsonObject vars
                ? vars.members().keySet()
                : Set.of();
        if (text instanceof JsonString template) {
          for (String variable : subVariables(template.value())) {
            if (!local.contains(variable)) {
              addIfResource(variable, ids, targets);
            }
          }
        }
        if (sub instanceof JsonArray parts && parts.size() > 1) {
          collect(parts.get(1), ids, targets);
        }
        return;
      }
      for (JsonValue member : object.members().values()) {
        collect(member, ids, targets);
      }
    } else if (value instanceof JsonArray array) {
      for (JsonValue item : array.items()) {
        collect(item, ids, targets);
      }
    }
  }

  /**
   * The logical IDs an Fn::Sub string names: {@code ${Id}} and {@code ${Id.Attribute}}, not the
   * literal {@code ${!Text}}
   * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html).
   */
  static List<String> subVariables(String text) {
    List<String> variables = new ArrayList<>();
    for (int open = text.indexOf("${"); open >= 0; open = text.indexOf("${", open + 2)) {
      int end = open + 2;
      while (end < text.length() && isAlphanumeric(text.charAt(end))) {
        end++;
      }
      int close = end;
      if (close < text.length() && text.charAt(close) == '.') {
        close++;
        while (close < text.length()
            && (isAlphanumeric(text.charAt(close)) || text.charAt(close) == '.')) {
          close++;
        }
        if (close == end + 1) {
          continue;
        }
      }
      if (end > open + 2 && close < text.length() && text.charAt(close) == '}') {
        variables.add(text.substring(open + 2, end));
      }
    }
    return variables;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** Reports every cycle found (one diagnostic per strongly connected group). */
  public static void check(
      Template template, Map<String, ConfigPath> owners, Diagnostics diagnostics) {
    for (List<String> cycle : cycles(edges(template))) {
      diagnostics.error(
          Code.TEMPLATE_CYCLE,
          owners.getOrDefault(cycle.get(0), ConfigPath.ROOT),
          "These resources depend on each other in a cycle: " + String.join(", ", cycle) + ".",
          "CloudFormation cannot create resources that depend on each other; remove one of the"
              + " references (for example a $ResourceParam() in an environment variable).");
    }
  }

  /**
   * Strongly connected components with more than one member, or a self-loop (Tarjan, iterative,
   * over node numbers), each sorted, sorted by their first member.
   */
  public static List<List<String>> cycles(Map<String, ? extends Set<String>> edges) {
    List<String> names = new ArrayList<>(edges.keySet());
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      numbers.put(names.get(i), i);
    }
    int[][] successors = new int[names.size()][];
    for (int i = 0; i < names.size(); i++) {
      List<Integer> targets = new ArrayList<>();
      for (String target : edges.get(names.get(i))) {
        Integer number = numbers.get(target);
        if (number != null) {
          targets.add(number);
        }
      }
      successors[i] = new int[targets.size()];
      for (int t = 0; t < targets.size(); t++) {
        successors[i][t] = targets.get(t);
      }
    }
    // Components are disjoint, so their first members tell them apart and order them.
    SortedMap<String, List<String>> byFirstMember = new TreeMap<>();
    for (List<Integer> component : new Tarjan(successors).components()) {
      List<String> members = new ArrayList<>();
      for (int node : component) {
        members.add(names.get(node));
      }
      members.sort(null);
      byFirstMember.put(members.get(0), members);
    }
    return new ArrayList<>(byFirstMember.values());
  }

  /** Tarjan's strongly connected components, iterative so deep chains cannot overflow a stack. */
  private static final class Tarjan {
    private final int[][] successors;
    private final int[] index;
    private final int[] low;
    private final boolean[] onStack;
    private final int[] stack;
    private int stackSize;
    private int counter = 1;
    private final List<List<Integer>> components = new ArrayList<>();

    Tarjan(int[][] successors) {
      this.successors = successors;
      int n = successors.length;
      this.index = new int[n];
      this.low = new int[n];
      this.onStack = new boolean[n];
      this.stack = new int[n];
    }

    /** The components that are cycles: more than one member, or one that depends on itself. */
    List<List<Integer>> components() {
      int n = successors.length;
      int[] callStack = new int[n];
      int[] nextEdge = new int[n];
      for (int root = 0; root < n; root++) {
        if (index[root] != 0) {
          continue;
        }
        int depth = 0;
        callStack[depth++] = visit(root, nextEdge);
        while (depth > 0) {
          int node = callStack[depth - 1];
          if (nextEdge[node] < successors[node].length) {
            int next = successors[node][nextEdge[node]++];
            if (index[next] == 0) {
              callStack[depth++] = visit(next, nextEdge);
            } else if (onStack[next]) {
              low[node] = Math.min(low[node], index[next]);
            }
            continue;
          }
          depth--;
          if (depth > 0) {
            int parent = callStack[depth - 1];
            low[parent] = Math.min(low[parent], low[node]);
          }
          if (low[node] == index[node]) {
            pop(node);
          }
        }
      }
      return components;
    }

    private int visit(int node, int[] nextEdge) {
      index[node] = counter;
      low[node] = counter;
      counter++;
      nextEdge[node] = 0;
      stack[stackSize++] = node;
      onStack[node] = true;
      return node;
    }

    private void pop(int root) {
      List<Integer> component = new ArrayList<>();
      int member;
      do {
        member = stack[--stackSize];
        onStack[member] = false;
        component.add(member);
      } while (member != root);
      if (component.size() > 1 || dependsOnItself(root)) {
        components.add(component);
      }
    }

    private boolean dependsOnItself(int node) {
      for (int next : successors[node]) {
        if (next == node) {
          return true;
        }
      }
      return false;
    }
  }
}
