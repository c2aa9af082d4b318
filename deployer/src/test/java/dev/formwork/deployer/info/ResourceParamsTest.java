package dev.formwork.deployer.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceParamsTest {

  @Test
  void derivesNameArnAndUrlFromThePhysicalId() {
    assertEquals(
        Map.of(
            "arn",
            "arn:aws:sqs:eu-west-1:123456789012:orders",
            "url",
            "https://sqs.eu-west-1.amazonaws.com/123456789012/orders",
            "name",
            "orders"),
        ResourceParams.of(
            "AWS::SQS::Queue",
            "https://sqs.eu-west-1.amazonaws.com/123456789012/orders",
            "aws",
            "eu-west-1",
            "123456789012"));
    assertEquals(
        Map.of("name", "uploads", "arn", "arn:aws-cn:s3:::uploads"),
        ResourceParams.of("AWS::S3::Bucket", "uploads", "aws-cn", "cn-north-1", "123456789012"));
    assertEquals(
        Map.of("arn", "arn:aws:lambda:eu-west-1:123456789012:function:hello", "name", "hello"),
        ResourceParams.of("AWS::Lambda::Function", "hello", "aws", "eu-west-1", "123456789012"));
    assertEquals(
        Map.of("id", "abc123"),
        ResourceParams.of("AWS::ApiGatewayV2::Api", "abc123", "aws", "eu-west-1", "123456789012"));
  }
}
