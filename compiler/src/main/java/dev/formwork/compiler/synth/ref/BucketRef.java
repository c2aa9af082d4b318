package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.BucketNames;
import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code bucket} of the config: {@code <Name>Bucket}. Its name and ARN are built from the
 * deterministic bucket name instead of Ref/GetAtt, so that functions using them never depend on the
 * bucket (which may depend on their S3 permissions).
 */
public record BucketRef(String name, String stackName) implements ResourceRef, HasArn {

  public String logicalId() {
    return LogicalIds.bucket(name);
  }

  public String policyLogicalId() {
    return LogicalIds.bucketPolicy(name);
  }

  public JsonValue bucketName() {
    return Cf.sub(BucketNames.subTemplate(stackName, name));
  }

  @Override
  public JsonValue arn() {
    return Cf.sub(BucketNames.arnSubTemplate(stackName, name));
  }

  /** The ARN of every object in the bucket. */
  public JsonValue objectsArn() {
    return Cf.sub(BucketNames.arnSubTemplate(stackName, name) + "/*");
  }

  @Override
  public Map<String, JsonValue> params() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("name", bucketName());
    params.put("arn", arn());
    return params;
  }
}
