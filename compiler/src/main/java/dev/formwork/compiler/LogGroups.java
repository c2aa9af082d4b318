package dev.formwork.compiler;

import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.Template;
import dev.formwork.compiler.template.TemplateBuilder;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the log groups of a finished template (after overrides, so a custom log group counts): a
 * function writes to {@code LoggingConfig.LogGroup} when set, else to {@code /aws/lambda/<name>}
 * (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html); an HTTP
 * API stage to its {@code AccessLogSettings} destination; a batch job definition to its {@code
 * awslogs-group}; a state machine to its {@code LoggingConfiguration} destinations.
 */
final class LogGroups {

  private static final String LOG_GROUP = "AWS::Logs::LogGroup";

  // Written out rather than composed with Comparator.comparing, and a class rather than a lambda:
  // see "Start-up" in docs/architecture.md.
  private static final Comparator<LogGroup> IN_ORDER =
      new Comparator<>() {
        @Override
        public int compare(LogGroup a, LogGroup b) {
          int order = a.resource().compareTo(b.resource());
          if (order == 0) {
            order = a.source().compareTo(b.source());
          }
          return order != 0 ? order : a.name().toString().compareTo(b.name().toString());
        }
      };

  private final Map<String, CfResource> resources;

  private LogGroups(Template template) {
    this.resources = template.resources();
  }

  /**
   * @param functions the config's functions (their log groups come first, by name)
   * @param owners the builder that knows which config resource produced each logical ID
   * @param configResources the config's resource names (raw CloudFormation has none of them)
   */
  static List<LogGroup> of(
      Template template,
      Map<String, CompiledFunction> functions,
      TemplateBuilder owners,
      Set<String> configResources) {
    LogGroups groups = new LogGroups(template);
    List<LogGroup> found = new ArrayList<>();
    for (CompiledFunction function : functions.values()) {
      Optional<LogGroup> group = groups.function(function);
      if (group.isPresent()) {
        found.add(group.get());
      }
    }
    for (Map.Entry<String, CfResource> entry : groups.resources.entrySet()) {
      Optional<String> owner = owners.ownerName(entry.getKey());
      if (owner.isPresent() && configResources.contains(owner.get())) {
        found.addAll(groups.otherSource(owner.get(), entry.getValue()));
      }
    }
    found.sort(IN_ORDER);
    return List.copyOf(found);
  }

  private Optional<LogGroup> function(CompiledFunction function) {
    CfResource lambda = resources.get(function.logicalId());
    if (lambda == null) {
      return Optional.empty();
    }
    JsonObject properties = lambda.properties();
    Optional<JsonValue> custom = at(properties, "LoggingConfig", "LogGroup");
    JsonValue name;
    if (custom.isPresent()) {
      name = nameOf(custom.get());
    } else if (properties.get("FunctionName").orElse(null) instanceof JsonString text) {
      name = new JsonString("/aws/lambda/" + text.value());
    } else {
      name = new JsonString("/aws/lambda/" + function.physicalName());
    }
    return Optional.of(new LogGroup(function.name(), LogGroup.Source.FUNCTION, name));
  }

  private List<LogGroup> otherSource(String owner, CfResource resource) {
    JsonObject properties = resource.properties();
    List<LogGroup> found = new ArrayList<>();
    switch (resource.type()) {
      case "AWS::ApiGatewayV2::Stage" -> {
        Optional<JsonValue> arn = at(properties, "AccessLogSettings", "DestinationArn");
        if (arn.isPresent()) {
          found.add(new LogGroup(owner, LogGroup.Source.HTTP_API_ACCESS, nameOfArn(arn.get())));
        }
      }
      case "AWS::Batch::JobDefinition" -> {
        Optional<JsonValue> group =
            at(properties, "ContainerProperties", "LogConfiguration", "Options", "awslogs-group");
        if (group.isPresent()) {
          found.add(new LogGroup(owner, LogGroup.Source.BATCH_JOB, nameOf(group.get())));
        }
      }
      case "AWS::StepFunctions::StateMachine" -> {
        if (at(properties, "LoggingConfiguration", "Destinations").orElse(null)
            instanceof JsonArray list) {
          for (JsonValue destination : list.items()) {
            Optional<JsonValue> arn = at(destination, "CloudWatchLogsLogGroup", "LogGroupArn");
            if (arn.isPresent()) {
              found.add(new LogGroup(owner, LogGroup.Source.STATE_MACHINE, nameOfArn(arn.get())));
            }
          }
        }
      }
      default -> {
        // Other resources write no logs that formwork configures.
      }
    }
    return found;
  }

  /**
   * A log group name, or a Ref to a log group of the template: its literal name when it has one.
   */
  private JsonValue nameOf(JsonValue value) {
    Optional<String> target = refTarget(value, "Ref");
    return target.isPresent() ? declaredName(target.get()).orElse(value) : value;
  }

  /**
   * The name in a log group ARN ({@code arn:…:log-group:<name>[:*]}), or of the group a {@code
   * Fn::GetAtt [Group, Arn]} points to; a group without a literal name stays a Ref to it.
   */
  private JsonValue nameOfArn(JsonValue arn) {
    if (arn instanceof JsonString text && text.value().contains(":log-group:")) {
      String name = text.value().substring(text.value().indexOf(":log-group:") + 11);
      return new JsonString(name.endsWith(":*") ? name.substring(0, name.length() - 2) : name);
    }
    Optional<String> target = refTarget(arn, "Fn::GetAtt");
    if (target.isPresent()) {
      return declaredName(target.get()).orElse(JsonObject.of("Ref", new JsonString(target.get())));
    }
    return arn;
  }

  private Optional<JsonValue> declaredName(String logicalId) {
    CfResource group = resources.get(logicalId);
    if (group == null || !group.type().equals(LOG_GROUP)) {
      return Optional.empty();
    }
    return Optional.of(
        group
            .properties()
            .get("LogGroupName")
            .orElse(JsonObject.of("Ref", new JsonString(logicalId))));
  }

  /** The logical ID a {@code Ref} or a {@code Fn::GetAtt [Id, Arn]} names. */
  private static Optional<String> refTarget(JsonValue value, String intrinsic) {
    if (!(value instanceof JsonObject object) || object.size() != 1) {
      return Optional.empty();
    }
    JsonValue argument = object.get(intrinsic).orElse(null);
    if (argument instanceof JsonString id) {
      // Ref names the resource; the string form of GetAtt is "Id.Arn".
      if (intrinsic.equals("Ref")) {
        return Optional.of(id.value());
      }
      String text = id.value();
      return text.endsWith(".Arn")
          ? Optional.of(text.substring(0, text.length() - 4))
          : Optional.empty();
    }
    if (argument instanceof JsonArray list
        && list.size() == 2
        && list.get(0) instanceof JsonString id
        && list.get(1).equals(new JsonString("Arn"))) {
      return Optional.of(id.value());
    }
    return Optional.empty();
  }

  /** The value at a path of keys through nested objects; empty when a step is missing. */
  private static Optional<JsonValue> at(JsonValue root, String... keys) {
    JsonValue value = root;
    for (String key : keys) {
      if (!(value instanceof JsonObject object) || object.get(key).isEmpty()) {
        return Optional.empty();
      }
      value = object.get(key).get();
    }
    return Optional.of(value);
  }
}
