package dev.formwork.schema.bind;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.diag.UserText;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.DeferredNode;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import dev.formwork.schema.value.TextValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Binds located config nodes to the typed model (records, enums, lists, maps, unions), reporting
 * every problem it finds: unknown properties with "did you mean", wrong types, values outside their
 * enum or range, and missing required properties. A subtree with an error binds to empty, except
 * that an unknown or unsupported property is only left out.
 */
public final class ConfigBinder {

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]*\\.[0-9]+");

  private final Diagnostics diagnostics;

  public ConfigBinder(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Binds {@code node} to {@code type}; empty when an error inside it leaves the model incomplete.
   * An unknown or unsupported property is reported and left out, so a model with only such errors
   * is still returned, for the later phases to check too.
   */
  public <T> Optional<T> bind(ConfigNode node, Class<T> type, ConfigPath path) {
    Optional<Object> value = bindValue(node, type, path, Optional.empty());
    return value.isPresent() ? Optional.of(type.cast(value.get())) : Optional.empty();
  }

  private Optional<Object> bindValue(
      ConfigNode node, Type type, ConfigPath path, Optional<Property> rules) {
    Class<?> raw = Property.raw(type);
    if (raw == Optional.class) {
      if (node instanceof ScalarNode scalar && scalar.isNull()) {
        return Optional.of(Optional.empty());
      }
      Optional<Object> value = bindValue(node, Property.argument(type, 0), path, rules);
      return value.isPresent() ? Optional.of(value) : Optional.empty();
    }
    if (raw == ConfigNode.class) {
      return Optional.of(node);
    }
    if (raw == TextValue.class) {
      return bindText(node, path);
    }
    if (node instanceof DeferredNode deferred) {
      diagnostics.error(
          Code.CONFIG_DIRECTIVE_NOT_ALLOWED,
          path,
          "$"
              + deferred.call().name()
              + "() is only known when the stack deploys, but this property must be known at"
              + " compile time.",
          "Use a literal value or a local directive such as $Var() or $File() here.");
      return Optional.empty();
    }
    if (raw == String.class) {
      return bindString(node, path, rules);
    }
    if (raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == double.class
        || raw == Double.class) {
      return bindNumber(node, raw, path, rules);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return bindBoolean(node, path);
    }
    if (raw.isEnum()) {
      return bindEnum(node, raw, path);
    }
    if (raw == List.class) {
      return bindList(node, Property.argument(type, 0), path, rules);
    }
    if (raw == Map.class) {
      return bindMap(node, Property.argument(type, 1), path);
    }
    if (raw.isRecord()) {
      return bindRecord(node, raw, path);
    }
    if (UnionShape.isUnion(raw)) {
      return bindUnion(node, raw, path);
    }
    throw new IllegalStateException("the model uses a type the binder does not support: " + type);
  }

  private Optional<Object> bindText(ConfigNode node, ConfigPath path) {
    if (node instanceof DeferredNode deferred) {
      return Optional.of(new TextValue.Deferred(deferred.call()));
    }
    Optional<Object> text = bindString(node, path, Optional.empty());
    return text.isPresent()
        ? Optional.of(new TextValue.Literal((String) text.get()))
        : Optional.empty();
  }

  private Optional<Object> bindString(ConfigNode node, ConfigPath path, Optional<Property> rules) {
    if (!(node instanceof ScalarNode scalar) || scalar.isNull()) {
      wrongType(node, "a string", path);
      return Optional.empty();
    }
    // Numbers and booleans are taken as written: `version: 01234` stays "01234", `1.10` stays
    // "1.10".
    String text = scalar.text();
    if (rules.isPresent() && rules.get().pattern().isPresent()) {
      PatternRule pattern = rules.get().pattern().get();
      if (!pattern.matches(text)) {
        diagnostics.valueError(
            Code.CONFIG_INVALID_VALUE,
            path,
            "'"
                + UserText.excerpt(text)
                + "' is not valid here: it must be "
                + pattern.meaning()
                + ".",
            Optional.empty());
        return Optional.empty();
      }
    }
    return Optional.of(text);
  }

  private Optional<Object> bindNumber(
      ConfigNode node, Class<?> raw, ConfigPath path, Optional<Property> rules) {
    boolean integral = raw != double.class && raw != Double.class;
    String expected = integral ? "a whole number" : "a number";
    if (!(node instanceof ScalarNode scalar)
        || scalar.isNull()
        || scalar.kind() == ScalarKind.BOOLEAN) {
      wrongType(node, expected, path);
      return Optional.empty();
    }
    if (scalar.text().length() > ScalarNode.MAX_NUMBER_LENGTH) {
      diagnostics.valueError(
          Code.CONFIG_OUT_OF_RANGE,
          path,
          "The number " + UserText.excerpt(scalar.text()) + " is too large.",
          Optional.empty());
      return Optional.empty();
    }
    BigDecimal value;
    try {
      // Stacktape accepts numeric strings ("512") for numbers; so do we, to compile its configs
      // unchanged.
      value = new BigDecimal(scalar.text().trim().replace("_", ""));
    } catch (NumberFormatException notNumeric) {
      wrongType(node, expected, path);
      return Optional.empty();
    }
    if (integral && value.stripTrailingZeros().scale() > 0) {
      diagnostics.valueError(
          Code.CONFIG_WRONG_TYPE,
          path,
          "Expected a whole number, got " + UserText.excerpt(scalar.text()) + ".",
          Optional.empty());
      return Optional.empty();
    }
    Optional<RangeRule> range = rules.isPresent() ? rules.get().range() : Optional.empty();
    if (range.isPresent()
        && (value.doubleValue() < range.get().min() || value.doubleValue() > range.get().max())) {
      diagnostics.valueError(
          Code.CONFIG_OUT_OF_RANGE,
          path,
          "'"
              + path.lastKey()
              + "' must be "
              + describe(range.get())
              + ", got "
              + UserText.excerpt(scalar.text())
              + ".",
          Optional.empty());
      return Optional.empty();
    }
    try {
      if (raw == int.class || raw == Integer.class) {
        return Optional.of(value.intValueExact());
      }
      if (raw == long.class || raw == Long.class) {
        return Optional.of(value.longValueExact());
      }
    } catch (ArithmeticException tooLarge) {
      diagnostics.valueError(
          Code.CONFIG_OUT_OF_RANGE,
          path,
          "The number " + UserText.excerpt(scalar.text()) + " is too large.",
          Optional.empty());
      return Optional.empty();
    }
    if (Double.isInfinite(value.doubleValue())) {
      diagnostics.valueError(
          Code.CONFIG_OUT_OF_RANGE,
          path,
          "The number " + UserText.excerpt(scalar.text()) + " is too large.",
          Optional.empty());
      return Optional.empty();
    }
    return Optional.of(value.doubleValue());
  }

  private static String describe(RangeRule range) {
    boolean hasMin = range.min() != Double.NEGATIVE_INFINITY;
    boolean hasMax = range.max() != Double.POSITIVE_INFINITY;
    if (hasMin && hasMax) {
      return "between " + number(range.min()) + " and " + number(range.max());
    }
    return hasMin ? "at least " + number(range.min()) : "at most " + number(range.max());
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private Optional<Object> bindBoolean(ConfigNode node, ConfigPath path) {
    if (node instanceof ScalarNode scalar
        && (scalar.text().equals("true") || scalar.text().equals("false"))) {
      // Stacktape also accepts the strings "true"/"false".
      return Optional.of(Boolean.parseBoolean(scalar.text()));
    }
    if (node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.BOOLEAN) {
      return Optional.of(scalar.text().equalsIgnoreCase("true"));
    }
    wrongType(node, "true or false", path);
    return Optional.empty();
  }

  private Optional<Object> bindEnum(ConfigNode node, Class<?> raw, ConfigPath path) {
    Object[] constants = raw.getEnumConstants();
    List<String> allowed = new ArrayList<>(constants.length);
    for (Object constant : constants) {
      allowed.add(((ConfigEnum) constant).configValue());
    }
    if (!(node instanceof ScalarNode scalar) || scalar.isNull()) {
      wrongType(node, "one of " + String.join(", ", allowed), path);
      return Optional.empty();
    }
    for (Object constant : constants) {
      if (((ConfigEnum) constant).configValue().equals(scalar.text())) {
        return Optional.of(constant);
      }
    }
    String hint =
        Suggestions.didYouMean(scalar.text(), allowed).map(s -> s + " ").orElse("")
            + "Valid values: "
            + String.join(", ", allowed)
            + ".";
    if (scalar.kind() == ScalarKind.FLOAT || scalar.kind() == ScalarKind.INTEGER) {
      hint = "YAML reads unquoted " + UserText.excerpt(scalar.text()) + " as a number; " + hint;
    }
    diagnostics.valueError(
        Code.CONFIG_INVALID_VALUE,
        path,
        "'"
            + UserText.excerpt(scalar.text())
            + "' is not a valid value for '"
            + path.lastKey()
            + "'.",
        Optional.of(hint));
    return Optional.empty();
  }

  private Optional<Object> bindList(
      ConfigNode node, Type element, ConfigPath path, Optional<Property> rules) {
    if (!(node instanceof ListNode list)) {
      wrongType(node, "a list", path);
      return Optional.empty();
    }
    List<Object> items = new ArrayList<>(list.items().size());
    boolean ok = true;
    for (int i = 0; i < list.items().size(); i++) {
      Optional<Object> item = bindValue(list.items().get(i), element, path.index(i), rules);
      if (item.isPresent()) {
        items.add(item.get());
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(List.copyOf(items)) : Optional.empty();
  }

  private Optional<Object> bindMap(ConfigNode node, Type valueType, ConfigPath path) {
    if (!(node instanceof MapNode map)) {
      wrongType(node, "a mapping", path);
      return Optional.empty();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    boolean ok = true;
    for (MapNode.Entry entry : map.entries().values()) {
      Optional<Object> value =
          bindValue(entry.value(), valueType, path.key(entry.key()), Optional.empty());
      if (value.isPresent()) {
        values.put(entry.key(), value.get());
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(Collections.unmodifiableMap(values)) : Optional.empty();
  }

  private static Property shorthandProperty(RecordShape shape, String name) {
    for (Property property : shape.properties()) {
      if (property.name().equals(name)) {
        return property;
      }
    }
    throw new IllegalStateException(shape.type() + " has no shorthand property " + name);
  }

  private Optional<Object> bindRecord(ConfigNode node, Class<?> type, ConfigPath path) {
    // From the shape, not the annotation: reading a class's annotations parses all of them and
    // generates proxy classes (milliseconds in a fresh JVM).
    Optional<String> shorthand = RecordShape.of(type).shorthand();
    if (shorthand.isPresent() && node instanceof ScalarNode scalar && !scalar.isNull()) {
      // The string is checked where it is written, against the property it stands for.
      Property property = shorthandProperty(RecordShape.of(type), shorthand.get());
      if (bindValue(scalar, property.type(), path, Optional.of(property)).isEmpty()) {
        return Optional.empty();
      }
      MapNode expanded =
          MapNode.of(
              List.of(new MapNode.Entry(shorthand.get(), scalar.location(), scalar)),
              scalar.location());
      return bindFields(expanded, type, path, Optional.empty());
    }
    if (!(node instanceof MapNode map)) {
      wrongType(node, "a mapping", path);
      return Optional.empty();
    }
    return bindFields(map, type, path, Optional.empty());
  }

  /** Binds a mapping's keys to a record's properties, skipping {@code ignoredKey} (a union tag). */
  private Optional<Object> bindFields(
      MapNode map, Class<?> type, ConfigPath path, Optional<String> ignoredKey) {
    RecordShape shape = RecordShape.of(type);
    boolean ok = true;
    for (String key : map.entries().keySet()) {
      if (ignoredKey.isPresent() && ignoredKey.get().equals(key)) {
        continue;
      }
      if (!shape.names().contains(key)) {
        // Reported, then left out: the rest of the record still binds, so the later phases can
        // report their own problems in the same run.
        diagnostics.error(
            Code.CONFIG_UNKNOWN_PROPERTY,
            path.key(key),
            "Unknown property '" + UserText.excerpt(key) + "'" + where(path) + ".",
            Suggestions.didYouMean(key, shape.names())
                .orElse("Known properties: " + String.join(", ", shape.names()) + "."));
      }
    }
    Object[] arguments = new Object[shape.properties().size()];
    for (int i = 0; i < arguments.length; i++) {
      Property property = shape.properties().get(i);
      Optional<ConfigNode> value = map.get(property.name());
      if (value.isPresent() && property.notSupported().isPresent()) {
        // Reported when it asks for something (`terminationProtection: false` does not), then
        // bound as if absent, like an unknown property.
        if (given(value.get(), property)) {
          diagnostics.error(
              Code.CONFIG_NOT_SUPPORTED,
              path.key(property.name()),
              "formwork does not support '" + property.name() + "'" + where(path) + " yet.",
              property.notSupported().get());
        }
        value = Optional.empty();
      }
      if (value.isPresent() && property.noEffect().isPresent() && given(value.get(), property)) {
        diagnostics.report(
            Diagnostic.warning(
                    Code.CONFIG_NO_EFFECT,
                    path.key(property.name()),
                    "'" + property.name() + "'" + where(path) + " has no effect in formwork.")
                .withHint(property.noEffect().get()));
      }
      Optional<Object> bound;
      if (value.isPresent()
          && !(value.get() instanceof ScalarNode scalar
              && scalar.isNull()
              && property.isOptional())) {
        bound =
            bindValue(
                value.get(), property.type(), path.key(property.name()), Optional.of(property));
      } else {
        bound = absent(property, path, value.isPresent());
      }
      if (bound.isPresent()) {
        arguments[i] = bound.get();
      } else {
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    try {
      return Optional.of(shape.constructor().newInstance(arguments));
    } catch (InvocationTargetException rejected) {
      if (rejected.getCause() instanceof ModelConstraintException constraint) {
        diagnostics.error(
            constraint.code(), path.key(constraint.property()), constraint.getMessage());
        return Optional.empty();
      }
      throw new IllegalStateException(
          "building " + type.getSimpleName() + " failed", rejected.getCause());
    } catch (ReflectiveOperationException bug) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), bug);
    }
  }

  /**
   * A value that asks for something: not null, not an empty list or mapping, not the default (nor
   * false when there is no default).
   */
  private static boolean given(ConfigNode value, Property property) {
    if (value instanceof ScalarNode scalar) {
      return !scalar.isNull() && !scalar.text().equals(property.defaultText().orElse("false"));
    }
    if (value instanceof ListNode list) {
      return !list.items().isEmpty();
    }
    if (value instanceof MapNode map) {
      return !map.entries().isEmpty();
    }
    return true;
  }

  private Optional<Object> absent(Property property, ConfigPath path, boolean writtenAsNull) {
    Class<?> raw = Property.raw(property.type());
    if (property.required()) {
      diagnostics.error(
          Code.CONFIG_MISSING_PROPERTY,
          path,
          "Missing required property '" + property.name() + "'" + where(path) + ".");
      return Optional.empty();
    }
    if (property.defaultText().isPresent()) {
      String text = property.defaultText().get();
      return bindValue(
          defaultNode(text), property.type(), path.key(property.name()), Optional.of(property));
    }
    if (raw == Optional.class) {
      return Optional.of(Optional.empty());
    }
    if (raw == List.class) {
      return Optional.of(List.of());
    }
    if (raw == Map.class) {
      return Optional.of(Map.of());
    }
    if (Property.isOmittableRecord(raw)) {
      return bindFields(
          new MapNode(Map.of(), SourceLocation.UNKNOWN),
          raw,
          path.key(property.name()),
          Optional.empty());
    }
    diagnostics.error(
        Code.CONFIG_MISSING_PROPERTY,
        writtenAsNull ? path.key(property.name()) : path,
        (writtenAsNull
                ? "Property '" + property.name() + "' must have a value"
                : "Missing required property '" + property.name() + "'")
            + where(path)
            + ".");
    return Optional.empty();
  }

  private static ScalarNode defaultNode(String text) {
    ScalarKind kind =
        text.equals("true") || text.equals("false")
            ? ScalarKind.BOOLEAN
            : INTEGER.matcher(text).matches()
                ? ScalarKind.INTEGER
                : DECIMAL.matcher(text).matches() ? ScalarKind.FLOAT : ScalarKind.STRING;
    return new ScalarNode(text, kind, SourceLocation.UNKNOWN);
  }

  private Optional<Object> bindUnion(ConfigNode node, Class<?> type, ConfigPath path) {
    UnionShape union = UnionShape.of(type);
    List<String> names = new ArrayList<>();
    for (UnionShape.Member variant : union.variants()) {
      names.add(variant.name());
    }
    if (!(node instanceof MapNode map)) {
      wrongType(node, "a mapping with '" + union.discriminator() + "'", path);
      return Optional.empty();
    }
    Optional<ConfigNode> tag = map.get(union.discriminator());
    if (tag.isEmpty()) {
      diagnostics.error(
          Code.CONFIG_MISSING_PROPERTY,
          path,
          "Missing required property '" + union.discriminator() + "'" + where(path) + ".",
          "Valid types: " + String.join(", ", names) + ".");
      return Optional.empty();
    }
    String name = tag.get() instanceof ScalarNode scalar ? scalar.text() : "";
    for (UnionShape.Member variant : union.variants()) {
      if (variant.name().equals(name)) {
        return bindFields(map, variant.type(), path, Optional.of(union.discriminator()));
      }
    }
    if (union.notSupported().contains(name)) {
      diagnostics.error(
          Code.CONFIG_NOT_SUPPORTED,
          path.key(union.discriminator()),
          "formwork does not support the "
              + union.discriminator()
              + " '"
              + name
              + "'"
              + where(path)
              + " yet.",
          "Supported types: " + String.join(", ", names) + ".");
      return Optional.empty();
    }
    List<String> known = new ArrayList<>(names);
    known.addAll(union.notSupported());
    diagnostics.valueError(
        Code.CONFIG_INVALID_TYPE,
        path.key(union.discriminator()),
        "'"
            + UserText.excerpt(name)
            + "' is not a valid "
            + union.discriminator()
            + where(path)
            + ".",
        Optional.of(
            Suggestions.didYouMean(name, known).map(s -> s + " ").orElse("")
                + "Valid types: "
                + String.join(", ", names)
                + "."));
    return Optional.empty();
  }

  private void wrongType(ConfigNode node, String expected, ConfigPath path) {
    String actual = node.describe();
    diagnostics.valueError(
        Code.CONFIG_WRONG_TYPE,
        path,
        "Expected " + expected + ", got " + actual + ".",
        Optional.empty());
  }

  private static String where(ConfigPath path) {
    return path.isRoot() ? " at the top level" : " in " + path;
  }
}
