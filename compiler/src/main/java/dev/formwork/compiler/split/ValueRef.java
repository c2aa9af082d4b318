package dev.formwork.compiler.split;

import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import java.util.Optional;

/**
 * A value that one part of a template reads from another: {@code Ref} of a resource, parameter or
 * pseudo parameter (no attribute), or {@code Fn::GetAtt} of a resource attribute.
 */
record ValueRef(String target, Optional<String> attribute) implements Comparable<ValueRef> {

  static ValueRef ref(String target) {
    return new ValueRef(target, Optional.empty());
  }

  static ValueRef attribute(String target, String attribute) {
    return new ValueRef(target, Optional.of(attribute));
  }

  /** A pseudo parameter such as {@code AWS::StackName}. */
  boolean isPseudo() {
    return target.startsWith("AWS::");
  }

  /** The intrinsic that reads this value where its producer lives. */
  JsonValue expression() {
    return attribute.isPresent() ? Cf.getAtt(target, attribute.get()) : Cf.ref(target);
  }

  @Override
  public int compareTo(ValueRef other) {
    // Written out rather than composed with Comparator.comparing: see "Start-up" in
    // docs/architecture.md.
    int order = target.compareTo(other.target);
    return order != 0 ? order : attribute.orElse("").compareTo(other.attribute.orElse(""));
  }
}
