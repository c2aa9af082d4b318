package dev.formwork.schema.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.model.FormworkConfig;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The generated model index holds exactly what the annotations say, for every record and union of
 * the config model (checked against the same text written from the annotations by reflection, and
 * against the shapes built from the annotations), and values that need escaping survive.
 */
class ModelIndexTest {

  /** Values that need escaping in the index, in every kind of rule. */
  record Tricky(
      @Default("tab\there, line\nbreak, back\\slash") @Pattern(regex = "\\d+\t", meaning = "-")
          String text,
      @Range(min = 1) int atLeastOne,
      @Range(max = 2.5) double atMostTwoAndAHalf,
      @KeyPattern(regex = "[a-z]+", maxLength = 64, meaning = "lower-case") Map<String, Nested> map,
      @YamlName("yaml-name") @Required String renamed,
      @NotSupported("Use x=y instead.") Optional<String> unsupported,
      @NoEffect("Lambda\tdecides.") Optional<String> ignored,
      @Default("") List<Choice> empty) {}

  /** A record only reachable through a map, which a plain string may stand for. */
  @ScalarShorthand("value")
  record Nested(String value) {}

  /** A union with a variant and an unsupported tag. */
  @Union(
      discriminator = "kind",
      variants = {@Variant(name = "one", type = One.class)},
      notSupported = {"two", "-"})
  sealed interface Choice permits One {}

  /** The union's one variant. */
  record One(String value) implements Choice {}

  @Test
  void theGeneratedIndexHoldsWhatTheAnnotationsSay() {
    Annotated model = Annotated.from(FormworkConfig.class);
    assertThat(model.records).hasSizeGreaterThan(100);
    assertThat(model.unions).hasSizeGreaterThanOrEqualTo(7);
    GeneratedModelIndex generated = new GeneratedModelIndex();
    model.records.forEach(
        (name, text) -> assertThat(generated.record(name)).as(name).isEqualTo(text));
    model.unions.forEach(
        (name, text) -> assertThat(generated.union(name)).as(name).isEqualTo(text));
    assertBindsAsTheAnnotations(new ModelIndex(generated), model);
  }

  @Test
  void escapedValuesAndEveryKindOfRuleSurvive() {
    Annotated tricky = Annotated.from(Tricky.class);
    assertThat(tricky.records).hasSize(3);
    assertBindsAsTheAnnotations(new ModelIndex(tricky), tricky);
  }

  @Test
  void whatTheIndexLacksIsReadFromTheAnnotations() {
    ModelIndex empty = new ModelIndex(Annotated.from(Nested.class));
    assertThat(empty.record(Tricky.class)).isEmpty();
    assertThat(empty.union(Choice.class)).isEqualTo(UnionShape.annotated(Choice.class));
  }

  private static void assertBindsAsTheAnnotations(ModelIndex index, Annotated model) {
    for (String name : model.records.keySet()) {
      Class<?> type = load(name);
      assertThat(RecordShape.indexed(type, index.record(type).orElseThrow()))
          .as(name)
          .isEqualTo(RecordShape.annotated(type));
    }
    for (String name : model.unions.keySet()) {
      Class<?> type = load(name);
      assertThat(index.union(type)).as(name).isEqualTo(UnionShape.annotated(type));
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * The index text as the processor must write it, from the annotations read by reflection: every
   * record and union reachable from a root.
   */
  private static final class Annotated implements ModelIndex.Data {
    final Map<String, String> records = new TreeMap<>();
    final Map<String, String> unions = new TreeMap<>();

    static Annotated from(Class<?> root) {
      Annotated model = new Annotated();
      model.visit(root);
      return model;
    }

    @Override
    public String record(String type) {
      return records.get(type);
    }

    @Override
    public String union(String type) {
      return unions.get(type);
    }

    private void visit(Type type) {
      if (type instanceof ParameterizedType parameterized) {
        for (Type argument : parameterized.getActualTypeArguments()) {
          visit(argument);
        }
      } else if (type instanceof Class<?> raw && raw.isRecord()) {
        if (!records.containsKey(raw.getName())) {
          records.put(raw.getName(), recordText(raw));
          for (RecordComponent component : raw.getRecordComponents()) {
            visit(component.getGenericType());
          }
        }
      } else if (type instanceof Class<?> raw
          && !unions.containsKey(raw.getName())
          && UnionShape.annotated(raw).isPresent()) {
        UnionShape union = UnionShape.annotated(raw).get();
        StringBuilder text = new StringBuilder();
        line(text, List.of("discriminator", union.discriminator()));
        union.variants().forEach(v -> line(text, List.of("variant", v.name(), v.type().getName())));
        union.notSupported().forEach(tag -> line(text, List.of("unsupported", tag)));
        unions.put(raw.getName(), text.toString());
        union.variants().forEach(variant -> visit(variant.type()));
      }
    }

    private static String recordText(Class<?> type) {
      StringBuilder text = new StringBuilder();
      RecordShape shape = RecordShape.annotated(type);
      RecordComponent[] components = type.getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        Property property = shape.properties().get(i);
        List<String> fields = new ArrayList<>(List.of("property", components[i].getName()));
        if (!property.name().equals(components[i].getName())) {
          fields.add("yaml=" + property.name());
        }
        property.defaultText().ifPresent(value -> fields.add("default=" + value));
        property.range().ifPresent(range -> fields.add("min=" + range.min()));
        property.range().ifPresent(range -> fields.add("max=" + range.max()));
        property.pattern().ifPresent(pattern -> fields.add("pattern=" + pattern.regex()));
        property.pattern().ifPresent(pattern -> fields.add("meaning=" + pattern.meaning()));
        property.keyPattern().ifPresent(keys -> fields.add("keys=" + keys.regex()));
        property.keyPattern().ifPresent(keys -> fields.add("maxLength=" + keys.maxLength()));
        property.keyPattern().ifPresent(keys -> fields.add("keyMeaning=" + keys.meaning()));
        if (property.required()) {
          fields.add("required=");
        }
        property.notSupported().ifPresent(why -> fields.add("notSupported=" + why));
        property.noEffect().ifPresent(why -> fields.add("noEffect=" + why));
        line(text, fields);
      }
      shape.shorthand().ifPresent(property -> line(text, List.of("shorthand", property)));
      return text.toString();
    }

    private static void line(StringBuilder text, List<String> fields) {
      for (int i = 0; i < fields.size(); i++) {
        String escaped =
            fields
                .get(i)
                .replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
        text.append(i == 0 ? "" : "\t").append(escaped);
      }
      text.append('\n');
    }
  }
}
