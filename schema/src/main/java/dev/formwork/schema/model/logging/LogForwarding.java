package dev.formwork.schema.model.logging;

import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.value.TextValue;
import java.util.Map;
import java.util.Optional;

/**
 * Where a log group's records are forwarded, through a Kinesis Data Firehose delivery stream with
 * an HTTP endpoint destination: any HTTP endpoint, Datadog or Highlight, as in Stacktape.
 */
@Union(
    variants = {
      @Variant(name = "http-endpoint", type = LogForwarding.HttpEndpoint.class),
      @Variant(name = "datadog", type = LogForwarding.Datadog.class),
      @Variant(name = "highlight", type = LogForwarding.Highlight.class)
    })
public sealed interface LogForwarding
    permits LogForwarding.HttpEndpoint, LogForwarding.Datadog, LogForwarding.Highlight {

  /** Any HTTPS endpoint that speaks the Firehose HTTP endpoint protocol. */
  @Doc("Forward to an HTTPS endpoint that accepts Kinesis Data Firehose HTTP deliveries.")
  record HttpEndpoint(HttpEndpointProperties properties) implements LogForwarding {}

  /** The endpoint and its delivery settings. */
  @Doc("HTTP endpoint delivery.")
  record HttpEndpointProperties(
      @Doc("The HTTPS URL Firehose posts to.") @Required TextValue endpointUrl,
      @Doc("Compress the request bodies with GZIP.") @Default("false") boolean gzipEncodingEnabled,
      @Doc("Attributes sent with every request (Firehose CommonAttributes).")
          Map<String, String> parameters,
      @Doc("Seconds Firehose retries a failed delivery before it stores it in the bucket.")
          @Default("300")
          @Range(min = 0, max = 7200)
          int retryDuration,
      @Doc(
              "Key sent in the X-Amz-Firehose-Access-Key header, as $Secret('name.key') (plain"
                  + " text becomes a NoEcho parameter, with a warning).")
          Optional<TextValue> accessKey) {}

  /** Datadog's log intake. */
  @Doc("Forward to Datadog.")
  record Datadog(DatadogProperties properties) implements LogForwarding {}

  /** The Datadog key and intake. */
  @Doc("Datadog delivery.")
  record DatadogProperties(
      @Doc(
              "Datadog API key, as $Secret('name.key') (plain text becomes a NoEcho parameter, with"
                  + " a warning).")
          @Required
          TextValue apiKey,
      @Doc("Intake URL (default: Datadog's US1 Firehose intake).")
          @Default("https://aws-kinesis-http-intake.logs.datadoghq.com/v1/input")
          String endpointUrl) {}

  /** Highlight's log intake. */
  @Doc("Forward to Highlight.")
  record Highlight(HighlightProperties properties) implements LogForwarding {}

  /** The Highlight project. */
  @Doc("Highlight delivery.")
  record HighlightProperties(
      @Doc("Highlight project ID.") @Required String projectId,
      @Doc("Intake URL.") @Default("https://pub.highlight.io/v1/logs/firehose")
          String endpointUrl) {}
}
