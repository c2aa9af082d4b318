package dev.formwork.compiler.synth.connect;

import dev.formwork.schema.model.ResourceDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The explicit registry of connectTo targets, one per resource type that connectTo can scope. */
public final class ConnectTargets {

  private static final List<ConnectTarget<?>> ALL =
      List.of(
          new BucketConnectTarget(),
          new DynamoDbTableConnectTarget(),
          new SqsQueueConnectTarget(),
          new SnsTopicConnectTarget(),
          new EventBusConnectTarget(),
          new KinesisStreamConnectTarget(),
          new FunctionConnectTarget(),
          new UserAuthPoolConnectTarget(),
          new StateMachineConnectTarget(),
          new RelationalDatabaseConnectTarget(),
          new RedisClusterConnectTarget(),
          new BatchJobConnectTarget(),
          new UpstashRedisConnectTarget(),
          new MongoDbAtlasClusterConnectTarget());

  private static final Map<Class<?>, ConnectTarget<?>> BY_TYPE = byType();

  private ConnectTargets() {}

  // A loop, not a stream: see "Start-up" in docs/architecture.md.
  private static Map<Class<?>, ConnectTarget<?>> byType() {
    Map<Class<?>, ConnectTarget<?>> byType = new HashMap<>();
    for (ConnectTarget<?> target : ALL) {
      if (byType.put(target.resourceType(), target) != null) {
        throw new IllegalStateException(
            "two connectTo targets registered for " + target.resourceType().getSimpleName());
      }
    }
    return Map.copyOf(byType);
  }

  public static List<ConnectTarget<?>> all() {
    return ALL;
  }

  static Optional<ConnectTarget<?>> forType(Class<? extends ResourceDefinition> type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }
}
