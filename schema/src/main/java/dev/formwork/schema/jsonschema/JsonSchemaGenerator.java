package dev.formwork.schema.jsonschema;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.KeyPatternRule;
import dev.formwork.schema.bind.PatternRule;
import dev.formwork.schema.bind.Property;
import dev.formwork.schema.bind.RangeRule;
import dev.formwork.schema.bind.RecordShape;
import dev.formwork.schema.bind.ScalarShorthand;
import dev.formwork.schema.bind.UnionShape;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNull;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.value.TextValue;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Generates the JSON Schema (draft 2020-12) of the config language from the model records and their
 * annotations, accepting what the binder accepts wherever JSON Schema can say so: YAML scalars as
 * the binder reads them, {@code null} for a property that may be left out, and a local directive in
 * place of any typed value. Tagged unions are discriminated with {@code if}/{@code then} on their
 * tag, so an editor offers every tag and applies a variant's rules only once its tag is written.
 */
public final class JsonSchemaGenerator {

  /** A local directive string: it stands for a value of any type. */
  static final String LOCAL_DIRECTIVE = "LocalDirective";

  /** A string property's value: any scalar but a template-time directive. */
  static final String COMPILE_TIME_TEXT = "CompileTimeText";

  /** A number written as a string, as Stacktape accepts it. */
  static final String NUMERIC_STRING = "NumericString";

  /** A {@code TextValue}: any scalar, directives of both kinds included. */
  private static final JsonObject ANY_SCALAR =
      JsonObject.of("type", JsonArray.ofStrings(List.of("string", "number", "boolean")));

  private final Map<String, JsonValue> definitions = new TreeMap<>();

  private JsonSchemaGenerator() {
    definitions.put(
        LOCAL_DIRECTIVE,
        JsonObject.builder()
            .put("type", "string")
            .put("pattern", DirectiveStrings.LOCAL)
            .put(
                "description",
                "A local directive such as $Var().name or $File('settings.json'), replaced by its"
                    + " value before the config is checked.")
            .build());
    definitions.put(
        COMPILE_TIME_TEXT,
        JsonObject.builder()
            .put("type", JsonArray.ofStrings(List.of("string", "number", "boolean")))
            .put("pattern", DirectiveStrings.NOT_TEMPLATE_TIME)
            .put(
                "patternErrorMessage",
                "This value must be known at compile time: template-time directives ($"
                    + String.join("(), $", DirectiveStrings.TEMPLATE_TIME)
                    + "()) are not allowed here; use a literal or a local directive such as"
                    + " $Var() or $File().")
            .build());
    definitions.put(
        NUMERIC_STRING,
        JsonObject.builder()
            .put("type", "string")
            // What BigDecimal reads once the binder has trimmed the text and dropped '_'.
            .put("pattern", "^\\s*[-+]?(?:[0-9_]+\\.?[0-9_]*|\\.[0-9_]+)(?:[eE][-+]?[0-9_]+)?\\s*$")
            .put("description", "A number written as a string (\"512\"), as Stacktape accepts.")
            .build());
  }

  /** The schema of a whole config file. */
  public static JsonObject generate() {
    JsonSchemaGenerator generator = new JsonSchemaGenerator();
    JsonObject root = generator.recordSchema(FormworkConfig.class, Optional.empty());
    return root.toBuilder()
        .put("$schema", "https://json-schema.org/draft/2020-12/schema")
        .put("$id", "https://formwork.dev/schema/formwork.schema.json")
        .put("title", "formwork config")
        .put("$defs", JsonObject.of(generator.definitions))
        .build();
  }

  /** A value of {@code type}: one of its typed forms, or a local directive that yields one. */
  private JsonObject valueSchema(Type type, Optional<Property> rules) {
    Class<?> raw = Property.raw(type);
    if (raw == Optional.class) {
      return valueSchema(Property.argument(type, 0), rules);
    }
    if (raw == ConfigNode.class) {
      return JsonObject.EMPTY;
    }
    if (raw == TextValue.class) {
      return ANY_SCALAR;
    }
    if (raw == String.class && rules.flatMap(Property::pattern).isEmpty()) {
      return reference(COMPILE_TIME_TEXT);
    }
    List<JsonObject> forms = new ArrayList<>(typedForms(type, raw, rules));
    forms.add(reference(LOCAL_DIRECTIVE));
    return anyOf(forms);
  }

  private List<JsonObject> typedForms(Type type, Class<?> raw, Optional<Property> rules) {
    if (raw == String.class) {
      PatternRule pattern = rules.flatMap(Property::pattern).orElseThrow();
      List<JsonObject> forms = new ArrayList<>();
      forms.add(
          JsonObject.builder()
              .put("type", "string")
              .put("pattern", "^(?:" + pattern.regex() + ")$")
              .put("patternErrorMessage", "It must be " + pattern.meaning() + ".")
              .build());
      forms.addAll(PatternScalars.of(pattern.regex()));
      return forms;
    }
    if (isNumber(raw)) {
      return List.of(numberSchema(raw, rules.flatMap(Property::range)), reference(NUMERIC_STRING));
    }
    if (raw == boolean.class || raw == Boolean.class) {
      // The binder also takes the strings "true" and "false", as Stacktape does.
      return List.of(
          JsonObject.of("type", new JsonString("boolean")),
          JsonObject.of("enum", JsonArray.ofStrings(List.of("true", "false"))));
    }
    if (raw.isEnum()) {
      return List.of(enumSchema(raw));
    }
    if (raw == List.class) {
      return List.of(
          JsonObject.builder()
              .put("type", "array")
              .put("items", valueSchema(Property.argument(type, 0), rules))
              .build());
    }
    if (raw == Map.class) {
      JsonObject.Builder map =
          JsonObject.builder()
              .put("type", "object")
              .put(
                  "additionalProperties",
                  valueSchema(Property.argument(type, 1), Optional.empty()));
      rules.flatMap(Property::keyPattern).ifPresent(keys -> map.put("propertyNames", names(keys)));
      return List.of(map.build());
    }
    if (raw.isRecord()) {
      JsonObject record = reference(raw, () -> recordSchema(raw, Optional.empty()));
      ScalarShorthand shorthand = raw.getAnnotation(ScalarShorthand.class);
      if (shorthand == null) {
        return List.of(record);
      }
      // A plain string stands for the record with one property set, and obeys its rules.
      Property property =
          RecordShape.of(raw).properties().stream()
              .filter(candidate -> candidate.name().equals(shorthand.value()))
              .findFirst()
              .orElseThrow();
      List<JsonObject> forms = new ArrayList<>();
      forms.add(record);
      forms.addAll(
          typedForms(property.type(), Property.raw(property.type()), Optional.of(property)));
      return forms;
    }
    if (UnionShape.isUnion(raw)) {
      return List.of(reference(raw, () -> unionSchema(raw)));
    }
    throw new IllegalStateException("no JSON Schema mapping for " + type);
  }

  private static boolean isNumber(Class<?> raw) {
    return raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == double.class
        || raw == Double.class;
  }

  /** A number within its {@code @Range} and, for whole numbers, within its Java type. */
  private static JsonObject numberSchema(Class<?> raw, Optional<RangeRule> range) {
    boolean isInt = raw == int.class || raw == Integer.class;
    boolean isLong = raw == long.class || raw == Long.class;
    double min = range.map(RangeRule::min).orElse(Double.NEGATIVE_INFINITY);
    double max = range.map(RangeRule::max).orElse(Double.POSITIVE_INFINITY);
    JsonObject.Builder number =
        JsonObject.builder().put("type", isInt || isLong ? "integer" : "number");
    if (min != Double.NEGATIVE_INFINITY) {
      number.put("minimum", JsonNumber.of(min));
    } else if (isInt || isLong) {
      number.put("minimum", isInt ? Integer.MIN_VALUE : Long.MIN_VALUE);
    }
    if (max != Double.POSITIVE_INFINITY) {
      number.put("maximum", JsonNumber.of(max));
    } else if (isInt || isLong) {
      number.put("maximum", isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
    }
    return number.build();
  }

  /**
   * The enum's config values. A value YAML reads as a number ({@code 2.0}) is listed as that number
   * too, because the binder compares the text as written.
   */
  private static JsonObject enumSchema(Class<?> raw) {
    List<JsonValue> values = new ArrayList<>();
    for (Object constant : raw.getEnumConstants()) {
      String text = ((ConfigEnum) constant).configValue();
      values.add(new JsonString(text));
      if (text.matches("[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")) {
        values.add(new JsonNumber(new BigDecimal(text)));
      }
    }
    return JsonObject.of("enum", new JsonArray(values));
  }

  private static JsonObject names(KeyPatternRule keys) {
    return JsonObject.builder()
        .put("pattern", "^(?:" + keys.regex() + ")$")
        .put("patternErrorMessage", "Names here must be " + keys.meaning() + ".")
        .put("maxLength", keys.maxLength())
        .build();
  }

  private JsonObject propertySchema(Property property, Optional<String> doc) {
    if (property.notSupported().isPresent()) {
      return notSupported(property, property.notSupported().get());
    }
    JsonObject value = valueSchema(property.type(), Optional.of(property));
    if (property.isOptional() && !value.equals(JsonObject.EMPTY)) {
      // The binder treats `key:` (null) as if the key were left out.
      value = orNull(value);
    }
    JsonObject.Builder schema = value.toBuilder();
    doc.ifPresent(text -> schema.put("description", text));
    property
        .defaultText()
        .ifPresent(text -> schema.put("default", defaultValue(property.type(), text)));
    return schema.build();
  }

  /**
   * A property formwork recognises but does not implement: a value that asks for something is an
   * error (the binder accepts only null, false, an empty list or mapping), and editors show the
   * reason (yaml-language-server reports {@code deprecationMessage}) and do not suggest it.
   */
  private static JsonObject notSupported(Property property, String reason) {
    return JsonObject.builder()
        .put(
            "enum",
            JsonArray.of(
                JsonNull.INSTANCE,
                JsonValue.of(false),
                new JsonString("false"),
                new JsonArray(List.of()),
                JsonObject.EMPTY))
        .put("doNotSuggest", true)
        .put(
            "deprecationMessage",
            "formwork does not support '" + property.name() + "' yet. " + reason)
        .put("description", "Not supported by formwork: " + reason)
        .build();
  }

  private static JsonObject orNull(JsonObject value) {
    List<JsonValue> forms = new ArrayList<>();
    if (value.size() == 1 && value.get("anyOf").orElse(null) instanceof JsonArray alternatives) {
      forms.addAll(alternatives.items());
    } else {
      forms.add(value);
    }
    forms.add(JsonObject.of("type", new JsonString("null")));
    return JsonObject.of("anyOf", new JsonArray(forms));
  }

  private static JsonObject anyOf(List<JsonObject> forms) {
    return forms.size() == 1
        ? forms.get(0)
        : JsonObject.of("anyOf", new JsonArray(List.copyOf(forms)));
  }

  private static JsonObject reference(String definition) {
    return JsonObject.of("$ref", new JsonString("#/$defs/" + definition));
  }

  private JsonObject reference(Class<?> type, Supplier<JsonObject> schema) {
    String name = definitionName(type);
    if (!definitions.containsKey(name)) {
      definitions.put(name, JsonObject.EMPTY); // placeholder that breaks recursion
      definitions.put(name, schema.get());
    }
    return reference(name);
  }

  private static String definitionName(Class<?> type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Class<?> outer = type.getEnclosingClass();
        outer != null;
        outer = outer.getEnclosingClass()) {
      name.insert(0, outer.getSimpleName());
    }
    return name.toString();
  }

  /** The tag a union variant's mapping carries: its discriminator key and this variant's name. */
  private record Tag(String key, String name) {}

  private JsonObject recordSchema(Class<?> type, Optional<Tag> tag) {
    RecordShape shape = RecordShape.of(type);
    JsonObject.Builder properties = JsonObject.builder();
    List<String> required = new ArrayList<>();
    tag.ifPresent(
        variant -> {
          properties.put(variant.key(), JsonObject.of("const", new JsonString(variant.name())));
          required.add(variant.key());
        });
    RecordComponent[] components = type.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      Property property = shape.properties().get(i);
      properties.put(property.name(), propertySchema(property, doc(components[i])));
      if (!property.isOptional() && property.notSupported().isEmpty()) {
        required.add(property.name());
      }
    }
    JsonObject.Builder schema =
        JsonObject.builder()
            .put("type", "object")
            .put("properties", properties.build())
            .put("additionalProperties", false);
    doc(type).ifPresent(doc -> schema.put("description", doc));
    if (!required.isEmpty()) {
      schema.put("required", JsonArray.ofStrings(required));
    }
    return schema.build();
  }

  /**
   * A tagged union: the tag is required and offered with every variant's name; each variant's
   * record applies only when the tag names it ({@code if}/{@code then}, which editors follow for
   * completion, unlike a {@code oneOf} whose failing branches hide their tags).
   */
  private JsonObject unionSchema(Class<?> type) {
    UnionShape union = UnionShape.of(type);
    String key = union.discriminator();
    List<String> names = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    List<JsonValue> branches = new ArrayList<>();
    for (UnionShape.Member variant : union.variants()) {
      names.add(variant.name());
      descriptions.add(doc(variant.type()).orElse(""));
      JsonObject variantSchema =
          reference(
              variant.type(),
              () -> recordSchema(variant.type(), Optional.of(new Tag(key, variant.name()))));
      branches.add(
          when(key, JsonObject.of("const", new JsonString(variant.name())), variantSchema));
    }
    if (!union.notSupported().isEmpty()) {
      String reason =
          "formwork does not support this "
              + key
              + " yet. Supported: "
              + String.join(", ", names)
              + ".";
      JsonObject explained =
          JsonObject.of(
              "properties",
              JsonObject.of(key, JsonObject.of("deprecationMessage", new JsonString(reason))));
      branches.add(
          when(key, JsonObject.of("enum", JsonArray.ofStrings(union.notSupported())), explained));
    }
    JsonObject tagSchema =
        JsonObject.builder()
            .put("enum", JsonArray.ofStrings(names))
            .put("enumDescriptions", JsonArray.ofStrings(descriptions))
            .put("description", "Which kind of " + definitionName(type) + " this is.")
            .build();
    return JsonObject.builder()
        .put("type", "object")
        .put("properties", JsonObject.of(key, tagSchema))
        .put("required", JsonArray.ofStrings(List.of(key)))
        .put("allOf", new JsonArray(branches))
        .build();
  }

  /** Applies {@code then} to a mapping whose {@code key} matches {@code condition}. */
  private static JsonObject when(String key, JsonObject condition, JsonObject then) {
    return JsonObject.builder()
        .put(
            "if",
            JsonObject.builder()
                .put("properties", JsonObject.of(key, condition))
                .put("required", JsonArray.ofStrings(List.of(key)))
                .build())
        .put("then", then)
        .build();
  }

  private static JsonValue defaultValue(Type type, String text) {
    Class<?> raw = Property.raw(type);
    if (raw == boolean.class || raw == Boolean.class) {
      return JsonValue.of(Boolean.parseBoolean(text));
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      return JsonNumber.of(Long.parseLong(text));
    }
    if (raw == double.class || raw == Double.class) {
      return new JsonNumber(new BigDecimal(text));
    }
    return new JsonString(text);
  }

  /** The {@code @Doc} of a record or a property: documentation is read here, not by the binder. */
  private static Optional<String> doc(AnnotatedElement element) {
    return Optional.ofNullable(element.getAnnotation(Doc.class)).map(Doc::value);
  }
}
