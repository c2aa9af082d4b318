package dev.formwork.compiler.report;

import java.util.Map;
import java.util.Optional;

/**
 * The config property behind a CloudFormation property that formwork writes from it, for showing a
 * change to a reviewer in the words of the config ({@code BatchSize} is the event's {@code
 * batchSize}). Only properties that map to one config property are listed; the rest are shown by
 * their CloudFormation name alone.
 */
public final class ConfigTerms {

  private static final Map<String, Map<String, String>> BY_TYPE =
      Map.ofEntries(
          Map.entry(
              "AWS::Lambda::Function",
              Map.ofEntries(
                  Map.entry("Code", "packaging (the code)"),
                  Map.entry("Environment", "environment"),
                  Map.entry("EphemeralStorage", "storage"),
                  Map.entry("Handler", "packaging.properties.handlerFunction"),
                  Map.entry("Layers", "layers"),
                  Map.entry("MemorySize", "memory"),
                  Map.entry("ReservedConcurrentExecutions", "reservedConcurrency"),
                  Map.entry("Runtime", "runtime"),
                  Map.entry("Tags", "tags"),
                  Map.entry("Timeout", "timeout"))),
          Map.entry(
              "AWS::Lambda::EventSourceMapping",
              Map.ofEntries(
                  Map.entry("BatchSize", "batchSize"),
                  Map.entry("BisectBatchOnFunctionError", "bisectBatchOnFunctionError"),
                  Map.entry("DestinationConfig", "onFailure"),
                  Map.entry("Enabled", "enabled"),
                  Map.entry("FilterCriteria", "filterPatterns"),
                  Map.entry("FunctionResponseTypes", "reportBatchItemFailures"),
                  Map.entry("MaximumBatchingWindowInSeconds", "maxBatchWindowSeconds"),
                  Map.entry("MaximumRetryAttempts", "maximumRetryAttempts"),
                  Map.entry("ParallelizationFactor", "parallelizationFactor"),
                  Map.entry("ScalingConfig", "maxConcurrency"),
                  Map.entry(
                      "SourceAccessConfigurations", "customKafkaConfiguration.authentication"),
                  Map.entry("StartingPosition", "startingPosition"))),
          Map.entry(
              "AWS::Events::Rule",
              Map.of(
                  "EventPattern", "eventPattern",
                  "ScheduleExpression", "scheduleRate",
                  "Targets", "input, inputPath, inputTransformer or onDeliveryFailure")),
          Map.entry(
              "AWS::SNS::Subscription",
              Map.of("FilterPolicy", "filterPolicy", "RedrivePolicy", "onDeliveryFailure")),
          Map.entry("AWS::Logs::SubscriptionFilter", Map.of("FilterPattern", "filter")),
          Map.entry("AWS::Logs::LogGroup", Map.of("RetentionInDays", "logging.retentionDays")),
          Map.entry(
              "AWS::SQS::Queue",
              Map.of(
                  "DelaySeconds", "delayMessagesSecond",
                  "MaximumMessageSize", "maxMessageSizeBytes",
                  "MessageRetentionPeriod", "messageRetentionPeriodSeconds",
                  "ReceiveMessageWaitTimeSeconds", "longPollingSeconds",
                  "RedrivePolicy", "redrivePolicy",
                  "VisibilityTimeout", "visibilityTimeoutSeconds")),
          Map.entry(
              "AWS::Kinesis::Stream",
              Map.of("RetentionPeriodHours", "retentionPeriodHours", "ShardCount", "shardCount")),
          Map.entry(
              "AWS::DynamoDB::Table",
              Map.of(
                  "GlobalSecondaryIndexes", "secondaryIndexes",
                  "ProvisionedThroughput", "provisionedThroughput",
                  "StreamSpecification", "streamType")));

  private ConfigTerms() {}

  /**
   * The config property for a changed CloudFormation property path ({@code Environment.Variables.X}
   * names {@code environment}), when formwork writes it from one.
   */
  public static Optional<String> property(String resourceType, String cloudFormationPath) {
    String top = cloudFormationPath.split("\\.", -1)[0];
    return Optional.ofNullable(BY_TYPE.getOrDefault(resourceType, Map.of()).get(top));
  }
}
