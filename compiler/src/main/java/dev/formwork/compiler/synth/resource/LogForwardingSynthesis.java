package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.stack.PlainTextSecrets;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.compiler.template.TrustPolicy;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.logging.LogForwarding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code logging.logForwarding} of a function or HTTP API, native CloudFormation as in Stacktape:
 * {@code <X>LogGroupDeliveryStream} (AWS::KinesisFirehose::DeliveryStream, DirectPut, to an HTTP
 * endpoint), {@code <X>LogForwardingFailedRecordsBucket} for the records it could not deliver,
 * {@code <X>LogForwardingS3Role} (Firehose writes that bucket), {@code <X>LogGroupCwToFirehoseRole}
 * (CloudWatch Logs puts records into the stream) and {@code <X>LogGroupSubscriptionFilter}. API
 * keys are $Secret dynamic references, or NoEcho parameters when written in plain text.
 */
final class LogForwardingSynthesis {

  /** Firehose buffering: size in MB and interval in seconds. */
  private record Buffering(int megabytes, int seconds) {}

  /** What one destination type sends. */
  private record Destination(
      JsonValue url,
      String name,
      Optional<JsonValue> accessKey,
      boolean gzip,
      Map<String, String> attributes,
      int retrySeconds,
      Buffering buffering) {}

  private LogForwardingSynthesis() {}

  /** Log forwarding needs the log group that {@code logging.disabled} would leave out. */
  static void forward(
      String name,
      boolean loggingDisabled,
      LogForwarding forwarding,
      ConfigPath loggingPath,
      SynthesisContext context) {
    if (loggingDisabled) {
      context
          .diagnostics()
          .error(
              Code.CONFIG_EXCLUSIVE_PROPERTIES,
              loggingPath.key("logForwarding"),
              "'" + name + "' forwards its logs, but logging.disabled leaves it no log group.",
              "Remove disabled: true, or the logForwarding.");
      return;
    }
    LogForwardingSynthesis.synthesize(
        name,
        forwarding,
        loggingPath.key("logForwarding"),
        ConfigPath.of("resources", name),
        context);
  }

  /**
   * Forwards the log group {@code <resource>LogGroup} to {@code forwarding}, configured at {@code
   * path}.
   */
  static void synthesize(
      String resource,
      LogForwarding forwarding,
      ConfigPath path,
      ConfigPath owner,
      SynthesisContext context) {
    Destination destination = destination(resource, forwarding, path, context);
    String bucket = LogicalIds.logForwardingBucket(resource);
    String s3Role = LogicalIds.logForwardingRole(resource);
    String stream = LogicalIds.logDeliveryStream(resource);
    String logsRole = LogicalIds.logToFirehoseRole(resource);
    add(
        context,
        bucket,
        CfResource.of(
            "AWS::S3::Bucket",
            JsonObject.builder()
                .put(
                    "BucketEncryption",
                    JsonObject.of(
                        "ServerSideEncryptionConfiguration",
                        JsonArray.of(
                            JsonObject.of(
                                "ServerSideEncryptionByDefault",
                                JsonObject.of("SSEAlgorithm", JsonValue.of("AES256"))))))
                .put(
                    "PublicAccessBlockConfiguration",
                    JsonObject.builder()
                        .put("BlockPublicAcls", true)
                        .put("BlockPublicPolicy", true)
                        .put("IgnorePublicAcls", true)
                        .put("RestrictPublicBuckets", true)
                        .build())
                .build()),
        owner,
        resource);
    JsonValue bucketArn = Cf.getAtt(bucket, "Arn");
    add(
        context,
        s3Role,
        role(
            "firehose.amazonaws.com",
            "write-failed-records",
            PolicyStatement.allow(
                List.of(
                    "s3:AbortMultipartUpload",
                    "s3:GetBucketLocation",
                    "s3:ListBucket",
                    "s3:ListBucketMultipartUploads",
                    "s3:PutObject"),
                List.of(bucketArn, Cf.join("", List.of(bucketArn, JsonValue.of("/*")))))),
        owner,
        resource);
    JsonObject.Builder endpoint =
        JsonObject.builder().put("Name", destination.name()).put("Url", destination.url());
    endpoint.putIfPresent("AccessKey", destination.accessKey());
    JsonObject.Builder request =
        JsonObject.builder().put("ContentEncoding", destination.gzip() ? "GZIP" : "NONE");
    if (!destination.attributes().isEmpty()) {
      List<JsonValue> attributes = new ArrayList<>();
      for (Map.Entry<String, String> attribute :
          new TreeMap<>(destination.attributes()).entrySet()) {
        attributes.add(
            JsonObject.builder()
                .put("AttributeName", attribute.getKey())
                .put("AttributeValue", attribute.getValue())
                .build());
      }
      request.put("CommonAttributes", new JsonArray(attributes));
    }
    add(
        context,
        stream,
        CfResource.of(
            "AWS::KinesisFirehose::DeliveryStream",
            JsonObject.builder()
                .put("DeliveryStreamType", "DirectPut")
                .put(
                    "HttpEndpointDestinationConfiguration",
                    JsonObject.builder()
                        .put(
                            "BufferingHints",
                            JsonObject.builder()
                                .put("IntervalInSeconds", destination.buffering().seconds())
                                .put("SizeInMBs", destination.buffering().megabytes())
                                .build())
                        .put("EndpointConfiguration", endpoint.build())
                        .put("RequestConfiguration", request.build())
                        .put(
                            "RetryOptions",
                            JsonObject.of(
                                "DurationInSeconds", JsonValue.of(destination.retrySeconds())))
                        .put("RoleARN", Cf.getAtt(s3Role, "Arn"))
                        .put("S3BackupMode", "FailedDataOnly")
                        .put(
                            "S3Configuration",
                            JsonObject.builder()
                                .put("BucketARN", bucketArn)
                                .put(
                                    "BufferingHints",
                                    JsonObject.builder()
                                        .put("IntervalInSeconds", 300)
                                        .put("SizeInMBs", 5)
                                        .build())
                                .put("CompressionFormat", "GZIP")
                                .put("RoleARN", Cf.getAtt(s3Role, "Arn"))
                                .build())
                        .build())
                .build()),
        owner,
        resource);
    add(
        context,
        logsRole,
        role(
            "logs.amazonaws.com",
            "put-into-delivery-stream",
            PolicyStatement.allow(
                List.of("firehose:PutRecord", "firehose:PutRecordBatch"),
                List.of(Cf.getAtt(stream, "Arn")))),
        owner,
        resource);
    add(
        context,
        LogicalIds.logSubscriptionFilter(resource),
        CfResource.of(
            "AWS::Logs::SubscriptionFilter",
            JsonObject.builder()
                .put("DestinationArn", Cf.getAtt(stream, "Arn"))
                .put("FilterPattern", "")
                .put("LogGroupName", Cf.ref(LogicalIds.logGroup(resource)))
                .put("RoleArn", Cf.getAtt(logsRole, "Arn"))
                .build()),
        owner,
        resource);
  }

  /** Stacktape's settings per destination type. */
  private static Destination destination(
      String resource, LogForwarding forwarding, ConfigPath path, SynthesisContext context) {
    ConfigPath properties = path.key("properties");
    if (forwarding instanceof LogForwarding.Datadog datadog) {
      return new Destination(
          JsonValue.of(datadog.properties().endpointUrl()),
          "datadog",
          Optional.of(
              PlainTextSecrets.resolve(
                  datadog.properties().apiKey(),
                  properties.key("apiKey"),
                  LogicalIds.providerKeyParameter(resource, "datadogApiKey"),
                  "Datadog API key of " + resource,
                  context)),
          true,
          Map.of(),
          60,
          new Buffering(4, 60));
    }
    if (forwarding instanceof LogForwarding.Highlight highlight) {
      return new Destination(
          JsonValue.of(highlight.properties().endpointUrl()),
          "highlight",
          Optional.empty(),
          true,
          Map.of("x-highlight-project", highlight.properties().projectId()),
          300,
          new Buffering(1, 60));
    }
    LogForwarding.HttpEndpointProperties http =
        ((LogForwarding.HttpEndpoint) forwarding).properties();
    return new Destination(
        context.values().resolve(http.endpointUrl(), properties.key("endpointUrl")),
        "http-endpoint",
        http.accessKey().isPresent()
            ? Optional.of(
                PlainTextSecrets.resolve(
                    http.accessKey().get(),
                    properties.key("accessKey"),
                    LogicalIds.providerKeyParameter(resource, "logForwardingAccessKey"),
                    "log forwarding access key of " + resource,
                    context))
            : Optional.empty(),
        http.gzipEncodingEnabled(),
        http.parameters(),
        http.retryDuration(),
        new Buffering(1, 60));
  }

  /** A role a service assumes, with one inline policy. */
  private static CfResource role(String service, String policyName, PolicyStatement statement) {
    return CfResource.of(
        "AWS::IAM::Role",
        JsonObject.builder()
            .put("AssumeRolePolicyDocument", TrustPolicy.forServiceOfThisAccount(service))
            .put(
                "Policies",
                JsonArray.of(
                    JsonObject.builder()
                        .put(
                            "PolicyDocument",
                            JsonObject.builder()
                                .put("Statement", JsonArray.of(statement.toJson()))
                                .put("Version", "2012-10-17")
                                .build())
                        .put("PolicyName", policyName)
                        .build()))
            .build());
  }

  private static void add(
      SynthesisContext context,
      String logicalId,
      CfResource resource,
      ConfigPath owner,
      String ownerName) {
    context.template().add(logicalId, resource, owner, ownerName);
  }
}
