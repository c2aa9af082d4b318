package dev.formwork.schema.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.model.event.FunctionEvent;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A resource or event type is named three times: its {@code @Variant} (what the binder and the JSON
 * Schema read), its place in {@code permits}, and its {@code typeName()} (what diagnostics, the
 * CLI's sample events and the synthesizers read). They must agree.
 */
class VariantNamesTest {

  /** The unions whose variants report their own type name. */
  private static final List<Class<?>> NAMED_UNIONS =
      List.of(ResourceDefinition.class, FunctionEvent.class);

  static Stream<Arguments> variants() {
    return NAMED_UNIONS.stream()
        .flatMap(
            union ->
                Arrays.stream(union.getAnnotation(Union.class).variants())
                    .map(variant -> Arguments.of(variant.name(), variant.type())));
  }

  static Stream<Class<?>> unions() {
    return NAMED_UNIONS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void typeNameIsTheVariantName(String name, Class<?> type) throws ReflectiveOperationException {
    Object instance = withNeutralComponents(type);

    assertThat(type.getMethod("typeName").invoke(instance)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unions")
  void everyPermittedTypeIsAVariantAndBack(Class<?> union) {
    List<Class<?>> variantTypes =
        Arrays.stream(union.getAnnotation(Union.class).variants())
            .<Class<?>>map(Variant::type)
            .toList();

    assertThat(union.getPermittedSubclasses()).containsExactlyInAnyOrderElementsOf(variantTypes);
  }

  /**
   * The record built with empty values: typeName() reads no component, and the variant records keep
   * their checks in their nested properties records.
   */
  private static Object withNeutralComponents(Class<?> type) throws ReflectiveOperationException {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
    Object[] values = Arrays.stream(types).map(VariantNamesTest::neutral).toArray();
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    return canonical.newInstance(values);
  }

  private static Object neutral(Class<?> type) {
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == List.class) {
      return List.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 0;
    }
    return null;
  }
}
