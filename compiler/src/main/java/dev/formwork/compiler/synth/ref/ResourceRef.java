package dev.formwork.compiler.synth.ref;

import dev.formwork.schema.json.JsonValue;
import java.util.Map;

/**
 * What other code may know about one config resource: its logical IDs, ARNs and the parameters that
 * {@code $ResourceParam()} and connectTo expose. Refs are built from the config alone, before
 * synthesis, and every reference from one resource to another goes through one of them.
 */
public sealed interface ResourceRef
    permits AtlasClusterRef,
        BatchJobRef,
        BucketRef,
        DatabaseRef,
        EventBusRef,
        FunctionRef,
        HttpApiRef,
        KinesisStreamRef,
        LayerRef,
        LoadBalancerRef,
        QueueRef,
        RedisClusterRef,
        StateMachineRef,
        TableRef,
        TopicRef,
        UpstashRedisRef,
        UserPoolRef {

  /** The resource's name in the config. */
  String name();

  /**
   * The parameters {@code $ResourceParam()} reads and connectTo injects as {@code STP_*} variables,
   * in their documented order.
   */
  Map<String, JsonValue> params();
}
