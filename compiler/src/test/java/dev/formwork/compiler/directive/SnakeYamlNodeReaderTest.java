package dev.formwork.compiler.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The default YAML reader behind $File('*.yml'): located core-schema scalars, and no hang or
 * overflow on hostile input (reference/failure-modes.md A.1-A.5).
 */
class SnakeYamlNodeReaderTest {

  @Test
  void scalarsKeepTheirTextKindAndPosition() {
    var root =
        (dev.formwork.schema.node.MapNode)
            SnakeYamlNodeReader.read("f.yml", "a: 3.10\nb: no\nc: ~\n").orElseThrow();
    assertEquals(
        new ScalarNode("3.10", ScalarKind.FLOAT, new SourceLocation("f.yml", 1, 4)),
        root.get("a").orElseThrow());
    assertEquals(ScalarKind.STRING, ((ScalarNode) root.get("b").orElseThrow()).kind());
    assertEquals(ScalarKind.NULL, ((ScalarNode) root.get("c").orElseThrow()).kind());
  }

  @Test
  void recursiveAliasIsRejectedInsteadOfLooping() {
    assertEquals(Optional.empty(), SnakeYamlNodeReader.read("f.yml", "a: &a [1, *a]\n"));
  }

  @Test
  void aliasBombAndDeepNestingAreRejected() {
    StringBuilder bomb = new StringBuilder("l0: &l0 [x, x]\n");
    for (int i = 1; i <= 24; i++) {
      bomb.append("l")
          .append(i)
          .append(": &l")
          .append(i)
          .append(" [*l")
          .append(i - 1)
          .append(", *l")
          .append(i - 1)
          .append("]\n");
    }
    assertEquals(Optional.empty(), SnakeYamlNodeReader.read("f.yml", bomb.toString()));
    assertEquals(
        Optional.empty(), SnakeYamlNodeReader.read("f.yml", "[".repeat(100) + "]".repeat(100)));
  }

  @Test
  void invalidYamlAndNonStringKeysAreRejected() {
    assertEquals(Optional.empty(), SnakeYamlNodeReader.read("f.yml", "a: [1,\n"));
    assertEquals(Optional.empty(), SnakeYamlNodeReader.read("f.yml", "? [a, b]\n: v\n"));
  }
}
