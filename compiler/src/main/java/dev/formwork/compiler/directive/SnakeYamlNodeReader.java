package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A small YAML 1.2 (core schema) reader producing located config nodes, used by {@link
 * RealDirectiveHost} for $File('*.yml') until the compiler's own loader is wired in, and by tests.
 * It refuses what it cannot represent safely: non-string keys, deep nesting, alias bombs.
 */
public final class SnakeYamlNodeReader {

  private static final int MAX_DEPTH = 64;
  private static final int MAX_NODES = 1_000_000;

  private int nodes;

  private SnakeYamlNodeReader() {}

  /**
   * The document as nodes, or empty when the text is not a single valid, representable document.
   */
  public static Optional<ConfigNode> read(String fileLabel, String text) {
    LoadSettings settings =
        LoadSettings.builder().setLabel(fileLabel).setSchema(new CoreSchema()).build();
    try {
      Optional<Node> document = new Compose(settings).composeString(text);
      if (document.isEmpty()) {
        return Optional.of(
            new ScalarNode("null", ScalarKind.NULL, new SourceLocation(fileLabel, 1, 1)));
      }
      return new SnakeYamlNodeReader().convert(document.get(), fileLabel, 0);
    } catch (YamlEngineException invalid) {
      return Optional.empty();
    }
  }

  private Optional<ConfigNode> convert(Node node, String file, int depth) {
    if (depth > MAX_DEPTH || ++nodes > MAX_NODES) {
      return Optional.empty();
    }
    SourceLocation location = location(node, file);
    if (node instanceof MappingNode mapping) {
      List<MapNode.Entry> entries = new ArrayList<>();
      for (NodeTuple tuple : mapping.getValue()) {
        if (!(tuple.getKeyNode() instanceof org.snakeyaml.engine.v2.nodes.ScalarNode key)) {
          return Optional.empty();
        }
        Optional<ConfigNode> value = convert(tuple.getValueNode(), file, depth + 1);
        if (value.isEmpty()) {
          return Optional.empty();
        }
        entries.add(new MapNode.Entry(key.getValue(), location(key, file), value.get()));
      }
      return Optional.of(MapNode.of(entries, location));
    }
    if (node instanceof SequenceNode sequence) {
      List<ConfigNode> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        Optional<ConfigNode> value = convert(item, file, depth + 1);
        if (value.isEmpty()) {
          return Optional.empty();
        }
        items.add(value.get());
      }
      return Optional.of(new ListNode(items, location));
    }
    var scalar = (org.snakeyaml.engine.v2.nodes.ScalarNode) node;
    return Optional.of(new ScalarNode(scalar.getValue(), kind(scalar.getTag()), location));
  }

  private static ScalarKind kind(Tag tag) {
    if (tag.equals(Tag.INT)) {
      return ScalarKind.INTEGER;
    }
    if (tag.equals(Tag.FLOAT)) {
      return ScalarKind.FLOAT;
    }
    if (tag.equals(Tag.BOOL)) {
      return ScalarKind.BOOLEAN;
    }
    if (tag.equals(Tag.NULL)) {
      return ScalarKind.NULL;
    }
    return ScalarKind.STRING;
  }

  private static SourceLocation location(Node node, String file) {
    Optional<Mark> mark = node.getStartMark();
    return mark.map(m -> new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1))
        .orElse(new SourceLocation(file, 0, 0));
  }
}
