package dev.formwork.compiler.synth;

import dev.formwork.compiler.check.LogicalIdReferences;
import dev.formwork.compiler.synth.values.IntrinsicScope;
import dev.formwork.compiler.synth.values.SecretUses;
import dev.formwork.compiler.synth.values.TemplateIntrinsic;
import dev.formwork.compiler.synth.values.TemplateIntrinsics;
import dev.formwork.compiler.template.Cf;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns config values into template values: it walks raw values keeping their JSON types, writes
 * literal {@code arn:aws:} ARNs partition-neutral, and hands each template-time directive to its
 * {@link TemplateIntrinsic} ({@code synth/values}), which gives it its meaning.
 */
public final class TemplateValues {

  private final Diagnostics diagnostics;
  private final IntrinsicScope scope;
  private final SecretUses secrets = new SecretUses();

  /**
   * {@code logicalIds} receives the logical IDs that $CfResourceParam() names, to be checked once
   * the template is complete.
   */
  public TemplateValues(
      ResourceIndex index, LogicalIdReferences logicalIds, Diagnostics diagnostics) {
    this(index, logicalIds, Map.of(), diagnostics);
  }

  /** With the types of the config's cloudformationResources, by logical ID. */
  public TemplateValues(
      ResourceIndex index,
      LogicalIdReferences logicalIds,
      Map<String, String> rawResourceTypes,
      Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.scope =
        new IntrinsicScope(index, diagnostics, this, logicalIds, secrets, rawResourceTypes);
  }

  /** The secrets that {@code $Secret()} values resolved so far reference. */
  public SecretUses secretUses() {
    return secrets;
  }

  public JsonValue resolve(TextValue value, ConfigPath path) {
    if (value instanceof TextValue.Deferred deferred) {
      return resolveCall(deferred.call(), path);
    }
    return partitionNeutral(((TextValue.Literal) value).text(), path);
  }

  /**
   * A literal ARN that names the partition ({@code arn:aws:}) would tie the stack to the commercial
   * partition, and formwork's output never contains that literal: the text is written as an {@code
   * Fn::Sub} with <code>${AWS::Partition}</code> (any <code>${</code> already in it escaped as
   * <code>${!</code>), which means the same in the aws partition and also works in aws-cn and
   * aws-us-gov. A warning says how to write it that way in the config.
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
              || (map.size() == 1 && Cf.isIntrinsicName(map.entries().keySet().iterator().next()));
      JsonObject.Builder object = JsonObject.builder();
      for (MapNode.Entry entry : map.entries().values()) {
        object.put(entry.key(), resolve(entry.value(), path.key(entry.key()), intrinsic));
      }
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
  private static JsonValue scalar(ScalarNode scalar) {
    String text = scalar.text();
    if (scalar.kind() == ScalarKind.NULL) {
      return JsonNull.INSTANCE;
    }
    if (scalar.kind() == ScalarKind.BOOLEAN) {
      return JsonValue.of(text.equalsIgnoreCase("true"));
    }
    if (text.length() > ScalarNode.MAX_NUMBER_LENGTH) {
      return new JsonString(text);
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

  /**
   * A template-time directive's value, from its {@link TemplateIntrinsic}. A property path written
   * after the call cannot be applied: the value only exists once CloudFormation resolves it.
   */
  private JsonValue resolveCall(DirectiveCall call, ConfigPath path) {
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
    return TemplateIntrinsics.of(call.name()).resolve(call, path, scope);
  }
}
