package dev.formwork.schema.model;

import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.node.ConfigNode;
import java.util.Map;

/**
 * One entry of {@code resources}: a tagged union over the resource types formwork synthesizes. The
 * variant list is the registry of resource types; a test checks each has exactly one synthesizer.
 */
@Union(
    variants = {
      @Variant(name = "function", type = FunctionResource.class),
      @Variant(name = "lambda-layer", type = LambdaLayerResource.class),
      @Variant(name = "bucket", type = BucketResource.class),
      @Variant(name = "http-api-gateway", type = HttpApiGatewayResource.class),
      @Variant(name = "application-load-balancer", type = ApplicationLoadBalancerResource.class),
      @Variant(name = "sqs-queue", type = SqsQueueResource.class),
      @Variant(name = "sns-topic", type = SnsTopicResource.class),
      @Variant(name = "event-bus", type = EventBusResource.class),
      @Variant(name = "kinesis-stream", type = KinesisStreamResource.class),
      @Variant(name = "dynamo-db-table", type = DynamoDbTableResource.class),
      @Variant(name = "relational-database", type = RelationalDatabaseResource.class),
      @Variant(name = "redis-cluster", type = RedisClusterResource.class),
      @Variant(name = "user-auth-pool", type = UserAuthPoolResource.class),
      @Variant(name = "state-machine", type = StateMachineResource.class),
      @Variant(name = "batch-job", type = BatchJobResource.class),
      @Variant(name = "upstash-redis", type = UpstashRedisResource.class),
      @Variant(name = "mongo-db-atlas-cluster", type = MongoDbAtlasClusterResource.class),
    },
    notSupported = {
      "edge-lambda-function",
      "multi-container-workload",
      "web-service",
      "private-service",
      "worker-service",
      "hosting-bucket",
      "network-load-balancer",
      "bastion",
      "custom-resource-definition",
      "custom-resource-instance",
      "deployment-script",
      "aws-cdk-construct",
      "web-app-firewall",
      "nextjs-web",
      "astro-web",
      "nuxt-web",
      "sveltekit-web",
      "solidstart-web",
      "tanstack-web",
      "remix-web",
      "open-search-domain",
      "efs-filesystem",
      "convex",
      "agentcore-runtime",
      "agentcore-memory",
      "agentcore-gateway",
      "agentcore-browser",
      "agentcore-code-interpreter"
    })
public sealed interface ResourceDefinition
    permits FunctionResource,
        LambdaLayerResource,
        BucketResource,
        HttpApiGatewayResource,
        ApplicationLoadBalancerResource,
        SqsQueueResource,
        SnsTopicResource,
        EventBusResource,
        KinesisStreamResource,
        DynamoDbTableResource,
        RelationalDatabaseResource,
        RedisClusterResource,
        UserAuthPoolResource,
        StateMachineResource,
        BatchJobResource,
        UpstashRedisResource,
        MongoDbAtlasClusterResource {

  /** Property overrides by child logical ID, applied to the synthesized resources' Properties. */
  Map<String, ConfigNode> overrides();

  /** The type name as written in the config, e.g. {@code function}. */
  String typeName();
}
