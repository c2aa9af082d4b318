package dev.formwork.compiler.split;

import dev.formwork.compiler.template.Template;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The templates of a compiled app: the root template, and for a split app the nested templates by
 * the logical ID of their stack resource in the root, with the stack of every unit.
 *
 * @param stackOfUnit the nested stack of each unit that is not in the root, by unit (config
 *     resource) name; empty when the app is not split
 */
public record StackSplit(
    Template root,
    SortedMap<String, NestedTemplate> nested,
    SortedMap<String, String> stackOfUnit) {

  public StackSplit {
    nested = Collections.unmodifiableSortedMap(new TreeMap<>(nested));
    stackOfUnit = Collections.unmodifiableSortedMap(new TreeMap<>(stackOfUnit));
  }

  /** An app in one template. */
  public static StackSplit unsplit(Template template) {
    return new StackSplit(template, new TreeMap<>(), new TreeMap<>());
  }

  public boolean isSplit() {
    return !nested.isEmpty();
  }
}
