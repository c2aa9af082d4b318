package dev.formwork.schema.node;

import dev.formwork.schema.diag.SourceLocation;
import java.util.List;

/** A YAML sequence. */
public record ListNode(List<ConfigNode> items, SourceLocation location) implements ConfigNode {
  public ListNode {
    items = List.copyOf(items);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
