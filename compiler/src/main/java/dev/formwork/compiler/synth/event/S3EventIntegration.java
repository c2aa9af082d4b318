package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.ref.BucketRef;
import dev.formwork.compiler.synth.ref.ResourceReference;
import dev.formwork.compiler.synth.stack.BucketNotifications.LambdaNotification;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.model.event.S3Event;
import java.util.Optional;

/**
 * An {@code s3} event: a native LambdaConfiguration in the bucket's NotificationConfiguration
 * (collected by {@code stack.BucketNotifications}) and one {@code <Fn><Bucket>S3Permission}
 * (AWS::Lambda::Permission) per function–bucket pair, scoped by the bucket's deterministic ARN and
 * the account, so the bucket can depend on it without a cycle. A bucket outside the stack gets an
 * EventBridge rule instead ({@link ExternalBucketEvents}).
 */
public final class S3EventIntegration implements EventIntegration<S3Event> {

  @Override
  public Class<S3Event> type() {
    return S3Event.class;
  }

  @Override
  public void synthesize(
      FunctionAssembly function, S3Event event, ConfigPath eventPath, SynthesisContext context) {
    ConfigPath arnPath = eventPath.key("properties").key("bucketArn");
    Optional<ResourceReference> reference = ResourceReference.of(event.properties().bucketArn());
    if (reference.isEmpty() || !reference.get().param().equals("arn")) {
      ExternalBucketEvents.synthesize(function, event, eventPath, context);
      return;
    }
    Optional<BucketRef> bucket =
        context.index().bucket(reference.get().resourceName(), arnPath, context.diagnostics());
    if (bucket.isEmpty()) {
      return;
    }
    String permissionId =
        function.logicalPrefix() + PascalCase.of(bucket.get().name()) + "S3Permission";
    if (!context.template().has(permissionId)) {
      context
          .template()
          .add(
              permissionId,
              CfResource.of(
                  "AWS::Lambda::Permission",
                  JsonObject.builder()
                      .put("Action", "lambda:InvokeFunction")
                      .put("FunctionName", function.endpoint())
                      .put("Principal", "s3.amazonaws.com")
                      // A bucket ARN has no account ID, so SourceAccount keeps another account's
                      // bucket of the same name out.
                      .put("SourceAccount", Cf.ref("AWS::AccountId"))
                      .put("SourceArn", bucket.get().arn())
                      .build()),
              function.path(),
              function.name());
    }
    Optional<S3Event.FilterRule> filter = event.properties().filterRule();
    context
        .bucketNotifications()
        .add(
            bucket.get(),
            new LambdaNotification(
                event.properties().s3EventType().configValue(),
                function.endpoint(),
                filter.isPresent() ? filter.get().prefix() : Optional.empty(),
                filter.isPresent() ? filter.get().suffix() : Optional.empty(),
                permissionId));
  }
}
