package dev.formwork.schema.bind;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The properties of a config record (their binding rules), the property a plain string stands for
 * ({@link ScalarShorthand}), and the constructor that builds it. Computed once per class (a {@link
 * ClassValue} cache: per-class metadata, not program state); the rules come from the build's {@link
 * ModelIndex} when there is one, else from the annotations.
 */
public record RecordShape(
    Class<?> type,
    List<Property> properties,
    Optional<String> shorthand,
    Constructor<?> constructor) {

  private static final ClassValue<RecordShape> SHAPES =
      new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
          return introspect(type);
        }
      };

  public static RecordShape of(Class<?> type) {
    return SHAPES.get(type);
  }

  public List<String> names() {
    List<String> names = new ArrayList<>(properties.size());
    for (Property property : properties) {
      names.add(property.name());
    }
    return names;
  }

  private static RecordShape introspect(Class<?> type) {
    Optional<ModelIndex> index = ModelIndex.current();
    Optional<ModelIndex.IndexedRecord> indexed =
        index.isPresent() ? index.get().record(type) : Optional.empty();
    return indexed.isPresent() ? indexed(type, indexed.get()) : annotated(type);
  }

  /** The shape as the annotations describe it (read by reflection). */
  static RecordShape annotated(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type + " is not a record");
    }
    RecordComponent[] components = type.getRecordComponents();
    List<Property> properties = new ArrayList<>(components.length);
    for (RecordComponent component : components) {
      properties.add(Property.of(component));
    }
    return new RecordShape(
        type,
        List.copyOf(properties),
        Optional.ofNullable(type.getAnnotation(ScalarShorthand.class)).map(ScalarShorthand::value),
        constructor(type, components));
  }

  /** The shape with the rules the index holds for it. */
  static RecordShape indexed(Class<?> type, ModelIndex.IndexedRecord indexed) {
    RecordComponent[] components = type.getRecordComponents();
    List<Property> properties = new ArrayList<>(components.length);
    for (RecordComponent component : components) {
      properties.add(indexed.property(component));
    }
    return new RecordShape(
        type, List.copyOf(properties), indexed.shorthand(), constructor(type, components));
  }

  private static Constructor<?> constructor(Class<?> type, RecordComponent[] components) {
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      parameterTypes[i] = components[i].getType();
    }
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
      constructor.setAccessible(true);
      return constructor;
    } catch (NoSuchMethodException impossible) {
      throw new IllegalStateException("records always have a canonical constructor", impossible);
    }
  }
}
