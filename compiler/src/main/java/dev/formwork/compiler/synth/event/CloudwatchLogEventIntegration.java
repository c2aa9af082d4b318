package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.IndexedResource;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.compiler.synth.ref.ResourceReference;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.UserText;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.CloudwatchLogEvent;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code cloudwatch-log} event: {@code <Fn><Source>LogSubscriptionFilter}
 * (AWS::Logs::SubscriptionFilter) and {@code <Fn><Source>LogPermission} (AWS::Lambda::Permission
 * for logs.amazonaws.com, scoped by the log group ARN and the account). {@code <Source>} is the
 * function whose log group is read, or a hash of the ARN. Two events of one function on one log
 * group are told apart by a hash of their filter patterns; with one, changing the pattern updates
 * the subscription filter in place.
 */
public final class CloudwatchLogEventIntegration implements EventIntegration<CloudwatchLogEvent> {

  /** The $ResourceParam parameter of a function's (or batch job's) log group ARN. */
  private static final String LOG_GROUP_PARAM = "logGroupArn";

  /** {@code arn:<partition>:<service>:<region>:<account>:<resource>}. */
  private static final Pattern ARN = Pattern.compile("arn:[^:]*:([^:]*):[^:]*:[^:]*:(.*)");

  @Override
  public Class<CloudwatchLogEvent> type() {
    return CloudwatchLogEvent.class;
  }

  @Override
  public void synthesize(
      FunctionAssembly function,
      CloudwatchLogEvent event,
      ConfigPath eventPath,
      SynthesisContext context) {
    ConfigPath arnPath = eventPath.key("properties").key("logGroupArn");
    Optional<ResourceReference> reference = ResourceReference.of(event.properties().logGroupArn());
    if (reference.isPresent() && reference.get().resourceName().equals(function.name())) {
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_INVALID_VALUE,
              arnPath,
              "Function '"
                  + function.name()
                  + "' cannot subscribe to its own log group: every invocation would log and"
                  + " trigger it again.");
      return;
    }
    // The Stacktape docs' own example subscribes to $ResourceParam('<function>', 'arn'); a
    // subscription filter needs a log group, so formwork reads the function's (with a warning).
    Optional<FunctionRef> named = functionWithLogGroup(reference, context);
    Optional<String> notALogGroup =
        named.isPresent()
            ? Optional.empty()
            : notALogGroup(event.properties().logGroupArn(), reference);
    if (notALogGroup.isPresent()) {
      context
          .diagnostics()
          .valueError(
              Code.CONFIG_INVALID_VALUE,
              arnPath,
              notALogGroup.get()
                  + " The subscription filter would name a log group that does not exist, and the"
                  + " deploy would fail.",
              Optional.of(
                  reference.isPresent()
                      ? "Use $ResourceParam('"
                          + reference.get().resourceName()
                          + "', '"
                          + LOG_GROUP_PARAM
                          + "')."
                      : "A log group ARN has the form"
                          + " arn:<partition>:logs:<region>:<account>:log-group:<name>."));
      return;
    }
    JsonValue logGroupArn = context.values().resolve(event.properties().logGroupArn(), arnPath);
    if (named.isPresent()) {
      context
          .diagnostics()
          .valueWarning(
              Code.CONFIG_FUNCTION_ARN_AS_LOG_GROUP,
              arnPath,
              "This is the ARN of function '"
                  + named.get().name()
                  + "', not of a log group; formwork subscribes to the function's log group.",
              "Write $ResourceParam('" + named.get().name() + "', 'logGroupArn').");
      logGroupArn = named.get().logGroupArn();
    }
    String source =
        reference.isPresent()
            ? PascalCase.of(reference.get().resourceName())
            : "Group"
                + EventIds.upperHash(ResourceReference.text(event.properties().logGroupArn()));
    String filter = event.properties().filter().orElse("");
    // Two filters on one log group (CloudWatch Logs allows two) are told apart by their patterns.
    Optional<String> identity = EventIds.identity(function, event, source, eventPath, context);
    if (identity.isEmpty()) {
      return;
    }
    String id = function.logicalPrefix() + identity.get() + "Log";
    String permissionId = id + "Permission";
    if (!EventIds.claim(permissionId, function, eventPath, context)) {
      return;
    }
    context
        .template()
        .add(
            permissionId,
            CfResource.of(
                "AWS::Lambda::Permission",
                JsonObject.builder()
                    .put("Action", "lambda:InvokeFunction")
                    .put("FunctionName", function.endpoint())
                    .put("Principal", "logs.amazonaws.com")
                    .put("SourceAccount", Cf.ref("AWS::AccountId"))
                    .put("SourceArn", logGroupArn)
                    .build()),
            function.path(),
            function.name());
    context
        .template()
        .add(
            id + "SubscriptionFilter",
            CfResource.of(
                    "AWS::Logs::SubscriptionFilter",
                    JsonObject.builder()
                        .put("DestinationArn", function.endpoint())
                        .put("FilterPattern", filter)
                        // arn:<partition>:logs:<region>:<account>:log-group:<name>[:*] — the name
                        // is the 7th field.
                        .put("LogGroupName", Cf.select(6, Cf.split(":", logGroupArn)))
                        .build())
                .dependingOn(List.of(permissionId)),
            function.path(),
            function.name());
  }

  /**
   * Why the value is not a log group ARN, when that is certain: a $ResourceParam of another
   * parameter (a function's {@code arn} is the usual mistake), or a literal ARN of another service
   * or resource type.
   */
  /** The function that {@code $ResourceParam('<function>', 'arn')} names, if it has a log group. */
  private static Optional<FunctionRef> functionWithLogGroup(
      Optional<ResourceReference> reference, SynthesisContext context) {
    if (reference.isEmpty() || !reference.get().param().equals("arn")) {
      return Optional.empty();
    }
    Optional<IndexedResource> resource = context.index().find(reference.get().resourceName());
    if (resource.isPresent()
        && resource.get().ref() instanceof FunctionRef function
        && function.hasLogGroup()) {
      return Optional.of(function);
    }
    return Optional.empty();
  }

  private static Optional<String> notALogGroup(
      TextValue value, Optional<ResourceReference> reference) {
    if (reference.isPresent()) {
      return reference.get().param().equals(LOG_GROUP_PARAM)
          ? Optional.empty()
          : Optional.of(
              "$ResourceParam('"
                  + reference.get().resourceName()
                  + "', '"
                  + reference.get().param()
                  + "') is not a log group ARN.");
    }
    if (value instanceof TextValue.Literal literal) {
      Matcher arn = ARN.matcher(literal.text());
      if (arn.matches()
          && !(arn.group(1).equals("logs") && arn.group(2).startsWith("log-group:"))) {
        return Optional.of(
            "'" + UserText.excerpt(literal.text()) + "' is an ARN, but not of a log group.");
      }
    }
    return Optional.empty();
  }
}
