package dev.formwork.schema.node;

import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.diag.SourceMap;

/**
 * Locates config paths in a node tree by walking it: a map entry is located at its key, a list item
 * at the item. A path that goes further than the tree is located at the deepest node it reaches.
 */
public final class NodeSourceMap implements SourceMap {

  private final ConfigNode root;

  public NodeSourceMap(ConfigNode root) {
    this.root = root;
  }

  @Override
  public SourceLocation locateValue(ConfigPath path) {
    ConfigNode node = root;
    for (Object segment : path.segments()) {
      if (node instanceof MapNode map && segment instanceof String key && map.has(key)) {
        node = map.get(key).orElseThrow();
      } else if (node instanceof ListNode list
          && segment instanceof Integer index
          && index >= 0
          && index < list.items().size()) {
        node = list.items().get(index);
      } else {
        return locate(path);
      }
    }
    return node.location().isKnown() ? node.location() : locate(path);
  }

  @Override
  public SourceLocation locate(ConfigPath path) {
    ConfigNode node = root;
    SourceLocation best = root.location();
    for (Object segment : path.segments()) {
      if (node instanceof MapNode map && segment instanceof String key && map.has(key)) {
        MapNode.Entry entry = map.entry(key).orElseThrow();
        best = entry.keyLocation();
        node = entry.value();
      } else if (node instanceof ListNode list
          && segment instanceof Integer index
          && index >= 0
          && index < list.items().size()) {
        node = list.items().get(index);
        best = node.location();
      } else {
        break;
      }
    }
    return best;
  }
}
