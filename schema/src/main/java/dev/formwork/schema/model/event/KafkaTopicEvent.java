package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.model.function.FunctionAlias;
import dev.formwork.schema.value.TextValue;
import java.util.List;
import java.util.Optional;

/** Consume a topic of a self-managed Kafka cluster. */
@Doc("Consume a topic of a self-managed Kafka cluster.")
public record KafkaTopicEvent(Properties properties) implements FunctionEvent {

  @Override
  public String typeName() {
    return "kafka-topic";
  }

  @Override
  public Optional<String> alias() {
    return properties.alias();
  }

  /** Cluster, topic and batching. */
  @Doc("Kafka event properties.")
  public record Properties(
      @Doc("The cluster and topic.") CustomKafkaConfiguration customKafkaConfiguration,
      @Doc("Records per batch.") @Range(min = 1, max = 10000) Optional<Integer> batchSize,
      @Doc("Seconds to gather a batch.") @Range(min = 0, max = 300)
          Optional<Integer> maxBatchWindowSeconds,
      @Doc("Where to start reading (AWS requires it for self-managed Kafka).")
          @Default("TRIM_HORIZON")
          StartingPosition startingPosition,
      @Doc(
              "Create the mapping enabled; false creates it disabled, to enable later without"
                  + " replacement.")
          @Default("true")
          boolean enabled,
      @Doc(FunctionEvent.ALIAS_DOC)
          @Pattern(regex = FunctionAlias.NAME_PATTERN, meaning = FunctionAlias.NAME_MEANING)
          Optional<String> alias) {}

  /** Bootstrap servers, topic and authentication. */
  @Doc("Self-managed Kafka cluster.")
  public record CustomKafkaConfiguration(
      @Doc("host:port of the brokers.") @Required List<String> bootstrapServers,
      @Doc("Topic to consume.") String topicName,
      @Doc("How Lambda authenticates to the cluster.") Authentication authentication) {}

  /** SASL or mTLS authentication with secrets in Secrets Manager. */
  @Doc("Kafka authentication.")
  public record Authentication(
      @Doc("Authentication type.") AuthType type, @Doc("Secret ARNs.") AuthProperties properties) {}

  /** Secret ARNs used to authenticate. */
  @Doc("Secrets Manager ARNs for authentication.")
  public record AuthProperties(
      @Doc("SASL: secret with username and password.") Optional<TextValue> authenticationSecretArn,
      @Doc("MTLS: secret with the client certificate.") Optional<TextValue> clientCertificate,
      @Doc("MTLS: secret with the server root CA certificate.")
          Optional<TextValue> serverRootCaCertificate) {}

  /** Supported authentication mechanisms. */
  public enum AuthType implements ConfigEnum {
    BASIC_AUTH,
    SASL_SCRAM_256_AUTH,
    SASL_SCRAM_512_AUTH,
    MTLS;

    @Override
    public String configValue() {
      return name();
    }
  }
}
