package dev.formwork.compiler.naming;

/**
 * Every primary logical ID of the template, one line each: {@code <PascalName><Kind>}, as Stacktape
 * names them, so raw CloudFormation written against Stacktape's names keeps working. Per-event
 * resources are named from the event's identity instead (see {@code synth.event.EventIds}).
 */
public final class LogicalIds {

  private LogicalIds() {}

  // A function and the resources it owns.

  public static String function(String function) {
    return PascalCase.of(function) + "Function";
  }

  public static String role(String function) {
    return PascalCase.of(function) + "Role";
  }

  /** The log group of a function, of a batch job, or of an HTTP API's access logs. */
  public static String logGroup(String resource) {
    return PascalCase.of(resource) + "LogGroup";
  }

  public static String functionUrl(String function) {
    return PascalCase.of(function) + "Url";
  }

  /** The implicit live alias ({@code stp-live}) of deployment and provisioned concurrency. */
  public static String liveAlias(String function) {
    return PascalCase.of(function) + "StpAlias";
  }

  public static String alias(String function, String alias) {
    return PascalCase.of(function) + PascalCase.of(alias) + "Alias";
  }

  public static String eventInvokeConfig(String function) {
    return PascalCase.of(function) + "EventInvokeConfig";
  }

  /** The asynchronous-invocation settings of one named alias. */
  public static String aliasEventInvokeConfig(String function, String alias) {
    return alias(function, alias) + "EventInvokeConfig";
  }

  public static String deploymentGroup(String function) {
    return PascalCase.of(function) + "DeploymentGroup";
  }

  public static String atlasDatabaseUser(String function) {
    return PascalCase.of(function) + "AtlasMongoDatabaseUser";
  }

  // The other resource types.

  public static String layer(String layer) {
    return PascalCase.of(layer) + "Layer";
  }

  public static String bucket(String bucket) {
    return PascalCase.of(bucket) + "Bucket";
  }

  public static String bucketPolicy(String bucket) {
    return PascalCase.of(bucket) + "BucketPolicy";
  }

  public static String httpApi(String api) {
    return PascalCase.of(api) + "Api";
  }

  public static String httpApiStage(String api) {
    return PascalCase.of(api) + "Stage";
  }

  public static String loadBalancer(String loadBalancer) {
    return PascalCase.of(loadBalancer) + "LoadBalancer";
  }

  // Custom domains belong to the stack, as in Stacktape: Stp<PascalDomain><Kind>.

  public static String domainCertificate(String domainName) {
    return "Stp" + PascalCase.of(domainName) + "Certificate";
  }

  public static String domainRecordSet(String domainName) {
    return "Stp" + PascalCase.of(domainName) + "RecordSet";
  }

  public static String apiDomainName(String domainName) {
    return "Stp" + PascalCase.of(domainName) + "DomainName";
  }

  public static String apiMapping(String domainName) {
    return "Stp" + PascalCase.of(domainName) + "ApiMapping";
  }

  public static String listener(String loadBalancer, int port) {
    return PascalCase.of(loadBalancer) + "Port" + port + "Listener";
  }

  public static String queue(String queue) {
    return PascalCase.of(queue) + "Queue";
  }

  public static String queuePolicy(String queue) {
    return PascalCase.of(queue) + "QueuePolicy";
  }

  public static String topic(String topic) {
    return PascalCase.of(topic) + "Topic";
  }

  public static String eventBus(String bus) {
    return PascalCase.of(bus) + "EventBus";
  }

  public static String eventBusArchive(String bus) {
    return PascalCase.of(bus) + "Archive";
  }

  public static String stream(String stream) {
    return PascalCase.of(stream) + "Stream";
  }

  /**
   * Stacktape writes an AWS::DynamoDB::GlobalTable named {@code <Name>GlobalTable}; formwork writes
   * the simpler AWS::DynamoDB::Table but keeps the name, so references written for Stacktape work.
   */
  public static String table(String table) {
    return PascalCase.of(table) + "GlobalTable";
  }

  public static String dbInstance(String database) {
    return PascalCase.of(database) + "DbInstance";
  }

  public static String dbCluster(String database) {
    return PascalCase.of(database) + "DbCluster";
  }

  /** A further instance of an Aurora cluster, by its position in instances (1, 2, …). */
  public static String auroraInstance(String database, int index) {
    return dbInstance(database) + index;
  }

  // Log forwarding of a function's or HTTP API's log group, as Stacktape names it.

  public static String logDeliveryStream(String resource) {
    return logGroup(resource) + "DeliveryStream";
  }

  public static String logSubscriptionFilter(String resource) {
    return logGroup(resource) + "SubscriptionFilter";
  }

  public static String logToFirehoseRole(String resource) {
    return logGroup(resource) + "CwToFirehoseRole";
  }

  public static String logForwardingBucket(String resource) {
    return PascalCase.of(resource) + "LogForwardingFailedRecordsBucket";
  }

  public static String logForwardingRole(String resource) {
    return PascalCase.of(resource) + "LogForwardingS3Role";
  }

  /** A read replica of an RDS database, by its position in readReplicas. */
  public static String dbReadReplica(String database, int index) {
    return PascalCase.of(database) + "ReadReplica" + index;
  }

  /** The SNS topic an alarm with notification targets sends its state changes to. */
  public static String alarmTopic(String alarmLogicalId) {
    return alarmLogicalId + "NotificationTopic";
  }

  /** The role AWS Chatbot assumes for the stack's Slack and Teams channel configurations. */
  public static final String CHATBOT_ROLE = "StpChatbotRole";

  public static String dbMasterUserSecret(String database) {
    return PascalCase.of(database) + "MasterUserSecret";
  }

  /** The NoEcho parameter of a plain-text master password. */
  public static String dbMasterUserPasswordParameter(String database) {
    return PascalCase.of(database) + "MasterUserPassword";
  }

  public static String redisReplicationGroup(String redis) {
    return PascalCase.of(redis) + "ReplicationGroup";
  }

  public static String redisAuthTokenSecret(String redis) {
    return PascalCase.of(redis) + "AuthTokenSecret";
  }

  /** The NoEcho parameter of a plain-text Redis password. */
  public static String redisPasswordParameter(String redis) {
    return PascalCase.of(redis) + "DefaultUserPassword";
  }

  /** The NoEcho parameter of a plain-text third-party key ({@code UpstashApiKey}, …). */
  public static String providerKeyParameter(String provider, String key) {
    return PascalCase.of(provider) + PascalCase.of(key);
  }

  /** The parameter holding the Route 53 hosted zone ID of a custom domain. */
  public static String hostedZoneParameter(String domainName) {
    return PascalCase.of(domainName) + "HostedZoneId";
  }

  public static String userPool(String pool) {
    return PascalCase.of(pool) + "UserPool";
  }

  public static String userPoolClient(String pool) {
    return PascalCase.of(pool) + "UserPoolClient";
  }

  public static String userPoolDomain(String pool) {
    return PascalCase.of(pool) + "UserPoolDomain";
  }

  /** The permission that lets the pool invoke one of its trigger functions. */
  public static String userPoolHookPermission(String pool, String hook) {
    return PascalCase.of(pool) + PascalCase.of(hook) + "HookPermission";
  }

  public static String userPoolIdentityProvider(String pool, String provider) {
    return PascalCase.of(pool) + PascalCase.of(provider) + "IdentityProvider";
  }

  public static String userPoolUiCustomization(String pool) {
    return PascalCase.of(pool) + "UserPoolUiCustomization";
  }

  public static String stateMachine(String machine) {
    return PascalCase.of(machine) + "StateMachine";
  }

  public static String jobDefinition(String job) {
    return PascalCase.of(job) + "JobDefinition";
  }

  public static String jobQueue(String job) {
    return PascalCase.of(job) + "JobQueue";
  }

  public static String upstashDatabase(String redis) {
    return PascalCase.of(redis) + "Database";
  }

  public static String atlasCluster(String cluster) {
    return PascalCase.of(cluster) + "Cluster";
  }
}
