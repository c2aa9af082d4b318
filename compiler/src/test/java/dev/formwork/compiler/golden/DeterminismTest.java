package dev.formwork.compiler.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.compiler.source.YamlLimits;
import dev.formwork.compiler.source.YamlSourceLoader;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.DeferredNode;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property tests for deterministic output: for every golden case that compiles, compiling twice
 * gives identical bytes, and so does compiling the same config with every mapping's keys (and every
 * `events` list) in a random order, for several seeds.
 */
class DeterminismTest {

  private static final int SEEDS = 8;

  @TestFactory
  Stream<DynamicTest> sameInputSameBytesWhateverTheKeyOrder() {
    return GoldenCases.all().stream()
        .filter(golden -> Files.exists(golden.expectedTemplate()))
        .map(golden -> DynamicTest.dynamicTest(golden.name(), () -> check(golden)));
  }

  private static void check(GoldenCase golden) throws Exception {
    String first = golden.compile().template().orElseThrow();
    assertEquals(first, golden.compile().template().orElseThrow(), "second compile differs");
    byte[] original = Files.readAllBytes(golden.config());
    MapNode root =
        new YamlSourceLoader(YamlLimits.defaults())
            .load("formwork.yml", original)
            .root()
            .orElseThrow();
    for (int seed = 1; seed <= SEEDS; seed++) {
      String shuffled = emit(root, new Random(seed), false);
      Path copy = golden.folder().resolve(".shuffled-" + seed + ".yml");
      try {
        Files.writeString(copy, shuffled, StandardCharsets.UTF_8);
        GoldenCase variant =
            new GoldenCase(golden.name(), golden.folder(), copy, golden.expectedFolder());
        assertEquals(
            first,
            variant.compile().template().orElseThrow(),
            "seed " + seed + " changed the template:\n" + shuffled);
      } finally {
        Files.deleteIfExists(copy);
      }
    }
  }

  /**
   * Writes a node tree as JSON (valid YAML) with shuffled mapping keys and shuffled `events` lists.
   */
  static String emit(ConfigNode node, Random random, boolean shuffleList) {
    if (node instanceof MapNode map) {
      List<MapNode.Entry> entries = new ArrayList<>(map.entries().values());
      Collections.shuffle(entries, random);
      StringBuilder out = new StringBuilder("{");
      for (int i = 0; i < entries.size(); i++) {
        MapNode.Entry entry = entries.get(i);
        out.append(i == 0 ? "" : ", ")
            .append(JsonWriter.quote(entry.key()))
            .append(": ")
            .append(emit(entry.value(), random, entry.key().equals("events")));
      }
      return out.append('}').toString();
    }
    if (node instanceof ListNode list) {
      List<ConfigNode> items = new ArrayList<>(list.items());
      if (shuffleList) {
        Collections.shuffle(items, random);
      }
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < items.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(emit(items.get(i), random, false));
      }
      return out.append(']').toString();
    }
    if (node instanceof DeferredNode) {
      throw new IllegalStateException("the loader never produces deferred nodes");
    }
    ScalarNode scalar = (ScalarNode) node;
    return scalar.kind() == ScalarKind.STRING
        ? JsonWriter.quote(scalar.text())
        : scalar.text().isEmpty() ? "null" : scalar.text();
  }
}
