package dev.formwork.compiler.synth.connect;

import dev.formwork.schema.model.ResourceDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

  private static final Map<Class<?>, ConnectTarget<?>> BY_TYPE =
      ALL.stream()
          .collect(Collectors.toUnmodifiableMap(ConnectTarget::resourceType, Function.identity()));

  private ConnectTargets() {}

  public static List<ConnectTarget<?>> all() {
    return ALL;
  }

  static Optional<ConnectTarget<?>> forType(Class<? extends ResourceDefinition> type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }
}
