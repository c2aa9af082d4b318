package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.ref.BucketRef;
import dev.formwork.compiler.synth.vpc.StackVpc;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.BucketResource;
import java.util.List;

/**
 * connectTo a {@code bucket}: list and locate the bucket, and read, write, delete and tag its
 * objects. Stacktape's {@code s3:GetBucket*} and {@code s3:*Object*} wildcards also grant ACL,
 * policy, retention and legal-hold changes; these named actions are what object storage code uses.
 * A function in the VPC also gets the S3 gateway endpoint, so the bucket is reachable without NAT.
 */
public final class BucketConnectTarget implements ConnectTarget<BucketRef> {

  static final List<String> BUCKET_ACTIONS =
      List.of("s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads");
  static final List<String> OBJECT_ACTIONS =
      List.of(
          "s3:AbortMultipartUpload",
          "s3:DeleteObject",
          "s3:DeleteObjectVersion",
          "s3:GetObject",
          "s3:GetObjectAttributes",
          "s3:GetObjectTagging",
          "s3:GetObjectVersion",
          "s3:ListMultipartUploadParts",
          "s3:PutObject",
          "s3:PutObjectTagging");

  @Override
  public Class<BucketResource> resourceType() {
    return BucketResource.class;
  }

  @Override
  public Class<BucketRef> refType() {
    return BucketRef.class;
  }

  @Override
  public void connect(Connection<BucketRef> connection) {
    JsonValue arn = connection.target().arn();
    connection.allow(BUCKET_ACTIONS, List.of(arn));
    connection.allow(OBJECT_ACTIONS, List.of(Cf.join("", List.of(arn, Cf.text("/*")))));
    if (connection.function().properties().joinDefaultVpc()) {
      StackVpc.ensureGatewayEndpoint("s3", "StpS3GatewayVpcEndpoint", connection.context());
    }
  }
}
