package dev.formwork.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Cycles and Fn::Sub variables, on graphs and strings small and large. */
class DependencyCyclesTest {

  /** The grammar of a Fn::Sub variable, as a regular expression, to compare the scanner with. */
  private static final Pattern SUB_VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z0-9]+)(\\.[A-Za-z0-9.]+)?}");

  @Test
  void subVariablesAreTheIdsARegularExpressionFinds() {
    for (String text :
        List.of(
            "${Queue}",
            "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${Queue.QueueName}",
            "${!Literal} ${Fn.Arn.Deep} ${A.} ${.B} ${} ${${Inner}} $${Two}",
            "${Unclosed",
            "${A.b.c}${D}tail",
            "no variables at all")) {
      List<String> expected = new ArrayList<>();
      Matcher matcher = SUB_VARIABLE.matcher(text);
      while (matcher.find()) {
        expected.add(matcher.group(1));
      }
      assertThat(DependencyCycles.subVariables(text)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void findsEveryCycleAndSelfLoopSortedAndNothingElse() {
    Map<String, Set<String>> edges = new TreeMap<>();
    edges.put("Alpha", Set.of("Beta"));
    edges.put("Beta", Set.of("Gamma", "Solo"));
    edges.put("Gamma", Set.of("Alpha"));
    edges.put("Solo", Set.of());
    edges.put("Self", Set.of("Self"));
    edges.put("Zed", Set.of("Yak"));
    edges.put("Yak", Set.of("Zed", "Alpha"));
    assertThat(DependencyCycles.cycles(edges))
        .containsExactly(List.of("Alpha", "Beta", "Gamma"), List.of("Self"), List.of("Yak", "Zed"));
  }

  @Test
  void aLongChainIsWalkedWithoutRecursion() {
    Map<String, Set<String>> chain = new HashMap<>();
    int length = 200_000;
    for (int i = 0; i < length; i++) {
      chain.put("R" + i, i + 1 < length ? Set.of("R" + (i + 1)) : Set.of("R0"));
    }
    List<List<String>> cycles = DependencyCycles.cycles(chain);
    assertThat(cycles).hasSize(1);
    assertThat(cycles.get(0)).hasSize(length);
    chain.put("R" + (length - 1), Set.of());
    assertThat(DependencyCycles.cycles(chain)).isEmpty();
  }
}
