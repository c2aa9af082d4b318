package dev.formwork.schema.json;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** A JSON object whose keys are always kept sorted, so that it serialises deterministically. */
public final class JsonObject implements JsonValue {

  public static final JsonObject EMPTY = new JsonObject(new TreeMap<>());

  private final SortedMap<String, JsonValue> members;

  private JsonObject(SortedMap<String, JsonValue> members) {
    this.members = Collections.unmodifiableSortedMap(members);
  }

  public static JsonObject of(Map<String, ? extends JsonValue> members) {
    return new JsonObject(new TreeMap<>(members));
  }

  public static JsonObject of(String key, JsonValue value) {
    TreeMap<String, JsonValue> map = new TreeMap<>();
    map.put(key, value);
    return new JsonObject(map);
  }

  public static Builder builder() {
    return new Builder();
  }

  public SortedMap<String, JsonValue> members() {
    return members;
  }

  public Optional<JsonValue> get(String key) {
    return Optional.ofNullable(members.get(key));
  }

  public boolean has(String key) {
    return members.containsKey(key);
  }

  public int size() {
    return members.size();
  }

  /** A copy with one member set (replacing any existing one). */
  public JsonObject with(String key, JsonValue value) {
    TreeMap<String, JsonValue> copy = new TreeMap<>(members);
    copy.put(key, value);
    return new JsonObject(copy);
  }

  /** A copy without one member. */
  public JsonObject without(String key) {
    TreeMap<String, JsonValue> copy = new TreeMap<>(members);
    copy.remove(key);
    return new JsonObject(copy);
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.members.putAll(members);
    return builder;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonObject object && object.members.equals(members);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  @Override
  public String toString() {
    return JsonWriter.compact(this);
  }

  /** Builds an object member by member; optional members are skipped when empty. */
  public static final class Builder {
    private final TreeMap<String, JsonValue> members = new TreeMap<>();

    public Builder put(String key, JsonValue value) {
      members.put(key, value);
      return this;
    }

    public Builder put(String key, String value) {
      return put(key, new JsonString(value));
    }

    public Builder put(String key, long value) {
      return put(key, JsonNumber.of(value));
    }

    public Builder put(String key, boolean value) {
      return put(key, JsonValue.of(value));
    }

    /**
     * Puts the value when present, as {@link #put} would: a {@link JsonValue}, a {@code String}, an
     * integral number or a {@code Boolean}; anything else is a bug. (One line where {@code
     * value.ifPresent(v -> put(key, v))} would link a lambda on every compile: see "Start-up" in
     * docs/architecture.md.)
     */
    public Builder putIfPresent(String key, Optional<?> value) {
      if (value.isEmpty()) {
        return this;
      }
      Object present = value.get();
      if (present instanceof JsonValue json) {
        return put(key, json);
      }
      if (present instanceof String text) {
        return put(key, text);
      }
      if (present instanceof Boolean bool) {
        return put(key, bool.booleanValue());
      }
      if (present instanceof Integer || present instanceof Long || present instanceof Short) {
        return put(key, ((Number) present).longValue());
      }
      throw new IllegalArgumentException(
          key + " is not a JSON value: " + present.getClass().getSimpleName());
    }

    public boolean has(String key) {
      return members.containsKey(key);
    }

    public Optional<JsonValue> get(String key) {
      return Optional.ofNullable(members.get(key));
    }

    public Builder remove(String key) {
      members.remove(key);
      return this;
    }

    public boolean isEmpty() {
      return members.isEmpty();
    }

    public JsonObject build() {
      return new JsonObject(new TreeMap<>(members));
    }
  }
}
