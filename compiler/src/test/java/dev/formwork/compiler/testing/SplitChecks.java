package dev.formwork.compiler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.check.DependencyCycles;
import dev.formwork.compiler.check.StackLimits;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactKind;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.FunctionResource;
import dev.formwork.schema.model.LambdaLayerResource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Assertions and inputs shared by the tests of apps split into nested stacks. */
public final class SplitChecks {

  private SplitChecks() {}

  /**
   * Asserts that {@code split}, put back together, reads what {@code merged} reads (see {@link
   * SplitInliner}), keeps the merged outputs and parameters in the root, and orders every DependsOn
   * of the merged view.
   */
  public static void assertSameReads(Template merged, CompileResult split) {
    Template root = split.template().orElseThrow();
    SplitInliner inliner = SplitInliner.of(root, split.nestedTemplates());
    SortedMap<String, CfResource> inlined = inliner.resources();
    assertThat(inlined.keySet()).isEqualTo(merged.resources().keySet());
    for (Map.Entry<String, CfResource> resource : merged.resources().entrySet()) {
      assertThat(withoutDependsOn(inlined.get(resource.getKey())))
          .as(resource.getKey())
          .isEqualTo(withoutDependsOn(resource.getValue()));
    }
    SortedMap<String, JsonValue> outputs = new TreeMap<>();
    merged.outputs().forEach((name, output) -> outputs.put(name, SplitInliner.normalize(output)));
    SortedMap<String, JsonValue> inlinedOutputs = new TreeMap<>();
    inliner
        .outputs()
        .forEach((name, output) -> inlinedOutputs.put(name, SplitInliner.normalize(output)));
    assertThat(inlinedOutputs).isEqualTo(outputs);
    assertThat(root.parameters()).isEqualTo(merged.parameters());
    Map<String, Set<String>> rootEdges = DependencyCycles.edges(root);
    for (Map.Entry<String, CfResource> resource : merged.resources().entrySet()) {
      for (String dependency : resource.getValue().dependsOn()) {
        Optional<String> from = inliner.stackOf(resource.getKey());
        Optional<String> to = inliner.stackOf(dependency);
        if (from.equals(to)) {
          assertThat(inlined.get(resource.getKey()).dependsOn())
              .as("%s DependsOn %s in one stack", resource.getKey(), dependency)
              .contains(dependency);
        } else {
          assertThat(reaches(rootEdges, from.orElse(resource.getKey()), to.orElse(dependency)))
              .as("%s (in %s) waits for %s (in %s)", resource.getKey(), from, dependency, to)
              .isTrue();
        }
      }
    }
  }

  private static boolean reaches(Map<String, Set<String>> edges, String from, String to) {
    Deque<String> work = new ArrayDeque<>(List.of(from));
    Set<String> seen = new HashSet<>();
    while (!work.isEmpty()) {
      String next = work.poll();
      if (next.equals(to)) {
        return true;
      }
      if (seen.add(next)) {
        work.addAll(edges.getOrDefault(next, Set.of()));
      }
    }
    return false;
  }

  private static JsonValue withoutDependsOn(CfResource resource) {
    return ((JsonObject) SplitInliner.normalize(resource.toJson())).without("DependsOn");
  }

  /** CloudFormation's limits with {@code resources} per stack, packed to 100 %. */
  public static StackLimits limits(int resources) {
    return new StackLimits(resources, 200, 200, 1_000_000, 60, 100);
  }

  /** A manifest with an artifact for every function and layer, so no code key is a parameter. */
  public static ArtifactManifest manifestFor(FormworkConfig config) {
    Map<String, Artifact> artifacts = new TreeMap<>();
    config
        .resources()
        .forEach(
            (name, resource) -> {
              ArtifactKind kind =
                  resource instanceof FunctionResource
                      ? ArtifactKind.FUNCTION
                      : resource instanceof LambdaLayerResource ? ArtifactKind.LAYER : null;
              if (kind != null) {
                String sha = String.format("%064x", name.hashCode() & 0xffffffffL);
                artifacts.put(name, new Artifact(name, kind, sha, name + ".zip", 1, 1));
              }
            });
    return new ArtifactManifest(artifacts);
  }
}
