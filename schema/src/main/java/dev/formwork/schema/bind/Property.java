package dev.formwork.schema.bind;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One property of a config record: its YAML name, Java type and the binding rules from its
 * annotations (its documentation is read by the JSON Schema generator, not by the binder).
 */
public record Property(
    String name,
    Type type,
    Optional<String> defaultText,
    Optional<RangeRule> range,
    Optional<PatternRule> pattern,
    Optional<KeyPatternRule> keyPattern,
    boolean required,
    Optional<String> notSupported,
    Optional<String> noEffect) {

  /** A component's property as its annotations describe it (read by reflection). */
  static Property of(RecordComponent component) {
    return new Property(
        Optional.ofNullable(component.getAnnotation(YamlName.class))
            .map(YamlName::value)
            .orElse(component.getName()),
        component.getGenericType(),
        Optional.ofNullable(component.getAnnotation(Default.class)).map(Default::value),
        Optional.ofNullable(component.getAnnotation(Range.class)).map(RangeRule::of),
        Optional.ofNullable(component.getAnnotation(Pattern.class))
            .map(pattern -> new PatternRule(pattern.regex(), pattern.meaning())),
        Optional.ofNullable(component.getAnnotation(KeyPattern.class)).map(KeyPatternRule::of),
        component.isAnnotationPresent(Required.class),
        Optional.ofNullable(component.getAnnotation(NotSupported.class)).map(NotSupported::value),
        Optional.ofNullable(component.getAnnotation(NoEffect.class)).map(NoEffect::value));
  }

  /** The class behind a possibly generic type ({@code List<String>} → {@code List}). */
  public static Class<?> raw(Type type) {
    if (type instanceof Class<?> cls) {
      return cls;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    throw new IllegalArgumentException("unsupported model type " + type);
  }

  /** The n-th type argument of a generic type ({@code Map<String, X>} → X for n = 1). */
  public static Type argument(Type type, int n) {
    return ((ParameterizedType) type).getActualTypeArguments()[n];
  }

  /** Whether the config may leave this property out. */
  public boolean isOptional() {
    Class<?> raw = raw(type);
    if (required) {
      return false;
    }
    return defaultText.isPresent()
        || raw == Optional.class
        || raw == List.class
        || raw == Map.class
        || isOmittableRecord(raw);
  }

  /**
   * A record whose own properties may all be left out may itself be left out: it binds as if
   * written {@code {}}. This is why {@code properties} can be omitted for a bucket or a queue, as
   * in Stacktape.
   */
  public static boolean isOmittableRecord(Class<?> raw) {
    if (!raw.isRecord()) {
      return false;
    }
    for (Property property : RecordShape.of(raw).properties()) {
      if (!property.isOptional()) {
        return false;
      }
    }
    return true;
  }
}
