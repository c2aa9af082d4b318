package dev.formwork.compiler.synth;

import dev.formwork.compiler.synth.ref.BucketRef;
import dev.formwork.compiler.synth.ref.EventBusRef;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.compiler.synth.ref.HttpApiRef;
import dev.formwork.compiler.synth.ref.KinesisStreamRef;
import dev.formwork.compiler.synth.ref.LoadBalancerRef;
import dev.formwork.compiler.synth.ref.QueueRef;
import dev.formwork.compiler.synth.ref.ResourceRef;
import dev.formwork.compiler.synth.ref.TopicRef;
import dev.formwork.compiler.synth.ref.UserPoolRef;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostics;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * All config resources by name; hands out typed references, reporting an unknown name (with "did
 * you mean") or a resource of the wrong type where the reference is made.
 */
public final class ResourceIndex {

  private final Map<String, IndexedResource> byName;

  public ResourceIndex(Map<String, IndexedResource> byName) {
    this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
  }

  public Optional<IndexedResource> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  public Optional<FunctionRef> function(String name, ConfigPath usedAt, Diagnostics diagnostics) {
    return require(name, FunctionRef.class, "function", usedAt, diagnostics);
  }

  public Optional<BucketRef> bucket(String name, ConfigPath usedAt, Diagnostics diagnostics) {
    return require(name, BucketRef.class, "bucket", usedAt, diagnostics);
  }

  public Optional<HttpApiRef> httpApi(String name, ConfigPath usedAt, Diagnostics diagnostics) {
    return require(name, HttpApiRef.class, "http-api-gateway", usedAt, diagnostics);
  }

  public Optional<LoadBalancerRef> loadBalancer(
      String name, ConfigPath usedAt, Diagnostics diagnostics) {
    return require(name, LoadBalancerRef.class, "application-load-balancer", usedAt, diagnostics);
  }

  public Optional<QueueRef> queue(String name, ConfigPath usedAt, Diagnostics diagnostics) {
    return require(name, QueueRef.class, "sqs-queue", usedAt, diagnostics);
  }

  public Optional<TopicRef> topic(String name, ConfigPath usedAt, Diagnostics diagnostics) {
    return require(name, TopicRef.class, "sns-topic", usedAt, diagnostics);
  }

  public Optional<EventBusRef> eventBus(String name, ConfigPath usedAt, Diagnostics diagnostics) {
    return require(name, EventBusRef.class, "event-bus", usedAt, diagnostics);
  }

  public Optional<KinesisStreamRef> kinesisStream(
      String name, ConfigPath usedAt, Diagnostics diagnostics) {
    return require(name, KinesisStreamRef.class, "kinesis-stream", usedAt, diagnostics);
  }

  public Optional<UserPoolRef> userPool(String name, ConfigPath usedAt, Diagnostics diagnostics) {
    return require(name, UserPoolRef.class, "user-auth-pool", usedAt, diagnostics);
  }

  /**
   * The reference to a resource that {@code usedAt} names, which must be of the kind {@code type};
   * {@code expected} says what is expected in the diagnostics.
   */
  public <T extends ResourceRef> Optional<T> require(
      String name, Class<T> type, String expected, ConfigPath usedAt, Diagnostics diagnostics) {
    IndexedResource resource = byName.get(name);
    if (resource == null) {
      diagnostics.error(
          Code.CONFIG_UNKNOWN_RESOURCE,
          usedAt,
          "No resource named '" + name + "' in this config (expected a " + expected + ").",
          Suggestions.didYouMean(name, byName.keySet())
              .orElse(
                  byName.isEmpty()
                      ? "The config has no resources."
                      : "Resources: " + String.join(", ", byName.keySet()) + "."));
      return Optional.empty();
    }
    if (!type.isInstance(resource.ref())) {
      diagnostics.error(
          Code.CONFIG_WRONG_RESOURCE_TYPE,
          usedAt,
          "Resource '"
              + name
              + "' is a "
              + resource.definition().typeName()
              + ", but a "
              + expected
              + " is expected here.");
      return Optional.empty();
    }
    return Optional.of(type.cast(resource.ref()));
  }
}
