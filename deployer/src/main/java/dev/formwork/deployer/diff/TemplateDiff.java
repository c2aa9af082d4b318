package dev.formwork.deployer.diff;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The difference between the deployed template and a local one, for reviewers: resource by resource
 * (added, removed, changed with each changed property path and its old and new value), then
 * outputs. Both sides are deterministic JSON models, so the result does not depend on key order.
 */
public record TemplateDiff(List<Entry> resources, List<Entry> outputs) {

  /** What happened to one resource or output. */
  public enum Kind {
    ADDED("+"),
    REMOVED("-"),
    CHANGED("~");

    private final String symbol;

    Kind(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /**
   * One changed value below a resource or output: a dotted path and the compact JSON on each side.
   */
  public record PropertyChange(String path, Optional<String> before, Optional<String> after) {}

  /** One resource or output that differs; {@code type} is the resource type (empty for outputs). */
  public record Entry(Kind kind, String id, String type, List<PropertyChange> changes) {}

  private static final int MAX_VALUE_CHARS = 160;

  public static TemplateDiff between(JsonObject deployed, JsonObject local) {
    return new TemplateDiff(
        section(deployed, local, "Resources", true), section(deployed, local, "Outputs", false));
  }

  public boolean isEmpty() {
    return resources.isEmpty() && outputs.isEmpty();
  }

  private static List<Entry> section(
      JsonObject deployed, JsonObject local, String name, boolean typed) {
    JsonObject before = object(deployed.get(name));
    JsonObject after = object(local.get(name));
    TreeSet<String> ids = new TreeSet<>(before.members().keySet());
    ids.addAll(after.members().keySet());
    List<Entry> entries = new ArrayList<>();
    for (String id : ids) {
      Optional<JsonValue> old = before.get(id);
      Optional<JsonValue> now = after.get(id);
      String type = typed ? type(now.or(() -> old)) : "";
      if (old.isEmpty()) {
        entries.add(new Entry(Kind.ADDED, id, type, List.of()));
      } else if (now.isEmpty()) {
        entries.add(new Entry(Kind.REMOVED, id, type, List.of()));
      } else if (!old.get().equals(now.get())) {
        List<PropertyChange> changes = new ArrayList<>();
        compare("", old.get(), now.get(), changes);
        entries.add(new Entry(Kind.CHANGED, id, type, changes));
      }
    }
    return entries;
  }

  /** Recurses into objects so a reviewer sees the leaf that changed; arrays are compared whole. */
  private static void compare(
      String path, JsonValue before, JsonValue after, List<PropertyChange> out) {
    if (before.equals(after)) {
      return;
    }
    if (before instanceof JsonObject b && after instanceof JsonObject a) {
      TreeSet<String> keys = new TreeSet<>(b.members().keySet());
      keys.addAll(a.members().keySet());
      for (String key : keys) {
        String child = path.isEmpty() ? key : path + "." + key;
        Optional<JsonValue> old = b.get(key);
        Optional<JsonValue> now = a.get(key);
        if (old.isEmpty() || now.isEmpty()) {
          out.add(
              new PropertyChange(child, old.map(TemplateDiff::show), now.map(TemplateDiff::show)));
        } else {
          compare(child, old.get(), now.get(), out);
        }
      }
      return;
    }
    out.add(
        new PropertyChange(
            path.isEmpty() ? "(value)" : path,
            Optional.of(show(before)),
            Optional.of(show(after))));
  }

  private static String show(JsonValue value) {
    String text = JsonWriter.compact(value);
    return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS - 3) + "...";
  }

  private static JsonObject object(Optional<JsonValue> value) {
    return value.isPresent() && value.get() instanceof JsonObject o ? o : JsonObject.EMPTY;
  }

  private static String type(Optional<JsonValue> resource) {
    if (resource.isPresent()
        && resource.get() instanceof JsonObject o
        && o.get("Type").orElse(null) instanceof JsonString t) {
      return t.value();
    }
    return "";
  }

  /** Readable lines: one per resource or output, and an indented line per changed property. */
  public List<String> render() {
    List<String> lines = new ArrayList<>();
    if (isEmpty()) {
      lines.add("No differences between the deployed and the local template.");
      return lines;
    }
    if (!resources.isEmpty()) {
      lines.add("Resources:");
      renderEntries(resources, lines);
    }
    if (!outputs.isEmpty()) {
      lines.add("Outputs:");
      renderEntries(outputs, lines);
    }
    return lines;
  }

  private static void renderEntries(List<Entry> entries, List<String> lines) {
    for (Entry entry : entries) {
      lines.add(
          "  "
              + entry.kind().symbol()
              + " "
              + entry.id()
              + (entry.type().isEmpty() ? "" : " (" + entry.type() + ")"));
      for (PropertyChange change : entry.changes()) {
        lines.add(
            "      "
                + change.path()
                + ": "
                + change.before().orElse("(absent)")
                + " -> "
                + change.after().orElse("(absent)")
                + (change.path().equals("Type") ? "  (a new type replaces the resource)" : ""));
      }
    }
  }
}
