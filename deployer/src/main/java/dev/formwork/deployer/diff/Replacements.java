package dev.formwork.deployer.diff;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The properties whose change makes CloudFormation replace a resource ("Update requires:
 * Replacement" in each resource's reference page), for the resource types formwork writes, so that
 * {@code diff} can say why a change replaces a resource before any change set exists. {@code
 * preview} reads the same from the change set itself.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html
 */
public final class Replacements {

  private static final Map<String, Set<String>> FORCING =
      Map.ofEntries(
          Map.entry(
              "AWS::Lambda::EventSourceMapping",
              Set.of(
                  "EventSourceArn",
                  "StartingPosition",
                  "StartingPositionTimestamp",
                  "SelfManagedEventSource",
                  "SelfManagedKafkaEventSourceConfig",
                  "AmazonManagedKafkaEventSourceConfig",
                  "Topics",
                  "Queues")),
          Map.entry("AWS::Lambda::Function", Set.of("FunctionName", "PackageType")),
          Map.entry(
              "AWS::Lambda::Permission",
              Set.of(
                  "Action",
                  "EventSourceToken",
                  "FunctionName",
                  "FunctionUrlAuthType",
                  "Principal",
                  "PrincipalOrgID",
                  "SourceAccount",
                  "SourceArn")),
          Map.entry("AWS::SNS::Subscription", Set.of("Endpoint", "Protocol", "TopicArn")),
          Map.entry("AWS::SNS::Topic", Set.of("TopicName", "FifoTopic")),
          Map.entry("AWS::SQS::Queue", Set.of("QueueName", "FifoQueue")),
          Map.entry("AWS::S3::Bucket", Set.of("BucketName", "ObjectLockEnabled")),
          Map.entry("AWS::Events::Rule", Set.of("Name", "EventBusName")),
          Map.entry("AWS::Logs::LogGroup", Set.of("LogGroupName")),
          Map.entry(
              "AWS::Logs::SubscriptionFilter",
              Set.of("FilterName", "LogGroupName", "DestinationArn")),
          Map.entry("AWS::Kinesis::Stream", Set.of("Name")),
          Map.entry("AWS::Kinesis::StreamConsumer", Set.of("ConsumerName", "StreamARN")),
          Map.entry("AWS::DynamoDB::Table", Set.of("TableName", "KeySchema")),
          Map.entry("AWS::IAM::Role", Set.of("RoleName", "Path")));

  private Replacements() {}

  /** True when changing this property path of this resource type replaces the resource. */
  public static boolean forces(String resourceType, String cloudFormationPath) {
    String top = cloudFormationPath.split("\\.", -1)[0];
    return top.equals("Type") || FORCING.getOrDefault(resourceType, Set.of()).contains(top);
  }

  /**
   * What the reviewer must know beyond the replacement itself: CloudFormation creates the new
   * mapping before it deletes the old one, and Lambda refuses a second mapping of one function on
   * the same source, so a mapping replaced without a change of source cannot be deployed in one go.
   */
  public static Optional<String> consequence(String resourceType, Set<String> forcing) {
    boolean sameSource =
        !forcing.contains("EventSourceArn")
            && !forcing.contains("SelfManagedEventSource")
            && !forcing.contains("Topics")
            && !forcing.contains("Queues");
    if (resourceType.equals("AWS::Lambda::EventSourceMapping") && sameSource) {
      return Optional.of(
          "Lambda refuses a second mapping of the function on this source while the old one"
              + " exists: remove the event, deploy, then add it back.");
    }
    return Optional.empty();
  }
}
