package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.PolicyStatement;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.event.KafkaTopicEvent;
import dev.formwork.schema.model.event.KafkaTopicEvent.AuthProperties;
import dev.formwork.schema.value.TextValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code kafka-topic} event on a self-managed cluster: an AWS::Lambda::EventSourceMapping {@code
 * <Fn>Kafka<hash>EventSourceMapping} (the hash of the bootstrap servers and topic, never of a
 * setting) with bootstrap servers, topic, SASL/SCRAM or mTLS secrets and a starting position, and
 * secretsmanager:GetSecretValue on exactly those secrets.
 */
public final class KafkaTopicEventIntegration implements EventIntegration<KafkaTopicEvent> {

  static final String POLICY = "kafka-secrets";

  @Override
  public Class<KafkaTopicEvent> type() {
    return KafkaTopicEvent.class;
  }

  @Override
  public void synthesize(
      FunctionAssembly function,
      KafkaTopicEvent event,
      ConfigPath eventPath,
      SynthesisContext context) {
    KafkaTopicEvent.Properties properties = event.properties();
    ConfigPath propertiesPath = eventPath.key("properties");
    KafkaTopicEvent.CustomKafkaConfiguration cluster = properties.customKafkaConfiguration();
    ConfigPath authPath = propertiesPath.key("customKafkaConfiguration").key("authentication");
    Optional<List<JsonValue>> access =
        accessConfigurations(cluster.authentication(), authPath, context);
    if (access.isEmpty()) {
      return;
    }
    JsonObject.Builder json =
        JsonObject.builder()
            .put("FunctionName", function.endpoint())
            .put(
                "SelfManagedEventSource",
                JsonObject.of(
                    "Endpoints",
                    JsonObject.of(
                        "KafkaBootstrapServers", JsonArray.ofStrings(cluster.bootstrapServers()))))
            .put("Topics", JsonArray.ofStrings(List.of(cluster.topicName())))
            .put("SourceAccessConfigurations", new JsonArray(access.get()))
            // Required for self-managed Kafka although CloudFormation marks it optional:
            // https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html#lambda-CreateEventSourceMapping-request-StartingPosition
            .put("StartingPosition", properties.startingPosition().configValue())
            // Always written, so that enabling a mapping created disabled is an in-place update.
            .put("Enabled", properties.enabled());
    json.putIfPresent("BatchSize", properties.batchSize());
    json.putIfPresent("MaximumBatchingWindowInSeconds", properties.maxBatchWindowSeconds());
    JsonObject mapping = json.build();
    Optional<String> identity =
        EventIds.identity(
            function, event, "Kafka" + EventIds.sourceHash(event), eventPath, context);
    if (identity.isEmpty()) {
      return;
    }
    String mappingId = function.logicalPrefix() + identity.get() + "EventSourceMapping";
    if (!EventIds.claim(mappingId, function, eventPath, context)) {
      return;
    }
    context
        .template()
        .add(
            mappingId,
            CfResource.of("AWS::Lambda::EventSourceMapping", mapping),
            function.path(),
            function.name());
    List<JsonValue> secrets = new ArrayList<>();
    for (JsonValue entry : access.get()) {
      secrets.add(((JsonObject) entry).get("URI").orElseThrow());
    }
    function.grant(
        POLICY, PolicyStatement.allow(List.of("secretsmanager:GetSecretValue"), secrets));
  }

  /**
   * The SourceAccessConfigurations for the authentication type; a missing or misplaced secret is a
   * diagnostic.
   */
  private static Optional<List<JsonValue>> accessConfigurations(
      KafkaTopicEvent.Authentication authentication, ConfigPath path, SynthesisContext context) {
    AuthProperties secrets = authentication.properties();
    ConfigPath secretsPath = path.key("properties");
    List<JsonValue> access = new ArrayList<>();
    boolean mtls = authentication.type() == KafkaTopicEvent.AuthType.MTLS;
    if (mtls) {
      if (secrets.clientCertificate().isEmpty() || secrets.authenticationSecretArn().isPresent()) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_KAFKA_AUTH,
                secretsPath,
                "MTLS authentication needs clientCertificate (a secret ARN) and no"
                    + " authenticationSecretArn.");
        return Optional.empty();
      }
      access.add(
          entry(
              "CLIENT_CERTIFICATE_TLS_AUTH",
              secrets.clientCertificate().get(),
              secretsPath.key("clientCertificate"),
              context));
    } else {
      if (secrets.authenticationSecretArn().isEmpty() || secrets.clientCertificate().isPresent()) {
        context
            .diagnostics()
            .error(
                Code.CONFIG_KAFKA_AUTH,
                secretsPath,
                authentication.type().configValue()
                    + " authentication needs authenticationSecretArn (a secret with username and"
                    + " password) and no clientCertificate.");
        return Optional.empty();
      }
      access.add(
          entry(
              authentication.type().configValue(),
              secrets.authenticationSecretArn().get(),
              secretsPath.key("authenticationSecretArn"),
              context));
    }
    // A private CA's root certificate, so Lambda trusts brokers whose certificates it signed.
    if (secrets.serverRootCaCertificate().isPresent()) {
      access.add(
          entry(
              "SERVER_ROOT_CA_CERTIFICATE",
              secrets.serverRootCaCertificate().get(),
              secretsPath.key("serverRootCaCertificate"),
              context));
    }
    return Optional.of(access);
  }

  private static JsonValue entry(
      String type, TextValue secret, ConfigPath path, SynthesisContext context) {
    return JsonObject.builder()
        .put("Type", type)
        .put("URI", context.values().resolve(secret, path))
        .build();
  }
}
