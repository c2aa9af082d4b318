package dev.formwork.schema.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A tagged union of the config model (a sealed interface with {@link Union}): its discriminator,
 * its variants and the tags it recognises without supporting them. Computed once per interface,
 * from the build's {@link ModelIndex} when there is one, else from the annotation.
 */
public record UnionShape(String discriminator, List<Member> variants, List<String> notSupported) {

  /** One variant: the discriminator's value and the record it binds to. */
  public record Member(String name, Class<?> type) {}

  private static final ClassValue<Optional<UnionShape>> SHAPES =
      new ClassValue<>() {
        @Override
        protected Optional<UnionShape> computeValue(Class<?> type) {
          return ModelIndex.current().isPresent()
              ? ModelIndex.current().get().union(type)
              : annotated(type);
        }
      };

  public UnionShape {
    variants = List.copyOf(variants);
    notSupported = List.copyOf(notSupported);
  }

  /** Whether {@code type} is a union of the model. */
  public static boolean isUnion(Class<?> type) {
    return type.isInterface() && SHAPES.get(type).isPresent();
  }

  /** The union {@code type} is; fails for any other type. */
  public static UnionShape of(Class<?> type) {
    Optional<UnionShape> shape = SHAPES.get(type);
    if (shape.isEmpty()) {
      throw new IllegalArgumentException(type + " is not a @Union interface");
    }
    return shape.get();
  }

  /** The union as its annotation describes it (read by reflection), if it has one. */
  static Optional<UnionShape> annotated(Class<?> type) {
    Union union = type.getAnnotation(Union.class);
    if (union == null) {
      return Optional.empty();
    }
    List<Member> members = new ArrayList<>();
    for (Variant variant : union.variants()) {
      members.add(new Member(variant.name(), variant.type()));
    }
    return Optional.of(
        new UnionShape(union.discriminator(), members, List.of(union.notSupported())));
  }
}
