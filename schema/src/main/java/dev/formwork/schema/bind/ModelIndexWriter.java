package dev.formwork.schema.bind;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the {@link ModelIndex}: every record and union reachable from a root record, as its
 * annotations describe them, sorted by class name. The build runs it after compiling this module
 * ({@code ModelIndexWriter CLASSES_FOLDER ROOT_CLASS}, see schema/pom.xml), so the index in the jar
 * always matches the classes beside it.
 */
public final class ModelIndexWriter {

  private ModelIndexWriter() {}

  public static void main(String[] args) throws IOException, ClassNotFoundException {
    Path file =
        Path.of(args[0])
            .resolve(ModelIndexWriter.class.getPackageName().replace('.', '/'))
            .resolve(ModelIndex.RESOURCE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text(Class.forName(args[1])), StandardCharsets.UTF_8);
  }

  /** The index text of everything reachable from {@code root}. */
  static String text(Class<?> root) {
    Map<String, Class<?>> records = new TreeMap<>();
    Map<String, UnionShape> unions = new TreeMap<>();
    visit(root, records, unions);
    StringBuilder out =
        new StringBuilder(
            "# The config model's binding annotations, written by ModelIndexWriter at build time;"
                + " read by ModelIndex.\n");
    records.forEach((name, type) -> writeRecord(RecordShape.annotated(type), out));
    unions.forEach((name, union) -> writeUnion(name, union, out));
    return out.toString();
  }

  private static void visit(
      Type type, Map<String, Class<?>> records, Map<String, UnionShape> unions) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        visit(argument, records, unions);
      }
      return;
    }
    if (!(type instanceof Class<?> raw)) {
      return;
    }
    if (raw.isRecord() && records.put(raw.getName(), raw) == null) {
      for (Property property : RecordShape.annotated(raw).properties()) {
        visit(property.type(), records, unions);
      }
    } else if (raw.isInterface() && !unions.containsKey(raw.getName())) {
      Optional<UnionShape> union = UnionShape.annotated(raw);
      if (union.isPresent()) {
        unions.put(raw.getName(), union.get());
        union.get().variants().forEach(variant -> visit(variant.type(), records, unions));
      }
    }
  }

  private static void writeRecord(RecordShape shape, StringBuilder out) {
    line(out, "record", shape.type().getName(), shape.doc().orElse(null));
    String[] javaNames = new String[shape.properties().size()];
    for (int i = 0; i < javaNames.length; i++) {
      // The component's Java name: the YAML name may differ (see YamlName).
      javaNames[i] = shape.type().getRecordComponents()[i].getName();
    }
    for (int i = 0; i < javaNames.length; i++) {
      Property property = shape.properties().get(i);
      line(
          out,
          "property",
          javaNames[i],
          property.name(),
          property.doc().orElse(null),
          property.defaultText().orElse(null),
          property.range().map(range -> Double.toString(range.min())).orElse(null),
          property.range().map(range -> Double.toString(range.max())).orElse(null),
          property.pattern().map(PatternRule::regex).orElse(null),
          property.pattern().map(PatternRule::meaning).orElse(null),
          property.keyPattern().map(KeyPatternRule::regex).orElse(null),
          property.keyPattern().map(keys -> Integer.toString(keys.maxLength())).orElse(null),
          property.keyPattern().map(KeyPatternRule::meaning).orElse(null),
          Boolean.toString(property.required()),
          property.notSupported().orElse(null));
    }
  }

  private static void writeUnion(String name, UnionShape union, StringBuilder out) {
    line(out, "union", name, union.discriminator());
    for (UnionShape.Member variant : union.variants()) {
      line(out, "variant", variant.name(), variant.type().getName());
    }
    for (String tag : union.notSupported()) {
      line(out, "unsupported", tag);
    }
  }

  private static void line(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      out.append(i == 0 ? "" : "\t").append(ModelIndex.escape(fields[i]));
    }
    out.append('\n');
  }
}
