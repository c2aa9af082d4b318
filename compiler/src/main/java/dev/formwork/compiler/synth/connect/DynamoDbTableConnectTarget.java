package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.ref.TableRef;
import dev.formwork.compiler.synth.vpc.StackVpc;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.DynamoDbTableResource;
import java.util.List;

/**
 * connectTo a {@code dynamo-db-table}: item reads and writes on the table and its indexes, plus
 * reading its stream when the table has one (on the stream ARN, where those actions apply).
 * Stacktape's {@code BatchGet*}/{@code Get*}/{@code BatchWrite*} wildcards are spelled out. A
 * function in the VPC also gets the DynamoDB gateway endpoint.
 */
public final class DynamoDbTableConnectTarget implements ConnectTarget<TableRef> {

  static final List<String> TABLE_ACTIONS =
      List.of(
          "dynamodb:BatchGetItem",
          "dynamodb:BatchWriteItem",
          "dynamodb:ConditionCheckItem",
          "dynamodb:DeleteItem",
          "dynamodb:DescribeTable",
          "dynamodb:GetItem",
          "dynamodb:PutItem",
          "dynamodb:Query",
          "dynamodb:Scan",
          "dynamodb:UpdateItem");
  static final List<String> STREAM_ACTIONS =
      List.of("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator");

  @Override
  public Class<DynamoDbTableResource> resourceType() {
    return DynamoDbTableResource.class;
  }

  @Override
  public Class<TableRef> refType() {
    return TableRef.class;
  }

  @Override
  public void connect(Connection<TableRef> connection) {
    JsonValue arn = connection.target().arn();
    connection.allow(TABLE_ACTIONS, List.of(arn, Cf.join("", List.of(arn, Cf.text("/index/*")))));
    if (connection.target().streamArn().isPresent()) {
      connection.allow(STREAM_ACTIONS, List.of(connection.target().streamArn().get()));
    }
    if (connection.function().properties().joinDefaultVpc()) {
      StackVpc.ensureGatewayEndpoint(
          "dynamodb", "StpDynamoDbGatewayVpcEndpoint", connection.context());
    }
  }
}
