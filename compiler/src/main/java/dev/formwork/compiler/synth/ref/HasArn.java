package dev.formwork.compiler.synth.ref;

import dev.formwork.schema.json.JsonValue;

/** A reference to a resource with an ARN, which IAM statements and invocation targets name. */
public interface HasArn {

  JsonValue arn();
}
