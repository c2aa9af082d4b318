package dev.formwork.schema.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A path into the config tree, such as {@code resources.api.properties.events[0]}. Segments are map
 * keys (String) or list indexes (Integer). Immutable.
 */
public final class ConfigPath implements Comparable<ConfigPath> {

  public static final ConfigPath ROOT = new ConfigPath(List.of());

  private final List<Object> segments;

  private ConfigPath(List<Object> segments) {
    this.segments = segments;
  }

  /** Builds a path from keys and indexes, e.g. {@code ConfigPath.of("resources", "api")}. */
  public static ConfigPath of(Object... segments) {
    ConfigPath path = ROOT;
    for (Object segment : segments) {
      path = segment instanceof Integer index ? path.index(index) : path.key(segment.toString());
    }
    return path;
  }

  public ConfigPath key(String key) {
    return append(key);
  }

  public ConfigPath index(int index) {
    return append(index);
  }

  private ConfigPath append(Object segment) {
    List<Object> next = new ArrayList<>(segments.size() + 1);
    next.addAll(segments);
    next.add(segment);
    return new ConfigPath(Collections.unmodifiableList(next));
  }

  public List<Object> segments() {
    return segments;
  }

  public boolean isRoot() {
    return segments.isEmpty();
  }

  public int size() {
    return segments.size();
  }

  /** The last segment as text ({@code ""} for the root). */
  public String lastKey() {
    return segments.isEmpty() ? "" : String.valueOf(segments.get(segments.size() - 1));
  }

  public boolean startsWith(ConfigPath prefix) {
    return prefix.segments.size() <= segments.size()
        && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
  }

  @Override
  public String toString() {
    if (segments.isEmpty()) {
      return "(root)";
    }
    StringBuilder text = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(segment);
      }
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConfigPath path && path.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  @Override
  public int compareTo(ConfigPath other) {
    int shared = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < shared; i++) {
      Object a = segments.get(i);
      Object b = other.segments.get(i);
      int order;
      if (a instanceof Integer x && b instanceof Integer y) {
        order = Integer.compare(x, y);
      } else {
        order = a.toString().compareTo(b.toString());
      }
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }
}
