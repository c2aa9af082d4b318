package dev.formwork.compiler.synth.function;

import java.util.Optional;

/**
 * The kinds of target Lambda can send asynchronous-invocation records to, each with the one IAM
 * action the function's role needs on it:
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html
 */
public enum AsyncTargetKind {
  SQS_QUEUE("sqs-queue", "sqs", "AWS::SQS::Queue", "sqs:SendMessage"),
  SNS_TOPIC("sns-topic", "sns", "AWS::SNS::Topic", "sns:Publish"),
  EVENT_BUS("event-bus", "events", "AWS::Events::EventBus", "events:PutEvents"),
  FUNCTION("function", "lambda", "AWS::Lambda::Function", "lambda:InvokeFunction");

  private final String configType;
  private final String arnService;
  private final String cloudFormationType;
  private final String action;

  AsyncTargetKind(String configType, String arnService, String cloudFormationType, String action) {
    this.configType = configType;
    this.arnService = arnService;
    this.cloudFormationType = cloudFormationType;
    this.action = action;
  }

  /** The config resource type of this kind, e.g. {@code sqs-queue}. */
  public String configType() {
    return configType;
  }

  /** The IAM action that lets the function's role deliver to a target of this kind. */
  public String action() {
    return action;
  }

  public static Optional<AsyncTargetKind> ofConfigType(String type) {
    for (AsyncTargetKind kind : values()) {
      if (kind.configType.equals(type)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * The service segment of an ARN ({@code arn:<partition>:<service>:...}), even one with ${...}
   * variables.
   */
  public static Optional<String> serviceOf(String arn) {
    String[] parts = arn.split(":", -1);
    // ${AWS::Partition} holds colons itself: "arn:${AWS::Partition}:sqs:..." splits into 'arn',
    // '${AWS', '', 'Partition}', 'sqs'.
    int service = parts.length > 4 && parts[1].equals("${AWS") ? 4 : 2;
    if (parts.length < service + 2 || !parts[0].equals("arn") || parts[service].isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(parts[service]);
  }

  /** The kind named by an ARN's service segment. */
  public static Optional<AsyncTargetKind> ofArn(String arn) {
    Optional<String> service = serviceOf(arn);
    for (AsyncTargetKind kind : values()) {
      if (service.isPresent() && kind.arnService.equals(service.get())) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  public static Optional<AsyncTargetKind> ofCloudFormationType(String type) {
    for (AsyncTargetKind kind : values()) {
      if (kind.cloudFormationType.equals(type)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
