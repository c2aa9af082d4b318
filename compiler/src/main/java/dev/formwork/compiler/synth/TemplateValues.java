package dev.formwork.compiler.synth;

import dev.formwork.compiler.naming.ExportNames;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.TemplateBuilder;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonNull;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.DeferredNode;
import dev.formwork.schema.node.DirectiveCall;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import dev.formwork.schema.value.TextValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns config values into template values: literals stay literals, and template-time directives
 * become intrinsics ($ResourceParam → Ref/GetAtt, $CfFormat → Fn::Sub, $CfStackOutput →
 * Fn::ImportValue) or dynamic references ($Secret → {{resolve:secretsmanager:...}}). Secret values
 * are never read: the reference is resolved by CloudFormation at deploy time.
 */
public final class TemplateValues {

  private record PendingLogicalId(String logicalId, ConfigPath usedAt) {}

  private final ResourceIndex index;
  private final StackIdentity stack;
  private final Diagnostics diagnostics;
  private final List<PendingLogicalId> pending = new ArrayList<>();

  public TemplateValues(ResourceIndex index, StackIdentity stack, Diagnostics diagnostics) {
    this.index = index;
    this.stack = stack;
    this.diagnostics = diagnostics;
  }

  public JsonValue resolve(TextValue value, ConfigPath path) {
    if (value instanceof TextValue.Deferred deferred) {
      return resolveCall(deferred.call(), path);
    }
    return partitionNeutral(((TextValue.Literal) value).text(), path);
  }

  /**
   * A literal ARN that names the partition ({@code arn:aws:}) would tie the stack to the commercial
   * partition, and formwork's output never contains that literal: the text is written as an
   * {@code Fn::Sub} with {@code ${AWS::Partition}} (any {@code ${} already in it escaped as
   * {@code ${!}), which means the same in the aws partition and also works in aws-cn and aws-us-gov.
   * A warning says how to write it that way in the config.
   */
  private JsonValue partitionNeutral(String text, ConfigPath path) {
    if (!text.contains("arn:aws:")) {
      return new JsonString(text);
    }
    diagnostics.valueWarning(
        Code.TEMPLATE_LITERAL_PARTITION,
        path,
        "This ARN names the partition 'aws' literally; formwork writes it with ${AWS::Partition} so"
            + " the stack deploys in every partition.",
        "Write it as $CfFormat('arn:${AWS::Partition}:...') to make that explicit.");
    return Cf.sub(text.replace("${", "${!").replace("arn:aws:", "arn:${AWS::Partition}:"));
  }

  /** A literal's text, for properties that must be known at compile time. */
  public static Optional<String> literal(TextValue value) {
    return value instanceof TextValue.Literal literal
        ? Optional.of(literal.text())
        : Optional.empty();
  }

  /** Resolves a raw value (CloudFormation properties, event patterns) keeping its JSON types. */
  public JsonValue resolve(ConfigNode node, ConfigPath path) {
    return resolve(node, path, false);
  }

  /**
   * {@code insideIntrinsic} is true below a user-written {@code Ref}/{@code Fn::*}: strings there
   * are arguments of the intrinsic (e.g. a Sub template) and are kept exactly as written.
   */
  private JsonValue resolve(ConfigNode node, ConfigPath path, boolean insideIntrinsic) {
    if (node instanceof MapNode map) {
      boolean intrinsic =
          insideIntrinsic
              || (map.size() == 1
                  && (map.has("Ref")
                      || map.entries().keySet().iterator().next().startsWith("Fn::")));
      JsonObject.Builder object = JsonObject.builder();
      map.entries()
          .values()
          .forEach(
              entry ->
                  object.put(
                      entry.key(), resolve(entry.value(), path.key(entry.key()), intrinsic)));
      return object.build();
    }
    if (node instanceof ListNode list) {
      List<JsonValue> items = new ArrayList<>(list.items().size());
      for (int i = 0; i < list.items().size(); i++) {
        items.add(resolve(list.items().get(i), path.index(i), insideIntrinsic));
      }
      return new JsonArray(items);
    }
    if (node instanceof DeferredNode deferred) {
      return resolveCall(deferred.call(), path);
    }
    JsonValue value = scalar((ScalarNode) node);
    if (value instanceof JsonString text && !insideIntrinsic) {
      return partitionNeutral(text.value(), path);
    }
    return value;
  }

  /** A scalar as JSON: numbers and booleans keep their type, other text stays a string. */
  public static JsonValue scalar(ScalarNode scalar) {
    String text = scalar.text();
    if (scalar.kind() == ScalarKind.NULL) {
      return JsonNull.INSTANCE;
    }
    if (scalar.kind() == ScalarKind.BOOLEAN) {
      return JsonValue.of(text.equalsIgnoreCase("true"));
    }
    if (scalar.kind() == ScalarKind.INTEGER) {
      try {
        String digits = text.replace("_", "");
        boolean negative = digits.startsWith("-");
        String unsigned = digits.replaceFirst("^[-+]", "");
        BigInteger value =
            unsigned.startsWith("0x")
                ? new BigInteger(unsigned.substring(2), 16)
                : unsigned.startsWith("0o")
                    ? new BigInteger(unsigned.substring(2), 8)
                    : new BigInteger(unsigned);
        return new JsonNumber(new BigDecimal(negative ? value.negate() : value));
      } catch (NumberFormatException notDecimal) {
        return new JsonString(text);
      }
    }
    if (scalar.kind() == ScalarKind.FLOAT) {
      try {
        return new JsonNumber(new BigDecimal(text));
      } catch (NumberFormatException infinityOrNan) {
        return new JsonString(text);
      }
    }
    return new JsonString(text);
  }

  public JsonValue resolveCall(DirectiveCall call, ConfigPath path) {
    if (!call.propertyPath().isEmpty()) {
      diagnostics.valueError(
          Code.DIRECTIVE_BAD_PATH,
          path,
          "$"
              + call.name()
              + "() is resolved by CloudFormation, so a property path (."
              + String.join(".", call.propertyPath())
              + ") cannot be applied to it.");
      return JsonNull.INSTANCE;
    }
    switch (call.name()) {
      case "ResourceParam":
        return resourceParam(call, path);
      case "CfResourceParam":
        return cfResourceParam(call, path);
      case "Secret":
        return secret(call, path);
      case "CfFormat":
        return cfFormat(call, path);
      case "CfStackOutput":
        return cfStackOutput(call, path);
      case "SsmParam":
        return text(call, 0, "parameter name", path)
            .<JsonValue>map(name -> new JsonString("{{resolve:ssm:" + name + "}}"))
            .orElse(JsonNull.INSTANCE);
      default:
        diagnostics.error(
            Code.DIRECTIVE_UNKNOWN,
            path,
            "$" + call.name() + "() cannot be resolved in the template.");
        return JsonNull.INSTANCE;
    }
  }

  private JsonValue resourceParam(DirectiveCall call, ConfigPath path) {
    Optional<String> name = text(call, 0, "resource name", path);
    Optional<String> param = text(call, 1, "parameter", path);
    if (name.isEmpty() || param.isEmpty()) {
      return JsonNull.INSTANCE;
    }
    Optional<IndexedResource> resource = index.find(name.get());
    if (resource.isEmpty()) {
      diagnostics.valueError(
          Code.DIRECTIVE_UNKNOWN_RESOURCE,
          path,
          "$ResourceParam(): no resource named '" + name.get() + "' in this config.",
          Suggestions.didYouMean(name.get(), index.names())
              .orElse(
                  "$ResourceParam() refers to entries of `resources`; use $CfResourceParam() for"
                      + " cloudformationResources."));
      return JsonNull.INSTANCE;
    }
    JsonValue value = resource.get().params().get(param.get());
    if (value == null) {
      List<String> known = List.copyOf(resource.get().params().keySet());
      diagnostics.valueError(
          Code.DIRECTIVE_UNKNOWN_PARAM,
          path,
          "Resource '"
              + name.get()
              + "' ("
              + resource.get().definition().typeName()
              + ") has no parameter '"
              + param.get()
              + "'.",
          Suggestions.didYouMean(param.get(), known).map(s -> s + " ").orElse("")
              + "Referenceable parameters: "
              + String.join(", ", known)
              + ".");
      return JsonNull.INSTANCE;
    }
    return value;
  }

  private JsonValue cfResourceParam(DirectiveCall call, ConfigPath path) {
    Optional<String> logicalId = text(call, 0, "logical ID", path);
    Optional<String> attribute = text(call, 1, "attribute", path);
    if (logicalId.isEmpty() || attribute.isEmpty()) {
      return JsonNull.INSTANCE;
    }
    pending.add(new PendingLogicalId(logicalId.get(), path));
    // "Ref" is a formwork extension: Stacktape only accepts GetAtt attribute names.
    return attribute.get().equals("Ref")
        ? Cf.ref(logicalId.get())
        : Cf.getAtt(logicalId.get(), attribute.get());
  }

  private JsonValue secret(DirectiveCall call, ConfigPath path) {
    Optional<String> reference = text(call, 0, "secret name", path);
    if (reference.isEmpty()) {
      return JsonNull.INSTANCE;
    }
    String[] parts = reference.get().split("\\.", -1);
    String name = parts[0];
    if (name.isEmpty()) {
      diagnostics.valueError(
          Code.DIRECTIVE_BAD_ARGUMENT,
          path,
          "$Secret() needs a secret name, as 'name' or 'name.jsonKey'.");
      return JsonNull.INSTANCE;
    }
    return new JsonString(secretReference(reference.get()));
  }

  /**
   * The dynamic reference for {@code $Secret('name')} or {@code $Secret('name.jsonKey')}. Unpinned:
   * CloudFormation (or a script runner) resolves the current version when it needs the value, so
   * the compiler never calls Secrets Manager and never sees the value.
   */
  public static String secretReference(String reference) {
    String[] parts = reference.split("\\.", -1);
    String key = parts.length > 1 ? parts[1] : "";
    return key.isEmpty()
        ? "{{resolve:secretsmanager:" + parts[0] + "}}"
        : "{{resolve:secretsmanager:" + parts[0] + ":SecretString:" + key + "}}";
  }

  private JsonValue cfFormat(DirectiveCall call, ConfigPath path) {
    Optional<String> format = text(call, 0, "format string", path);
    if (format.isEmpty()) {
      return JsonNull.INSTANCE;
    }
    List<ConfigNode> values = call.arguments().subList(1, call.arguments().size());
    int placeholders = format.get().split("\\{\\}", -1).length - 1;
    if (placeholders != values.size()) {
      diagnostics.valueError(
          Code.DIRECTIVE_FORMAT_ARITY,
          path,
          "$CfFormat() has "
              + placeholders
              + " {} placeholder"
              + (placeholders == 1 ? "" : "s")
              + " but "
              + values.size()
              + " value"
              + (values.size() == 1 ? "" : "s")
              + ".");
      return JsonNull.INSTANCE;
    }
    if (values.isEmpty()) {
      return Cf.sub(format.get());
    }
    StringBuilder template = new StringBuilder();
    Map<String, JsonValue> variables = new LinkedHashMap<>();
    String[] pieces = format.get().split("\\{\\}", -1);
    for (int i = 0; i < pieces.length; i++) {
      template.append(pieces[i]);
      if (i < values.size()) {
        template.append("${sub").append(i).append('}');
        variables.put("sub" + i, resolve(values.get(i), path));
      }
    }
    return Cf.sub(template.toString(), variables);
  }

  private JsonValue cfStackOutput(DirectiveCall call, ConfigPath path) {
    Optional<String> stackName = text(call, 0, "stack name", path);
    Optional<String> outputName = text(call, 1, "output name", path);
    if (stackName.isEmpty() || outputName.isEmpty()) {
      return JsonNull.INSTANCE;
    }
    if (call.arguments().size() > 2) {
      Optional<String> region = text(call, 2, "region", path);
      if (region.isPresent() && !region.get().equals(stack.region())) {
        diagnostics.valueError(
            Code.DIRECTIVE_CROSS_REGION_IMPORT,
            path,
            "$CfStackOutput() cannot import from region "
                + region.get()
                + ": Fn::ImportValue only reads exports of the stack's own region ("
                + stack.region()
                + ").");
        return JsonNull.INSTANCE;
      }
    }
    return Cf.importValue(ExportNames.of(stackName.get(), outputName.get()));
  }

  private Optional<String> text(DirectiveCall call, int position, String what, ConfigPath path) {
    if (call.arguments().size() <= position) {
      diagnostics.valueError(
          Code.DIRECTIVE_BAD_ARGUMENT,
          path,
          "$" + call.name() + "() needs a " + what + " as argument " + (position + 1) + ".");
      return Optional.empty();
    }
    ConfigNode argument = call.arguments().get(position);
    if (argument instanceof ScalarNode scalar && !scalar.isNull() && !scalar.text().isEmpty()) {
      return Optional.of(scalar.text());
    }
    diagnostics.valueError(
        Code.DIRECTIVE_BAD_ARGUMENT,
        path,
        "Argument "
            + (position + 1)
            + " of $"
            + call.name()
            + "() (the "
            + what
            + ") must be text known at compile time, got "
            + argument.describe()
            + ".");
    return Optional.empty();
  }

  /** Reports $CfResourceParam() references to logical IDs that are not in the finished template. */
  public void checkLogicalIds(TemplateBuilder template) {
    for (PendingLogicalId reference : pending) {
      if (!template.has(reference.logicalId())) {
        diagnostics.valueError(
            Code.DIRECTIVE_UNKNOWN_LOGICAL_ID,
            reference.usedAt(),
            "$CfResourceParam(): the template has no resource with logical ID '"
                + reference.logicalId()
                + "'.",
            Suggestions.didYouMean(reference.logicalId(), template.logicalIds())
                .orElse(
                    "Use a key of cloudformationResources or a logical ID formwork generates, such"
                        + " as <Name>Function."));
      }
    }
  }
}
