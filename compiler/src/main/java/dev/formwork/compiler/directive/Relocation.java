package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.DeferredNode;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/** Moves nodes to the position of the directive string they replace. */
final class Relocation {

  private Relocation() {}

  /** The same node with only its own location changed; children keep theirs. */
  static ConfigNode top(ConfigNode node, SourceLocation location) {
    if (node instanceof MapNode map) {
      return new MapNode(map.entries(), location);
    }
    if (node instanceof ListNode list) {
      return new ListNode(list.items(), location);
    }
    if (node instanceof DeferredNode deferred) {
      return new DeferredNode(deferred.call(), location);
    }
    ScalarNode scalar = (ScalarNode) node;
    return new ScalarNode(scalar.text(), scalar.kind(), location);
  }

  /** The same tree with every node (and map key) located at {@code location}. */
  static ConfigNode all(ConfigNode node, SourceLocation location) {
    if (node instanceof MapNode map) {
      List<MapNode.Entry> entries = new ArrayList<>();
      map.entries()
          .values()
          .forEach(
              entry ->
                  entries.add(
                      new MapNode.Entry(entry.key(), location, all(entry.value(), location))));
      return MapNode.of(entries, location);
    }
    if (node instanceof ListNode list) {
      List<ConfigNode> items = new ArrayList<>();
      list.items().forEach(item -> items.add(all(item, location)));
      return new ListNode(items, location);
    }
    return top(node, location);
  }
}
