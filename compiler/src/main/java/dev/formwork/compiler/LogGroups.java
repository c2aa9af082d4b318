package dev.formwork.compiler;

import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.Template;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the log groups of a finished template (after overrides, so a custom log group counts): a
 * function writes to {@code LoggingConfig.LogGroup} when set, else to {@code /aws/lambda/<name>}
 * (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html); an HTTP
 * API stage to its {@code AccessLogSettings} destination; a batch job definition to its {@code
 * awslogs-group}; a state machine to its {@code LoggingConfiguration} destinations.
 */
final class LogGroups {

  private static final String LOG_GROUP = "AWS::Logs::LogGroup";

  private final Map<String, CfResource> resources;

  private LogGroups(Template template) {
    this.resources = template.resources();
  }

  /**
   * @param functions the config's functions (their log groups come first, by name)
   * @param ownerOf the config resource that owns a logical ID (empty for raw CloudFormation)
   */
  static List<LogGroup> of(
      Template template,
      Map<String, CompiledFunction> functions,
      Function<String, Optional<String>> ownerOf) {
    LogGroups groups = new LogGroups(template);
    List<LogGroup> found = new ArrayList<>();
    functions.values().forEach(function -> groups.function(function).ifPresent(found::add));
    groups.resources.forEach(
        (logicalId, resource) ->
            ownerOf
                .apply(logicalId)
                .ifPresent(owner -> found.addAll(groups.otherSource(owner, resource))));
    found.sort(LogGroups::inOrder);
    return List.copyOf(found);
  }

  // Written out rather than composed with Comparator.comparing: the JDK's own lambdas are not in
  // the CDS archive, so each composed comparator is a class generated on every start.
  private static int inOrder(LogGroup a, LogGroup b) {
    int order = a.resource().compareTo(b.resource());
    if (order == 0) {
      order = a.source().compareTo(b.source());
    }
    return order != 0 ? order : a.name().toString().compareTo(b.name().toString());
  }

  private Optional<LogGroup> function(CompiledFunction function) {
    CfResource lambda = resources.get(function.logicalId());
    if (lambda == null) {
      return Optional.empty();
    }
    JsonObject properties = lambda.properties();
    Optional<JsonValue> custom =
        object(properties.get("LoggingConfig")).flatMap(config -> config.get("LogGroup"));
    JsonValue name =
        custom
            .map(this::nameOf)
            .orElseGet(
                () ->
                    properties.get("FunctionName").orElse(null) instanceof JsonString text
                        ? new JsonString("/aws/lambda/" + text.value())
                        : new JsonString("/aws/lambda/" + function.physicalName()));
    return Optional.of(new LogGroup(function.name(), LogGroup.Source.FUNCTION, name));
  }

  private List<LogGroup> otherSource(String owner, CfResource resource) {
    JsonObject properties = resource.properties();
    List<LogGroup> found = new ArrayList<>();
    switch (resource.type()) {
      case "AWS::ApiGatewayV2::Stage" ->
          object(properties.get("AccessLogSettings"))
              .flatMap(settings -> settings.get("DestinationArn"))
              .map(this::nameOfArn)
              .ifPresent(
                  name -> found.add(new LogGroup(owner, LogGroup.Source.HTTP_API_ACCESS, name)));
      case "AWS::Batch::JobDefinition" ->
          object(properties.get("ContainerProperties"))
              .flatMap(container -> object(container.get("LogConfiguration")))
              .flatMap(logging -> object(logging.get("Options")))
              .flatMap(options -> options.get("awslogs-group"))
              .map(this::nameOf)
              .ifPresent(name -> found.add(new LogGroup(owner, LogGroup.Source.BATCH_JOB, name)));
      case "AWS::StepFunctions::StateMachine" -> {
        Optional<JsonValue> destinations =
            object(properties.get("LoggingConfiguration"))
                .flatMap(logging -> logging.get("Destinations"));
        if (destinations.orElse(null) instanceof JsonArray list) {
          for (JsonValue destination : list.items()) {
            object(Optional.of(destination))
                .flatMap(entry -> object(entry.get("CloudWatchLogsLogGroup")))
                .flatMap(group -> group.get("LogGroupArn"))
                .map(this::nameOfArn)
                .ifPresent(
                    name -> found.add(new LogGroup(owner, LogGroup.Source.STATE_MACHINE, name)));
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
    return refTarget(value, "Ref").flatMap(this::declaredName).orElse(value);
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
      return intrinsic.equals("Ref")
          ? Optional.of(id.value())
          : Optional.of(id.value())
              .filter(text -> text.endsWith(".Arn"))
              .map(text -> text.substring(0, text.length() - 4));
    }
    if (argument instanceof JsonArray list
        && list.size() == 2
        && list.get(0) instanceof JsonString id
        && list.get(1).equals(new JsonString("Arn"))) {
      return Optional.of(id.value());
    }
    return Optional.empty();
  }

  private static Optional<JsonObject> object(Optional<JsonValue> value) {
    return value.filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
  }
}
