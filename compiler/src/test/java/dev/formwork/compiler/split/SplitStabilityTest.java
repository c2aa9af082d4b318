package dev.formwork.compiler.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.template.Template;
import dev.formwork.compiler.testing.CompileFixture;
import dev.formwork.compiler.testing.LargeApps;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Stable placement: a redeploy with the deployed placement (read from the deployed root template,
 * as {@code deploy} does) never moves a remaining unit to another stack, whatever was added or
 * removed, and never renames a remaining resource.
 */
class SplitStabilityTest {

  private static final Pattern FUNCTION_NAME = Pattern.compile("Fn(\\d{4}b?)");

  @Test
  void addingFortyAndRemovingFifteenOfThreeHundredFunctionsMovesNothing() throws Exception {
    List<String> before = names(0, 300);
    CompileResult first = compile(before, DeployedPlacement.NONE);
    assertThat(first.nestedTemplates()).hasSizeGreaterThan(3);

    List<String> after = new ArrayList<>(before);
    for (int i = 0; i < 15; i++) {
      after.remove("fn" + String.format("%04d", 7 + i * 19));
    }
    // New names between the deployed ones (in name order) and after them.
    for (int i = 0; i < 20; i++) {
      after.add("fn" + String.format("%04d", 3 + i * 13) + "b");
    }
    after.addAll(names(300, 320));
    CompileResult second = compile(after, deployed(first));

    Map<String, String> stackBefore = stackOfEveryResource(first);
    Map<String, String> stackAfter = stackOfEveryResource(second);
    for (String function : after) {
      if (before.contains(function)) {
        assertThat(second.functions().get(function).nestedStack())
            .as(function)
            .isEqualTo(first.functions().get(function).nestedStack());
      } else {
        assertThat(second.functions().get(function).nestedStack()).as(function).isPresent();
      }
    }
    int remaining = 0;
    for (Map.Entry<String, String> resource : stackBefore.entrySet()) {
      String owner = ownerOf(resource.getKey());
      if (after.contains(owner) || owner.equals("shared")) {
        assertThat(stackAfter.get(resource.getKey()))
            .as(resource.getKey())
            .isEqualTo(resource.getValue());
        remaining++;
      } else {
        assertThat(stackAfter)
            .as("removed %s", resource.getKey())
            .doesNotContainKey(resource.getKey());
      }
    }
    assertThat(remaining).isGreaterThan(2000);
  }

  @Test
  void aDeployedUnsplitAppThatGrowsKeepsItsUnitsInTheRoot() throws Exception {
    List<String> before = names(0, 40);
    CompileResult first = compile(before, DeployedPlacement.NONE);
    assertThat(first.isSplit()).isFalse();

    List<String> after = names(0, 80);
    CompileResult second = compile(after, deployed(first));

    assertThat(second.isSplit()).isTrue();
    Template root = second.template().orElseThrow();
    first
        .template()
        .orElseThrow()
        .resources()
        .keySet()
        .forEach(id -> assertThat(root.resources()).as(id).containsKey(id));
    for (String function : after) {
      Optional<String> stack = second.functions().get(function).nestedStack();
      assertThat(stack)
          .as(function)
          .isEqualTo(before.contains(function) ? Optional.empty() : stack);
      if (!before.contains(function)) {
        assertThat(stack).as(function).isPresent();
      }
    }
  }

  @Test
  void functionsThatReadTheFunctionBeforeThemShareStacks() {
    StringBuilder yaml = new StringBuilder("serviceName: chain\nresources:\n");
    for (int i = 0; i < 300; i++) {
      yaml.append(
          """
            fn%1$d:
              type: function
              properties:
                packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: src/f.ts}}
                environment:
                  - name: PREVIOUS_LOGS
                    value: $ResourceParam('fn%2$d', 'logGroupArn')
          """
              .formatted(i, Math.max(i - 1, 0)));
    }
    CompileResult result = CompileFixture.compile(yaml.toString());
    assertThat(result.diagnostics().stream().filter(Diagnostic::isError).toList()).isEmpty();
    // 900 resources at 400 a stack: the chain is cut twice, and never into a cycle.
    assertThat(result.nestedTemplates()).hasSize(3);
  }

  @Test
  void anOfflineCompileIsTheSameEveryTime() {
    List<String> names = names(0, 120);
    CompileResult once = compile(names, DeployedPlacement.NONE);
    CompileResult again = compile(names, DeployedPlacement.NONE);
    assertThat(JsonWriter.pretty(again.template().orElseThrow().toJson()))
        .isEqualTo(JsonWriter.pretty(once.template().orElseThrow().toJson()));
    assertThat(again.nestedTemplates().keySet()).isEqualTo(once.nestedTemplates().keySet());
    once.nestedTemplates()
        .forEach(
            (id, nested) ->
                assertThat(again.nestedTemplates().get(id).body()).as(id).isEqualTo(nested.body()));
  }

  static List<String> names(int from, int to) {
    List<String> names = new ArrayList<>();
    for (int i = from; i < to; i++) {
      names.add("fn" + String.format("%04d", i));
    }
    return names;
  }

  static CompileResult compile(List<String> functions, DeployedPlacement deployed) {
    CompileResult result =
        CompileFixture.compile(
            LargeApps.functions(new TreeSet<>(functions)),
            CompileFixture.options().deployedPlacement(deployed));
    assertThat(result.diagnostics().stream().filter(Diagnostic::isError).toList()).isEmpty();
    return result;
  }

  /** The placement deploy reads: the root template as CloudFormation returns it. */
  static DeployedPlacement deployed(CompileResult result) throws JsonParseException {
    return DeployedPlacement.fromRootTemplate(
        JsonParser.parse(JsonWriter.compact(result.template().orElseThrow().toJson())));
  }

  /** Every resource's stack: a nested stack's logical ID, or "" for the root. */
  static Map<String, String> stackOfEveryResource(CompileResult result) {
    SortedMap<String, String> stacks = new TreeMap<>();
    result.template().orElseThrow().resources().keySet().forEach(id -> stacks.put(id, ""));
    result
        .nestedTemplates()
        .forEach(
            (stack, nested) ->
                nested.template().resources().keySet().forEach(id -> stacks.put(id, stack)));
    result.nestedTemplates().keySet().forEach(stacks::remove);
    return stacks;
  }

  /**
   * The function a logical ID belongs to in {@link LargeApps}: {@code Fn0012Function}, {@code
   * Fn0012QueueQueue}, {@code StpApiGetFn0012Route} belong to fn0012; the API, table and audit
   * function are shared.
   */
  static String ownerOf(String logicalId) {
    java.util.regex.Matcher name =
        java.util.regex.Pattern.compile("Fn(\\d{4}b?)").matcher(logicalId);
    return name.find() ? "fn" + name.group(1) : "shared";
  }
}
