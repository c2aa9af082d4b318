package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.DeferredNode;
import dev.formwork.schema.node.DirectiveCall;
import java.util.List;
import java.util.Optional;

/**
 * One call of a directive as the resolver hands it over: the resolved arguments (already checked
 * against the signature), the property path written after it (template-time calls only; for local
 * calls the resolver applies the path to the result), the run's context and the position of the
 * directive string that results are located at.
 */
public record Invocation(
    String name,
    String sourceText,
    List<ConfigNode> arguments,
    List<String> propertyPath,
    DirectiveContext context,
    SourceLocation location) {

  public Invocation {
    arguments = List.copyOf(arguments);
    propertyPath = List.copyOf(propertyPath);
  }

  public Optional<ConfigNode> argument(int index) {
    return index < arguments.size() ? Optional.of(arguments.get(index)) : Optional.empty();
  }

  /** The text of a string argument that the signature declared (and so checked) as a string. */
  public String text(int index) {
    return ScalarText.of(arguments.get(index));
  }

  /** This call kept for the synthesizer, as template-time directives evaluate to. */
  public DeferredNode deferred() {
    return new DeferredNode(new DirectiveCall(name, arguments, propertyPath, sourceText), location);
  }
}
