package dev.formwork.deployer.info;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The referenceable parameters of a deployed resource (name, arn, url, …) derived from its type and
 * physical id, in the account, region and partition of its stack. These are the values the {@code
 * STP_*} variables of a script's connectTo take.
 */
public final class ResourceParams {

  private ResourceParams() {}

  public static Map<String, String> of(
      String type, String physicalId, String partition, String region, String account) {
    Map<String, String> params = new LinkedHashMap<>();
    String arnPrefix = "arn:" + partition + ":";
    switch (type) {
      case "AWS::S3::Bucket" -> {
        params.put("name", physicalId);
        params.put("arn", arnPrefix + "s3:::" + physicalId);
      }
      case "AWS::SQS::Queue" -> {
        String queueName = physicalId.substring(physicalId.lastIndexOf('/') + 1);
        params.put("arn", arnPrefix + "sqs:" + region + ":" + account + ":" + queueName);
        params.put("url", physicalId);
        params.put("name", queueName);
      }
      case "AWS::SNS::Topic" -> {
        params.put("arn", physicalId);
        params.put("name", physicalId.substring(physicalId.lastIndexOf(':') + 1));
      }
      case "AWS::Lambda::Function" -> {
        params.put(
            "arn", arnPrefix + "lambda:" + region + ":" + account + ":function:" + physicalId);
        params.put("name", physicalId);
      }
      case "AWS::Logs::LogGroup" -> {
        params.put("name", physicalId);
        params.put(
            "arn", arnPrefix + "logs:" + region + ":" + account + ":log-group:" + physicalId);
      }
      case "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable" -> {
        params.put("name", physicalId);
        params.put(
            "arn", arnPrefix + "dynamodb:" + region + ":" + account + ":table/" + physicalId);
      }
      case "AWS::IAM::Role" -> {
        params.put("name", physicalId);
        params.put("arn", arnPrefix + "iam::" + account + ":role/" + physicalId);
      }
      case "AWS::Events::EventBus" -> {
        params.put("name", physicalId);
        params.put(
            "arn", arnPrefix + "events:" + region + ":" + account + ":event-bus/" + physicalId);
      }
      case "AWS::Kinesis::Stream" -> {
        params.put("name", physicalId);
        params.put(
            "arn", arnPrefix + "kinesis:" + region + ":" + account + ":stream/" + physicalId);
      }
      default -> params.put(physicalId.startsWith("arn:") ? "arn" : "id", physicalId);
    }
    return params;
  }
}
