package dev.formwork.compiler.synth.ref;

import dev.formwork.schema.node.ScalarNode;
import dev.formwork.schema.value.TextValue;
import java.util.Optional;

/**
 * A {@code $ResourceParam('<resource>', '<param>')} value read before it is resolved, so that an
 * event can tell which config resource it targets (and build names from it) instead of only holding
 * an intrinsic.
 */
public record ResourceReference(String resourceName, String param) {

  /**
   * The reference a value makes, when it is a {@code $ResourceParam} call with literal arguments.
   */
  public static Optional<ResourceReference> of(TextValue value) {
    if (!(value instanceof TextValue.Deferred deferred)
        || !deferred.call().name().equals("ResourceParam")
        || deferred.call().arguments().size() != 2
        || !deferred.call().propertyPath().isEmpty()) {
      return Optional.empty();
    }
    if (deferred.call().arguments().get(0) instanceof ScalarNode name
        && deferred.call().arguments().get(1) instanceof ScalarNode param) {
      return Optional.of(new ResourceReference(name.text(), param.text()));
    }
    return Optional.empty();
  }

  /** Source text of a value, for content hashes of event identities. */
  public static String text(TextValue value) {
    return value instanceof TextValue.Deferred deferred
        ? deferred.call().sourceText()
        : ((TextValue.Literal) value).text();
  }
}
