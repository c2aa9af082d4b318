package dev.formwork.compiler.synth;

import dev.formwork.compiler.synth.function.FunctionSynthesizer;
import dev.formwork.compiler.synth.resource.DynamoDbTableSynthesizer;
import dev.formwork.compiler.synth.resource.EventBusSynthesizer;
import dev.formwork.compiler.synth.resource.KinesisStreamSynthesizer;
import dev.formwork.compiler.synth.resource.LambdaLayerSynthesizer;
import dev.formwork.compiler.synth.resource.SnsTopicSynthesizer;
import dev.formwork.compiler.synth.resource.SqsQueueSynthesizer;
import dev.formwork.schema.model.ResourceDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The explicit registry of resource synthesizers, one per resource type (no classpath scanning).
 */
public final class ResourceSynthesizers {

  private static final List<ResourceSynthesizer<?>> ALL =
      List.of(
          new FunctionSynthesizer(),
          new LambdaLayerSynthesizer(),
          new dev.formwork.compiler.synth.resource.BucketSynthesizer(),
          new dev.formwork.compiler.synth.resource.HttpApiGatewaySynthesizer(),
          new dev.formwork.compiler.synth.resource.ApplicationLoadBalancerSynthesizer(),
          new SqsQueueSynthesizer(),
          new SnsTopicSynthesizer(),
          new EventBusSynthesizer(),
          new KinesisStreamSynthesizer(),
          new DynamoDbTableSynthesizer(),
          new dev.formwork.compiler.synth.resource.RelationalDatabaseSynthesizer(),
          new dev.formwork.compiler.synth.resource.RedisClusterSynthesizer(),
          new dev.formwork.compiler.synth.resource.UserAuthPoolSynthesizer(),
          new dev.formwork.compiler.synth.resource.StateMachineSynthesizer(),
          new dev.formwork.compiler.synth.resource.BatchJobSynthesizer(),
          new dev.formwork.compiler.synth.resource.UpstashRedisSynthesizer(),
          new dev.formwork.compiler.synth.resource.MongoDbAtlasClusterSynthesizer());

  private static final Map<Class<?>, ResourceSynthesizer<?>> BY_TYPE =
      ALL.stream()
          .collect(Collectors.toUnmodifiableMap(ResourceSynthesizer::type, Function.identity()));

  private ResourceSynthesizers() {}

  public static List<ResourceSynthesizer<?>> all() {
    return ALL;
  }

  @SuppressWarnings("unchecked")
  public static <R extends ResourceDefinition> Optional<ResourceSynthesizer<R>> forType(
      Class<R> type) {
    return Optional.ofNullable((ResourceSynthesizer<R>) BY_TYPE.get(type));
  }

  /** Runs {@code synthesize} for one resource with the synthesizer of its type. */
  @SuppressWarnings("unchecked")
  public static <R extends ResourceDefinition> void synthesize(
      String name, R resource, SynthesisContext context) {
    ResourceSynthesizer<R> synthesizer = (ResourceSynthesizer<R>) BY_TYPE.get(resource.getClass());
    if (synthesizer == null) {
      throw new IllegalStateException(
          "no synthesizer registered for " + resource.getClass().getSimpleName());
    }
    synthesizer.synthesize(name, resource, context);
  }

  @SuppressWarnings("unchecked")
  public static <R extends ResourceDefinition>
      Map<String, dev.formwork.schema.json.JsonValue> params(
          String name, R resource, StackIdentity stack) {
    ResourceSynthesizer<R> synthesizer = (ResourceSynthesizer<R>) BY_TYPE.get(resource.getClass());
    if (synthesizer == null) {
      throw new IllegalStateException(
          "no synthesizer registered for " + resource.getClass().getSimpleName());
    }
    return synthesizer.referenceableParams(name, resource, stack);
  }
}
