package dev.formwork.schema.bind;

import java.lang.reflect.RecordComponent;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The config model's binding rules as the build wrote them: {@code GeneratedModelIndex}, written by
 * the annotation processor of the {@code schema-processor} module while this module compiles, so
 * binding a config reads no annotation (parsing them and generating their proxy classes was a
 * quarter of a one-function compile). Only the index of a jar is used: Maven compiles a module in
 * one go, so the index in its jar matches its classes, while a classes folder may have been
 * recompiled since without the processor (by an IDE); there, and for anything the index lacks, the
 * annotations are read. A record's text is parsed when it is first bound.
 *
 * <p>A record's text has one line per component, tab-separated: {@code property JAVA_NAME
 * [KEY=VALUE]...} (keys: {@code yaml default min max pattern meaning keys maxLength keyMeaning
 * required notSupported noEffect}), then {@code shorthand PROPERTY} for a {@code @ScalarShorthand}
 * record; a union's has {@code discriminator NAME}, then {@code variant NAME CLASS} and {@code
 * unsupported TAG} lines. Backslash, tab and line breaks are escaped ({@code \\ \t \n \r}).
 */
final class ModelIndex {

  /** The generated rules: the text of each record and union, by class name, or null. */
  interface Data {
    String record(String type);

    String union(String type);
  }

  private static final Optional<ModelIndex> CURRENT = fromJar();

  /** A record's properties' rules as written, by Java component name. */
  record IndexedRecord(Map<String, Map<String, String>> properties, Optional<String> shorthand) {

    /** The property of {@code component}, its rules from the index. */
    Property property(RecordComponent component) {
      Map<String, String> rules = properties.get(component.getName());
      if (rules == null) {
        throw new IllegalStateException(
            "the model index has no property " + component + "; rebuild the jar");
      }
      Optional<RangeRule> range = Optional.empty();
      if (rules.containsKey("min")) {
        range =
            Optional.of(
                new RangeRule(
                    Double.parseDouble(rules.get("min")), Double.parseDouble(rules.get("max"))));
      }
      Optional<PatternRule> pattern = Optional.empty();
      if (rules.containsKey("pattern")) {
        pattern = Optional.of(new PatternRule(rules.get("pattern"), rules.get("meaning")));
      }
      Optional<KeyPatternRule> keys = Optional.empty();
      if (rules.containsKey("keys")) {
        keys =
            Optional.of(
                new KeyPatternRule(
                    rules.get("keys"),
                    Integer.parseInt(rules.get("maxLength")),
                    rules.get("keyMeaning")));
      }
      return new Property(
          rules.getOrDefault("yaml", component.getName()),
          component.getGenericType(),
          Optional.ofNullable(rules.get("default")),
          range,
          pattern,
          keys,
          rules.containsKey("required"),
          Optional.ofNullable(rules.get("notSupported")),
          Optional.ofNullable(rules.get("noEffect")));
    }
  }

  private final Data data;

  ModelIndex(Data data) {
    this.data = data;
  }

  /** The index of the jar this class was loaded from, if it is in a jar that has one. */
  static Optional<ModelIndex> current() {
    return CURRENT;
  }

  private static Optional<ModelIndex> fromJar() {
    CodeSource source = ModelIndex.class.getProtectionDomain().getCodeSource();
    if (source == null || !source.getLocation().getPath().endsWith(".jar")) {
      return Optional.empty();
    }
    try {
      // By name: a build without the processor (an IDE's) has no generated class.
      Class<?> generated =
          Class.forName(ModelIndex.class.getPackageName() + ".GeneratedModelIndex");
      return Optional.of(new ModelIndex((Data) generated.getDeclaredConstructor().newInstance()));
    } catch (ReflectiveOperationException notGenerated) {
      return Optional.empty();
    }
  }

  Optional<IndexedRecord> record(Class<?> type) {
    String text = data.record(type.getName());
    if (text == null) {
      return Optional.empty();
    }
    Map<String, Map<String, String>> properties = new HashMap<>();
    Optional<String> shorthand = Optional.empty();
    for (List<String> fields : lines(text)) {
      if (fields.get(0).equals("shorthand")) {
        shorthand = Optional.of(fields.get(1));
        continue;
      }
      Map<String, String> rules = new HashMap<>();
      for (String rule : fields.subList(2, fields.size())) {
        int equals = rule.indexOf('=');
        rules.put(rule.substring(0, equals), rule.substring(equals + 1));
      }
      properties.put(fields.get(1), rules);
    }
    return Optional.of(new IndexedRecord(properties, shorthand));
  }

  /** The indexed union {@code type} is; else what its annotation says, if it has one. */
  Optional<UnionShape> union(Class<?> type) {
    String text = data.union(type.getName());
    if (text == null) {
      return UnionShape.annotated(type);
    }
    String discriminator = "";
    List<UnionShape.Member> members = new ArrayList<>();
    List<String> notSupported = new ArrayList<>();
    for (List<String> fields : lines(text)) {
      switch (fields.get(0)) {
        case "discriminator" -> discriminator = fields.get(1);
        case "variant" ->
            members.add(new UnionShape.Member(fields.get(1), load(fields.get(2), type)));
        default -> notSupported.add(fields.get(1));
      }
    }
    return Optional.of(new UnionShape(discriminator, members, notSupported));
  }

  /** The fields of every line, unescaped. */
  private static List<List<String>> lines(String text) {
    List<List<String>> lines = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      lines.add(fields(text.substring(start, end)));
      start = end + 1;
    }
    return lines;
  }

  private static Class<?> load(String name, Class<?> union) {
    try {
      return Class.forName(name, false, union.getClassLoader());
    } catch (ClassNotFoundException stale) {
      throw new IllegalStateException(
          "the model index names a missing class " + name + "; rebuild the jar", stale);
    }
  }

  /** A line's fields, unescaped. */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    int start = 0;
    while (true) {
      int tab = line.indexOf('\t', start);
      fields.add(unescape(tab < 0 ? line.substring(start) : line.substring(start, tab)));
      if (tab < 0) {
        return fields;
      }
      start = tab + 1;
    }
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
      switch (next) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
