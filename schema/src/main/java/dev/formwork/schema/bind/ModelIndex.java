package dev.formwork.schema.bind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The config model's annotations as the build wrote them ({@code model-index.tsv} next to this
 * class, by {@link ModelIndexWriter}), so binding a config reads no annotation: parsing them and
 * generating their proxy classes was a quarter of a one-function compile. Only an index inside a
 * jar is used: Maven writes a jar in one go, so its index matches its classes, while a classes
 * folder may have been recompiled since (by an IDE); there, the annotations are read. A record or
 * union missing from the index is read from its annotations too.
 *
 * <p>One line per fact, tab-separated, {@code -} for an absent value ({@code \-} for a dash, and
 * {@code \\ \t \n \r} escaped): {@code record CLASS DOC}, then one {@code property NAME YAML_NAME
 * DOC DEFAULT RANGE_MIN RANGE_MAX PATTERN MEANING KEY_PATTERN KEY_MAX_LENGTH KEY_MEANING REQUIRED
 * NOT_SUPPORTED} per component; {@code union INTERFACE DISCRIMINATOR}, then {@code variant NAME
 * CLASS} and {@code unsupported TAG} lines.
 */
final class ModelIndex {

  static final String RESOURCE = "model-index.tsv";
  static final String ABSENT = "-";

  private static final Optional<ModelIndex> CURRENT = fromJar();

  /** A record's documentation and its properties' rules, by Java component name. */
  record IndexedRecord(Optional<String> doc, Map<String, List<String>> properties) {

    /** The property of {@code component}, its rules from the index. */
    Property property(RecordComponent component) {
      List<String> f = properties.get(component.getName());
      if (f == null) {
        throw new IllegalStateException(
            "the model index has no property " + component + "; rebuild the jar");
      }
      Optional<RangeRule> range =
          optional(f.get(4))
              .map(min -> new RangeRule(Double.parseDouble(min), Double.parseDouble(f.get(5))));
      Optional<PatternRule> pattern =
          optional(f.get(6)).map(regex -> new PatternRule(regex, f.get(7)));
      Optional<KeyPatternRule> keys =
          optional(f.get(8))
              .map(regex -> new KeyPatternRule(regex, Integer.parseInt(f.get(9)), f.get(10)));
      return new Property(
          f.get(1),
          component.getGenericType(),
          optional(f.get(2)),
          optional(f.get(3)),
          range,
          pattern,
          keys,
          Boolean.parseBoolean(f.get(11)),
          optional(f.get(12)));
    }
  }

  /** A union as indexed: class names, resolved when first asked for. */
  private record IndexedUnion(
      String discriminator, List<List<String>> variants, List<String> notSupported) {}

  private final Map<String, IndexedRecord> records;
  private final Map<String, IndexedUnion> unions;

  private ModelIndex(Map<String, IndexedRecord> records, Map<String, IndexedUnion> unions) {
    this.records = records;
    this.unions = unions;
  }

  /** The index of the jar this class was loaded from, if it is in a jar that has one. */
  static Optional<ModelIndex> current() {
    return CURRENT;
  }

  private static Optional<ModelIndex> fromJar() {
    URL url = ModelIndex.class.getResource(RESOURCE);
    if (url == null || !url.getProtocol().equals("jar")) {
      return Optional.empty();
    }
    try (InputStream in = url.openStream()) {
      return Optional.of(parse(in));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read the model index " + url, unreadable);
    }
  }

  /** Reads an index as {@link ModelIndexWriter} writes it. */
  static ModelIndex parse(InputStream in) throws IOException {
    Map<String, IndexedRecord> records = new HashMap<>();
    Map<String, IndexedUnion> unions = new HashMap<>();
    Map<String, List<String>> properties = null;
    IndexedUnion union = null;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = fields(line);
      switch (fields.get(0)) {
        case "record" -> {
          properties = new HashMap<>();
          records.put(fields.get(1), new IndexedRecord(optional(fields.get(2)), properties));
        }
        case "property" -> properties.put(fields.get(1), fields.subList(1, fields.size()));
        case "union" -> {
          union = new IndexedUnion(fields.get(2), new ArrayList<>(), new ArrayList<>());
          unions.put(fields.get(1), union);
        }
        case "variant" -> union.variants().add(fields.subList(1, 3));
        case "unsupported" -> union.notSupported().add(fields.get(1));
        default -> throw new IOException("unknown line in the model index: " + line);
      }
    }
    return new ModelIndex(records, unions);
  }

  Optional<IndexedRecord> record(Class<?> type) {
    return Optional.ofNullable(records.get(type.getName()));
  }

  /** The indexed union {@code type} is; else what its annotation says, if it has one. */
  Optional<UnionShape> union(Class<?> type) {
    IndexedUnion indexed = unions.get(type.getName());
    if (indexed == null) {
      return UnionShape.annotated(type);
    }
    List<UnionShape.Member> members = new ArrayList<>();
    for (List<String> variant : indexed.variants()) {
      members.add(new UnionShape.Member(variant.get(0), load(variant.get(1), type)));
    }
    return Optional.of(new UnionShape(indexed.discriminator(), members, indexed.notSupported()));
  }

  private static Class<?> load(String name, Class<?> union) {
    try {
      return Class.forName(name, false, union.getClassLoader());
    } catch (ClassNotFoundException stale) {
      throw new IllegalStateException(
          "the model index names a missing class " + name + "; rebuild the jar", stale);
    }
  }

  private static Optional<String> optional(String field) {
    return field == null ? Optional.empty() : Optional.of(field);
  }

  /** A line's fields, unescaped; an absent value is null. */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    int start = 0;
    while (true) {
      int tab = line.indexOf('\t', start);
      String raw = tab < 0 ? line.substring(start) : line.substring(start, tab);
      fields.add(raw.equals(ABSENT) ? null : unescape(raw));
      if (tab < 0) {
        return fields;
      }
      start = tab + 1;
    }
  }

  /** Escapes a value for one field ({@code null} is absent). */
  static String escape(String value) {
    if (value == null) {
      return ABSENT;
    }
    if (value.equals(ABSENT)) {
      return "\\-";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String unescape(String raw) {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 == raw.length()) {
        out.append(c);
        continue;
      }
      char next = raw.charAt(++i);
      out.append(
          switch (next) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            default -> next;
          });
    }
    return out.toString();
  }
}
