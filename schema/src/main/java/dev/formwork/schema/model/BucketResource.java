package dev.formwork.schema.model;

import dev.formwork.schema.bind.ConfigEnum;
import dev.formwork.schema.bind.Default;
import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.bind.NotSupported;
import dev.formwork.schema.bind.Range;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.node.ConfigNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code bucket} resource: an S3 bucket with public access blocked and encryption on by default.
 */
@Doc(
    "An S3 bucket. Public access is blocked and SSE-S3 encryption is on unless configured"
        + " otherwise.")
public record BucketResource(
    @Doc("Bucket properties.") Properties properties,
    @Doc(
            "Property overrides by child logical ID (e.g. UploadsBucket), paths relative to"
                + " Properties.")
        Map<String, ConfigNode> overrides)
    implements ResourceDefinition {

  @Override
  public String typeName() {
    return "bucket";
  }

  /** The bucket's settings. */
  @Doc("Bucket properties.")
  public record Properties(
      @Doc("Who may read or write objects (default private: all four public-access blocks on).")
          Optional<Accessibility> accessibility,
      @Doc("Cross-origin rules for browser access.") Optional<Cors> cors,
      @Doc("Keep every version of every object.") @Default("false") boolean versioning,
      @Doc(
              "Default encryption with S3-managed keys (SSE-S3). formwork turns it on unless set to"
                  + " false.")
          @Default("true")
          boolean encryption,
      @Doc("Expiration and storage-class transition rules.") List<LifecycleRule> lifecycleRules,
      @Doc("Send every object event to the default EventBridge bus.") @Default("false")
          boolean enableEventBusNotifications,
      @NotSupported("Directory upload is a deploy-time sync formwork does not implement.")
          Optional<ConfigNode> directoryUpload,
      @NotSupported("CloudFront distributions for buckets are not supported yet.")
          Optional<ConfigNode> cdn) {}

  /** Access mode and extra bucket-policy statements. */
  @Doc("Bucket accessibility.")
  public record Accessibility(
      @Doc(
              "private (default) or public-read (anyone may read objects, through an explicit"
                  + " bucket policy). public-read-write is refused.")
          @Default("private")
          AccessMode accessibilityMode,
      @Doc(
              "Extra IAM statements for the bucket policy (Effect, Principal, Action, Resource,"
                  + " Condition).")
          List<ConfigNode> accessPolicyStatements) {}

  /** How public the bucket is. */
  public enum AccessMode implements ConfigEnum {
    PRIVATE("private"),
    PUBLIC_READ("public-read"),
    PUBLIC_READ_WRITE("public-read-write");

    private final String value;

    AccessMode(String value) {
      this.value = value;
    }

    @Override
    public String configValue() {
      return value;
    }
  }

  /** CORS switch and rules. */
  @Doc("Bucket CORS settings.")
  public record Cors(
      @Doc("Enable CORS; without rules one permissive default rule is used.") @Default("false")
          boolean enabled,
      @Doc("CORS rules.") List<CorsRule> corsRules) {}

  /** One CORS rule. */
  @Doc("A CORS rule.")
  public record CorsRule(
      @Doc("Allowed origins (default *).") List<String> allowedOrigins,
      @Doc("Allowed request headers.") List<String> allowedHeaders,
      @Doc("Allowed methods (default GET, PUT, HEAD, POST, DELETE).") List<String> allowedMethods,
      @Doc("Response headers exposed to the browser.") List<String> exposedResponseHeaders,
      @Doc("Seconds browsers cache the preflight response.") @Range(min = 0)
          Optional<Integer> maxAge) {}

  /** A lifecycle rule: its type decides which day count it needs. */
  @Doc("A lifecycle rule.")
  public record LifecycleRule(
      @Doc(
              "expiration, non-current-version-expiration, class-transition,"
                  + " non-current-version-class-transition or abort-incomplete-multipart-upload.")
          LifecycleType type,
      @Doc("Rule settings.") LifecycleProperties properties) {
    public LifecycleRule {
      boolean transition =
          type == LifecycleType.CLASS_TRANSITION
              || type == LifecycleType.NON_CURRENT_VERSION_CLASS_TRANSITION;
      if (transition && properties.storageClass().isEmpty()) {
        throw new ModelConstraintException(
            Code.CONFIG_MISSING_PROPERTY,
            "properties",
            "A lifecycle rule of type " + type.configValue() + " needs properties.storageClass.");
      }
      String days = type.dayProperty();
      boolean hasDays =
          days.equals("daysAfterUpload")
              ? properties.daysAfterUpload().isPresent()
              : days.equals("daysAfterVersioned")
                  ? properties.daysAfterVersioned().isPresent()
                  : properties.daysAfterInitiation().isPresent();
      if (!hasDays) {
        throw new ModelConstraintException(
            Code.CONFIG_MISSING_PROPERTY,
            "properties",
            "A lifecycle rule of type " + type.configValue() + " needs properties." + days + ".");
      }
    }
  }

  /** Lifecycle rule types. */
  public enum LifecycleType implements ConfigEnum {
    EXPIRATION("expiration", "daysAfterUpload"),
    NON_CURRENT_VERSION_EXPIRATION("non-current-version-expiration", "daysAfterVersioned"),
    CLASS_TRANSITION("class-transition", "daysAfterUpload"),
    NON_CURRENT_VERSION_CLASS_TRANSITION(
        "non-current-version-class-transition", "daysAfterVersioned"),
    ABORT_INCOMPLETE_MULTIPART_UPLOAD("abort-incomplete-multipart-upload", "daysAfterInitiation");

    private final String value;
    private final String dayProperty;

    LifecycleType(String value, String dayProperty) {
      this.value = value;
      this.dayProperty = dayProperty;
    }

    @Override
    public String configValue() {
      return value;
    }

    /** The day count this rule type needs. */
    public String dayProperty() {
      return dayProperty;
    }
  }

  /** Lifecycle rule settings; which day count applies depends on the rule type. */
  @Doc("Lifecycle rule settings.")
  public record LifecycleProperties(
      @Doc("Days after upload (expiration, class-transition).") @Range(min = 1)
          Optional<Integer> daysAfterUpload,
      @Doc("Days after an object became non-current (non-current-version rules).") @Range(min = 1)
          Optional<Integer> daysAfterVersioned,
      @Doc("Days after a multipart upload started (abort-incomplete-multipart-upload).")
          @Range(min = 1)
          Optional<Integer> daysAfterInitiation,
      @Doc("Target storage class of a transition, e.g. GLACIER, STANDARD_IA.")
          Optional<String> storageClass,
      @Doc("Only objects with this key prefix.") Optional<String> prefix,
      @Doc("Only objects with these tags.") List<LifecycleTag> tags) {}

  /** A tag filter of a lifecycle rule. */
  @Doc("Tag filter.")
  public record LifecycleTag(String key, String value) {}
}
