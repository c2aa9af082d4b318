package dev.formwork.schema.node;

import dev.formwork.schema.diag.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML mapping with string keys, in source order; each entry keeps the position of its key. */
public record MapNode(Map<String, Entry> entries, SourceLocation location) implements ConfigNode {

  /** One {@code key: value} pair. */
  public record Entry(String key, SourceLocation keyLocation, ConfigNode value) {}

  public MapNode {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  public static MapNode of(List<Entry> entries, SourceLocation location) {
    Map<String, Entry> map = new LinkedHashMap<>();
    for (Entry entry : entries) {
      map.put(entry.key(), entry);
    }
    return new MapNode(map, location);
  }

  public Optional<ConfigNode> get(String key) {
    Entry entry = entries.get(key);
    return entry == null ? Optional.empty() : Optional.of(entry.value());
  }

  public Optional<Entry> entry(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public int size() {
    return entries.size();
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
