package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.ResourceRef;
import dev.formwork.schema.model.ResourceDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The explicit registry of resource synthesizers, one per resource type (no classpath scanning).
 */
public final class ResourceSynthesizers {

  private static final List<ResourceSynthesizer<?>> ALL =
      List.of(
          new FunctionSynthesizer(),
          new LambdaLayerSynthesizer(),
          new BucketSynthesizer(),
          new HttpApiGatewaySynthesizer(),
          new ApplicationLoadBalancerSynthesizer(),
          new SqsQueueSynthesizer(),
          new SnsTopicSynthesizer(),
          new EventBusSynthesizer(),
          new KinesisStreamSynthesizer(),
          new DynamoDbTableSynthesizer(),
          new RelationalDatabaseSynthesizer(),
          new RedisClusterSynthesizer(),
          new UserAuthPoolSynthesizer(),
          new StateMachineSynthesizer(),
          new BatchJobSynthesizer(),
          new UpstashRedisSynthesizer(),
          new MongoDbAtlasClusterSynthesizer());

  private static final Map<Class<?>, ResourceSynthesizer<?>> BY_TYPE = byType();

  private ResourceSynthesizers() {}

  // A loop, not a stream: see "Start-up" in docs/architecture.md.
  private static Map<Class<?>, ResourceSynthesizer<?>> byType() {
    Map<Class<?>, ResourceSynthesizer<?>> byType = new HashMap<>();
    for (ResourceSynthesizer<?> synthesizer : ALL) {
      if (byType.put(synthesizer.type(), synthesizer) != null) {
        throw new IllegalStateException(
            "two synthesizers registered for " + synthesizer.type().getSimpleName());
      }
    }
    return Map.copyOf(byType);
  }

  public static List<ResourceSynthesizer<?>> all() {
    return ALL;
  }

  /** Runs {@code synthesize} for one resource with the synthesizer of its type. */
  public static <R extends ResourceDefinition> void synthesize(
      String name, R resource, SynthesisContext context) {
    forResource(resource).synthesize(name, resource, context);
  }

  /** How other resources refer to {@code resource}, from the synthesizer of its type. */
  public static <R extends ResourceDefinition> ResourceRef ref(
      String name, R resource, StackIdentity stack) {
    return forResource(resource).ref(name, resource, stack);
  }

  @SuppressWarnings("unchecked")
  private static <R extends ResourceDefinition> ResourceSynthesizer<R> forResource(R resource) {
    ResourceSynthesizer<R> synthesizer = (ResourceSynthesizer<R>) BY_TYPE.get(resource.getClass());
    if (synthesizer == null) {
      throw new IllegalStateException(
          "no synthesizer registered for " + resource.getClass().getSimpleName());
    }
    return synthesizer;
  }
}
