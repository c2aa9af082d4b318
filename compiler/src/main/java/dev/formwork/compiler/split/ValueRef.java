package dev.formwork.compiler.split;

import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import java.util.Comparator;
import java.util.Optional;

/**
 * A value that one part of a template reads from another: {@code Ref} of a resource, parameter or
 * pseudo parameter (no attribute), or {@code Fn::GetAtt} of a resource attribute.
 */
record ValueRef(String target, Optional<String> attribute) implements Comparable<ValueRef> {

  // Written out rather than composed with Comparator.comparing: the JDK's own lambdas are not in
  // the CDS archive, so each composed comparator is a class generated on every start.
  private static final Comparator<ValueRef> ORDER =
      (a, b) -> {
        int order = a.target().compareTo(b.target());
        return order != 0 ? order : a.attribute().orElse("").compareTo(b.attribute().orElse(""));
      };

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
    return attribute.map(name -> Cf.getAtt(target, name)).orElseGet(() -> Cf.ref(target));
  }

  @Override
  public int compareTo(ValueRef other) {
    return ORDER.compare(this, other);
  }
}
