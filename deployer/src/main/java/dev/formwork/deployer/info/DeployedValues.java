package dev.formwork.deployer.info;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonBool;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates template values ({@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}, {@code Fn::Join},
 * {@code Fn::Select}) against a deployed stack: the values a script's connectTo variables take, a
 * function's environment for a local run or a hotswap, a log group's name. A value that cannot be
 * derived from the stack's resources (a GetAtt AWS computes, such as a stream ARN) stays unknown.
 */
public final class DeployedValues {

  private static final Pattern SUB_VARIABLE =
      Pattern.compile("\\$\\{([A-Za-z0-9:]+)(?:\\.([A-Za-z0-9.]+))?}");

  private final StackInfo stack;
  private final String region;
  private final String account;
  private final String partition;
  private final Map<String, StackInfo.Resource> byLogicalId = new TreeMap<>();

  public DeployedValues(StackInfo stack, String region, String account) {
    this.stack = stack;
    this.region = region;
    this.account = account;
    this.partition =
        region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    stack.resources().forEach(resource -> byLogicalId.put(resource.logicalId(), resource));
  }

  /**
   * Values of a stack whose resources are not read: only the pseudo parameters ({@code
   * AWS::AccountId}, {@code AWS::Region}, …) resolve.
   */
  public static DeployedValues pseudoParameters(String stackName, String region, String account) {
    return new DeployedValues(
        new StackInfo(stackName, "", Optional.empty(), Map.of(), List.of()), region, account);
  }

  /** Each resource's parameters that the stack gives a value; the others are left out. */
  public Map<String, Map<String, String>> evaluate(
      Map<String, Map<String, JsonValue>> templateParams) {
    Map<String, Map<String, String>> result = new TreeMap<>();
    templateParams.forEach(
        (resource, params) -> {
          Map<String, String> values = new LinkedHashMap<>();
          params.forEach(
              (param, value) -> evaluate(value).ifPresent(text -> values.put(param, text)));
          result.put(resource, values);
        });
    return result;
  }

  /** The value as the deployed stack has it, when it can be derived from the stack. */
  public Optional<String> evaluate(JsonValue value) {
    if (value instanceof JsonString text) {
      return Optional.of(text.value());
    }
    if (value instanceof JsonNumber number) {
      return Optional.of(number.text());
    }
    if (value instanceof JsonBool bool) {
      return Optional.of(Boolean.toString(bool.value()));
    }
    if (!(value instanceof JsonObject object) || object.size() != 1) {
      return Optional.empty();
    }
    if (object.get("Ref").orElse(null) instanceof JsonString ref) {
      return ref(ref.value());
    }
    if (object.get("Fn::GetAtt").orElse(null) instanceof JsonArray getAtt
        && getAtt.size() == 2
        && getAtt.get(0) instanceof JsonString id
        && getAtt.get(1) instanceof JsonString attribute) {
      return attribute(id.value(), attribute.value());
    }
    if (object.get("Fn::Join").orElse(null) instanceof JsonArray join
        && join.size() == 2
        && join.get(0) instanceof JsonString separator
        && join.get(1) instanceof JsonArray parts) {
      List<String> values = new ArrayList<>();
      for (JsonValue part : parts.items()) {
        Optional<String> resolved = evaluate(part);
        if (resolved.isEmpty()) {
          return Optional.empty();
        }
        values.add(resolved.get());
      }
      return Optional.of(String.join(separator.value(), values));
    }
    if (object.get("Fn::Select").orElse(null) instanceof JsonArray select
        && select.size() == 2
        && select.get(0) instanceof JsonNumber index
        && select.get(1) instanceof JsonArray list
        && index.isIntegral()
        && index.value().intValue() >= 0
        && index.value().intValue() < list.size()) {
      return evaluate(list.get(index.value().intValue()));
    }
    if (object.get("Fn::Sub").orElse(null) instanceof JsonString template) {
      return substitute(template.value(), Map.of());
    }
    if (object.get("Fn::Sub").orElse(null) instanceof JsonArray sub
        && sub.size() == 2
        && sub.get(0) instanceof JsonString template
        && sub.get(1) instanceof JsonObject variables) {
      Map<String, String> local = new TreeMap<>();
      for (Map.Entry<String, JsonValue> variable : variables.members().entrySet()) {
        Optional<String> resolved = evaluate(variable.getValue());
        if (resolved.isEmpty()) {
          return Optional.empty();
        }
        local.put(variable.getKey(), resolved.get());
      }
      return substitute(template.value(), local);
    }
    return Optional.empty();
  }

  private Optional<String> substitute(String template, Map<String, String> local) {
    Matcher matcher = SUB_VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      Optional<String> value =
          matcher.group(2) != null
              ? attribute(name, matcher.group(2))
              : local.containsKey(name)
                  ? Optional.of(local.get(name))
                  : pseudo(name).or(() -> ref(name));
      if (value.isEmpty()) {
        return Optional.empty();
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value.get()));
    }
    matcher.appendTail(out);
    return Optional.of(out.toString());
  }

  private Optional<String> pseudo(String name) {
    return switch (name) {
      case "AWS::Region" -> Optional.of(region);
      case "AWS::AccountId" -> Optional.of(account);
      case "AWS::Partition" -> Optional.of(partition);
      case "AWS::StackName" -> Optional.of(stack.stackName());
      case "AWS::URLSuffix" ->
          Optional.of(partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com");
      default -> Optional.empty();
    };
  }

  private Optional<String> ref(String logicalId) {
    return Optional.ofNullable(byLogicalId.get(logicalId)).map(StackInfo.Resource::physicalId);
  }

  /**
   * GetAtt values derivable from a physical ID: ARNs and names. Others (URLs, stream ARNs) are
   * unknown here.
   */
  private Optional<String> attribute(String logicalId, String attribute) {
    StackInfo.Resource resource = byLogicalId.get(logicalId);
    if (resource == null) {
      return Optional.empty();
    }
    Map<String, String> params =
        ResourceParams.of(resource.type(), resource.physicalId(), partition, region, account);
    return switch (attribute) {
      case "Arn", "TopicArn" -> Optional.ofNullable(params.get("arn"));
      case "QueueName", "TopicName", "Name" -> Optional.ofNullable(params.get("name"));
      case "QueueUrl" -> Optional.ofNullable(params.get("url"));
      // A published version's physical ID is its ARN, ending in the version number.
      case "Version" ->
          Optional.of(resource.physicalId())
              .filter(arn -> resource.type().equals("AWS::Lambda::Version") && arn.contains(":"))
              .map(arn -> arn.substring(arn.lastIndexOf(':') + 1));
      default -> Optional.empty();
    };
  }
}
