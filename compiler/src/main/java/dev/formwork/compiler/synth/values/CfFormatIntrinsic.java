package dev.formwork.compiler.synth.values;

import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.DirectiveCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code $CfFormat('{}/api', value...)}: an Fn::Sub whose {@code {}} placeholders become variables
 * {@code sub0}, {@code sub1}, ... holding the values, which may themselves be template values. Text
 * without placeholders is the Sub template itself, so {@code ${AWS::Region}} works there.
 */
final class CfFormatIntrinsic implements TemplateIntrinsic {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\}");

  @Override
  public String directive() {
    return "CfFormat";
  }

  @Override
  public JsonValue resolve(DirectiveCall call, ConfigPath at, IntrinsicScope scope) {
    String format = CheckedArguments.text(call, 0);
    List<ConfigNode> values = call.arguments().subList(1, call.arguments().size());
    if (values.isEmpty()) {
      return Cf.sub(format);
    }
    StringBuilder template = new StringBuilder();
    Map<String, JsonValue> variables = new LinkedHashMap<>();
    // The directive pass checked that there are exactly as many placeholders as values.
    String[] pieces = PLACEHOLDER.split(format, -1);
    for (int i = 0; i < pieces.length; i++) {
      template.append(pieces[i]);
      if (i < values.size()) {
        template.append("${sub").append(i).append('}');
        variables.put("sub" + i, scope.values().resolve(values.get(i), at));
      }
    }
    return Cf.sub(template.toString(), variables);
  }
}
