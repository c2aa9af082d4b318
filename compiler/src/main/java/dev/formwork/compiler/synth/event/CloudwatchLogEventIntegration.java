package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.EventIds;
import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.compiler.synth.ref.ResourceReference;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.CloudwatchLogEvent;
import java.util.List;
import java.util.Optional;

/**
 * A {@code cloudwatch-log} event: {@code <Fn><Source>LogSubscriptionFilter}
 * (AWS::Logs::SubscriptionFilter) and {@code <Fn><Source>LogPermission} (AWS::Lambda::Permission
 * for logs.amazonaws.com, scoped by the log group ARN and the account). {@code <Source>} is the
 * function whose log group is read, or a hash of the ARN; a filter pattern adds its own hash, so
 * two filters on one group get two IDs.
 */
public final class CloudwatchLogEventIntegration implements EventIntegration<CloudwatchLogEvent> {

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
    JsonValue logGroupArn = context.values().resolve(event.properties().logGroupArn(), arnPath);
    Optional<FunctionRef> named =
        reference
            .filter(ref -> ref.param().equals("arn"))
            .flatMap(ref -> context.index().find(ref.resourceName()))
            .map(resource -> resource.ref())
            .filter(FunctionRef.class::isInstance)
            .map(FunctionRef.class::cast);
    if (named.isPresent() && named.get().hasLogGroup()) {
      // The Stacktape docs' own example subscribes to $ResourceParam('<function>', 'arn'); a
      // subscription filter needs a log group, so formwork reads the function's.
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
        reference
            .map(ref -> PascalCase.of(ref.resourceName()))
            .orElseGet(
                () ->
                    "Group"
                        + EventIds.hash(ResourceReference.text(event.properties().logGroupArn())));
    String filter = event.properties().filter().orElse("");
    String id =
        function.logicalPrefix() + source + (filter.isEmpty() ? "" : EventIds.hash(filter)) + "Log";
    String permissionId = id + "Permission";
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
}
