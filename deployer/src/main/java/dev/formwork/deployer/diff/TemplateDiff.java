package dev.formwork.deployer.diff;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The difference between the deployed template and a local one, for reviewers: resource by resource
 * (added, removed, changed with each changed property path and its old and new value, and whether
 * the change replaces the resource), then outputs. Both sides are deterministic JSON models, so the
 * result does not depend on key order.
 */
public record TemplateDiff(List<Entry> resources, List<Entry> outputs) {

  /** What happened to one resource or output. */
  public enum Kind {
    ADDED("+", "add"),
    REMOVED("-", "remove"),
    CHANGED("~", "modify");

    private final String symbol;
    private final String verb;

    Kind(String symbol, String verb) {
      this.symbol = symbol;
      this.verb = verb;
    }

    public String symbol() {
      return symbol;
    }

    /** The word for it in {@code --output json}. */
    public String verb() {
      return verb;
    }
  }

  /**
   * One changed value below a resource or output: a dotted path, the value on each side, and
   * whether CloudFormation replaces the resource for it ({@link Replacements}).
   */
  public record PropertyChange(
      String path,
      Optional<JsonValue> before,
      Optional<JsonValue> after,
      boolean forcesReplacement) {}

  /** One resource or output that differs; {@code type} is the resource type (empty for outputs). */
  public record Entry(Kind kind, String id, String type, List<PropertyChange> changes) {

    /** The changed properties that make CloudFormation replace the resource. */
    public Set<String> replacedBy() {
      Set<String> forcing = new TreeSet<>();
      changes.stream()
          .filter(PropertyChange::forcesReplacement)
          .forEach(
              change ->
                  forcing.add(
                      change.path().replaceFirst("^Properties\\.", "").split("\\.", -1)[0]));
      return forcing;
    }
  }

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
        compare("", old.get(), now.get(), changes, typed ? type : null);
        entries.add(new Entry(Kind.CHANGED, id, type, changes));
      }
    }
    return entries;
  }

  /** Recurses into objects so a reviewer sees the leaf that changed; arrays are compared whole. */
  private static void compare(
      String path, JsonValue before, JsonValue after, List<PropertyChange> out, String type) {
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
          out.add(new PropertyChange(child, old, now, forces(type, child)));
        } else {
          compare(child, old.get(), now.get(), out, type);
        }
      }
      return;
    }
    String at = path.isEmpty() ? "(value)" : path;
    out.add(new PropertyChange(at, Optional.of(before), Optional.of(after), forces(type, at)));
  }

  /** Resource properties live under {@code Properties.}; a new {@code Type} replaces too. */
  private static boolean forces(String type, String path) {
    if (type == null) {
      return false;
    }
    if (path.equals("Type")) {
      return true;
    }
    return path.startsWith("Properties.")
        && Replacements.forces(type, path.substring("Properties.".length()));
  }

  static String show(JsonValue value) {
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

  /** Readable lines in CloudFormation terms only. */
  public List<String> render() {
    return render(ConfigLabels.NONE);
  }

  /**
   * Readable lines: one per resource or output (with the config resource that produced it), an
   * indented line per changed property (with its config property), and for a replacement the
   * properties that force it.
   */
  public List<String> render(ConfigLabels labels) {
    List<String> lines = new ArrayList<>();
    if (isEmpty()) {
      lines.add("No differences between the deployed and the local template.");
      return lines;
    }
    if (!resources.isEmpty()) {
      lines.add("Resources:");
      renderEntries(resources, lines, labels);
    }
    if (!outputs.isEmpty()) {
      lines.add("Outputs:");
      renderEntries(outputs, lines, ConfigLabels.NONE);
    }
    return lines;
  }

  private static void renderEntries(List<Entry> entries, List<String> lines, ConfigLabels labels) {
    for (Entry entry : entries) {
      Set<String> forcing = entry.replacedBy();
      lines.add(
          "  "
              + (forcing.isEmpty() ? entry.kind().symbol() : "!")
              + " "
              + entry.id()
              + (entry.type().isEmpty() ? "" : " (" + entry.type() + ")")
              + labels.ownerSuffix(entry.id()));
      for (PropertyChange change : entry.changes()) {
        String path =
            change.path().startsWith("Properties.")
                ? "Properties."
                    + labels.propertyLabel(
                        entry.type(), change.path().substring("Properties.".length()))
                : change.path();
        lines.add(
            "      "
                + path
                + ": "
                + change.before().map(TemplateDiff::show).orElse("(absent)")
                + " -> "
                + change.after().map(TemplateDiff::show).orElse("(absent)"));
      }
      if (!forcing.isEmpty()) {
        lines.add(
            "      replaces the resource: "
                + String.join(", ", forcing)
                + (forcing.contains("Type")
                    ? " (a new type is a new resource)"
                    : " cannot be changed in place"));
        Replacements.consequence(entry.type(), forcing)
            .ifPresent(note -> lines.add("      " + note));
      }
    }
  }
}
