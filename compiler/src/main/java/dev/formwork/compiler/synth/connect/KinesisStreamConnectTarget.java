package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.ref.KinesisStreamRef;
import dev.formwork.schema.model.KinesisStreamResource;
import java.util.List;

/**
 * connectTo a {@code kinesis-stream}: put and read records on that stream. Stacktape also grants
 * {@code kinesis:ListStreams}, which applies only to "*" (it lists every stream of the account); it
 * is left out because the function already knows its stream from STP_*_NAME/ARN.
 */
public final class KinesisStreamConnectTarget implements ConnectTarget<KinesisStreamRef> {

  static final List<String> ACTIONS =
      List.of(
          "kinesis:DescribeStream",
          "kinesis:DescribeStreamSummary",
          "kinesis:GetRecords",
          "kinesis:GetShardIterator",
          "kinesis:ListShards",
          "kinesis:PutRecord",
          "kinesis:PutRecords");

  @Override
  public Class<KinesisStreamResource> resourceType() {
    return KinesisStreamResource.class;
  }

  @Override
  public Class<KinesisStreamRef> refType() {
    return KinesisStreamRef.class;
  }

  @Override
  public void connect(Connection<KinesisStreamRef> connection) {
    connection.allow(ACTIONS, List.of(connection.target().arn()));
  }
}
