package dev.formwork.compiler.source;

import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reduces a node tree to plain maps, lists and "KIND:text" strings, to compare structure without
 * locations.
 */
final class Shapes {

  private Shapes() {}

  static Object of(ConfigNode node) {
    if (node instanceof MapNode map) {
      Map<String, Object> shape = new LinkedHashMap<>();
      map.entries().forEach((key, entry) -> shape.put(key, of(entry.value())));
      return shape;
    }
    if (node instanceof ListNode list) {
      List<Object> shape = new ArrayList<>();
      list.items().forEach(item -> shape.add(of(item)));
      return shape;
    }
    ScalarNode scalar = (ScalarNode) node;
    return scalar.kind() + ":" + scalar.text();
  }
}
