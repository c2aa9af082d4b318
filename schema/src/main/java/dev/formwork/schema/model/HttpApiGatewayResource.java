package dev.formwork.schema.model;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.model.alarm.ResourceAlarm;
import dev.formwork.schema.model.event.HttpApiEvent;
import dev.formwork.schema.model.function.FunctionLogging;
import dev.formwork.schema.model.logging.LogForwarding;
import dev.formwork.schema.node.ConfigNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An {@code http-api-gateway} resource: an API Gateway HTTP API with a $default stage and access
 * logs.
 */
@Doc(
    "An API Gateway HTTP API. Functions attach routes with http-api-gateway events. Its URL is the"
        + " execute-api endpoint; Stacktape's hosted default domains are not used.")
public record HttpApiGatewayResource(
    @Doc("HTTP API properties.") Properties properties,
    @Doc("Property overrides by child logical ID (e.g. MainApiApi), paths relative to Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "http-api-gateway";
  }

  /** The gateway's settings. */
  @Doc("HTTP API properties.")
  public record Properties(
      @Doc(
              "Default payload format of the Lambda integrations (events may set their own; default"
                  + " 1.0).")
          Optional<HttpApiEvent.PayloadFormat> payloadFormat,
      @Doc("CORS settings.") Optional<Cors> cors,
      @Doc("Access logging into the API's own log group (on by default, JSON, 30 days).")
          Optional<Logging> logging,
      @Doc(
              "Custom domains: per domain an ACM certificate (DNS-validated in the domain's Route"
                  + " 53 hosted zone, unless customCertificateArn), an API Gateway domain name with"
                  + " an API mapping to the $default stage, and an alias record.")
          List<CustomDomain> customDomains,
      @NotSupported("CloudFront distributions for HTTP APIs are not supported yet.")
          Optional<ConfigNode> cdn,
      @Doc(
              "CloudWatch alarms on the API: http-api-gateway-error-rate,"
                  + " http-api-gateway-latency.")
          List<ResourceAlarm> alarms,
      @NotSupported("HTTP API alarms are not supported yet.")
          Optional<ConfigNode> disabledGlobalAlarms) {}

  /** CORS settings of the API. */
  @Doc("HTTP API CORS settings.")
  public record Cors(
      @Doc("Enable CORS.") @Default("false") boolean enabled,
      @Doc("Allowed origins (default *).") List<String> allowedOrigins,
      @Doc(
              "Allowed request headers (default: Content-Type, X-Amz-Date, Authorization,"
                  + " X-Api-Key, X-Amz-Security-Token, X-Amz-User-Agent).")
          List<String> allowedHeaders,
      @Doc("Allowed methods (default: the methods of the API's routes plus OPTIONS).")
          List<String> allowedMethods,
      @Doc("Allow credentials.") Optional<Boolean> allowCredentials,
      @Doc("Response headers exposed to the browser.") List<String> exposedResponseHeaders,
      @Doc("Seconds browsers cache the preflight response.") @Range(min = 0, max = 86400)
          Optional<Integer> maxAge) {}

  /** Access log settings. */
  @Doc("HTTP API access logging.")
  public record Logging(
      @Doc("Write no access logs.") @Default("false") boolean disabled,
      @Doc("Log line format.") @Default("JSON") LogFormat format,
      @Doc("Days to keep access logs.") @Default("30") int retentionDays,
      @Doc(
              "Forward the access logs to an HTTP endpoint, Datadog or Highlight through a Kinesis"
                  + " Data Firehose delivery stream.")
          Optional<LogForwarding> logForwarding) {
    public Logging {
      if (!FunctionLogging.ALLOWED_RETENTION_DAYS.contains(retentionDays)) {
        throw new ModelConstraintException(
            Code.CONFIG_INVALID_VALUE,
            "retentionDays",
            "retentionDays "
                + retentionDays
                + " is not a CloudWatch Logs retention; use one of "
                + new TreeSet<>(FunctionLogging.ALLOWED_RETENTION_DAYS)
                + ".");
      }
    }
  }

  /** Access log line formats. */
  public enum LogFormat implements ConfigEnum {
    CLF,
    CSV,
    JSON,
    XML;

    @Override
    public String configValue() {
      return name();
    }
  }
}
