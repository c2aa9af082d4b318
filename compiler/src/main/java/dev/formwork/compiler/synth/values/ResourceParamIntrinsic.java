package dev.formwork.compiler.synth.values;

import dev.formwork.compiler.synth.IndexedResource;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonNull;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.node.DirectiveCall;
import java.util.List;
import java.util.Optional;

/**
 * {@code $ResourceParam('resource', 'param')}: the referenceable parameter of a config resource, as
 * its synthesizer declared it (a literal, Ref or Fn::GetAtt).
 */
final class ResourceParamIntrinsic implements TemplateIntrinsic {

  @Override
  public String directive() {
    return "ResourceParam";
  }

  @Override
  public JsonValue resolve(DirectiveCall call, ConfigPath at, IntrinsicScope scope) {
    String name = CheckedArguments.text(call, 0);
    String param = CheckedArguments.text(call, 1);
    Optional<IndexedResource> resource = scope.resources().find(name);
    if (resource.isEmpty()) {
      scope
          .diagnostics()
          .valueError(
              Code.DIRECTIVE_UNKNOWN_RESOURCE,
              at,
              "$ResourceParam(): no resource named '" + name + "' in this config.",
              Suggestions.didYouMean(name, scope.resources().names())
                  .orElse(
                      "$ResourceParam() refers to entries of `resources`; use $CfResourceParam()"
                          + " for cloudformationResources."));
      return JsonNull.INSTANCE;
    }
    JsonValue value = resource.get().params().get(param);
    if (value == null) {
      List<String> known = List.copyOf(resource.get().params().keySet());
      Optional<String> suggestion = Suggestions.didYouMean(param, known);
      scope
          .diagnostics()
          .valueError(
              Code.DIRECTIVE_UNKNOWN_PARAM,
              at,
              "Resource '"
                  + name
                  + "' ("
                  + resource.get().definition().typeName()
                  + ") has no parameter '"
                  + param
                  + "'.",
              (suggestion.isPresent() ? suggestion.get() + " " : "")
                  + "Referenceable parameters: "
                  + String.join(", ", known)
                  + ".");
      return JsonNull.INSTANCE;
    }
    return value;
  }
}
