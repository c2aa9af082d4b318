package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.KinesisStreamRef;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.KinesisStreamResource;
import java.util.Optional;

/**
 * Synthesizes a {@code kinesis-stream} as {@code <Name>Stream} (AWS::Kinesis::Stream), encrypted
 * with the AWS-managed key unless encryption is turned off.
 */
public final class KinesisStreamSynthesizer implements ResourceSynthesizer<KinesisStreamResource> {

  static final int NAME_LIMIT = 128;

  /** The AWS-managed Kinesis key: consumers and producers need no KMS permissions for it. */
  static final String AWS_MANAGED_KEY = "alias/aws/kinesis";

  @Override
  public Class<KinesisStreamResource> type() {
    return KinesisStreamResource.class;
  }

  @Override
  public KinesisStreamRef ref(String name, KinesisStreamResource resource, StackIdentity stack) {
    return new KinesisStreamRef(name);
  }

  @Override
  public void synthesize(String name, KinesisStreamResource resource, SynthesisContext context) {
    ConfigPath path = ConfigPath.of("resources", name);
    KinesisStreamResource.Properties properties = resource.properties();
    JsonObject.Builder json =
        JsonObject.builder()
            .put("Name", PhysicalNames.fit(context.stack().stackName() + "-" + name, NAME_LIMIT))
            .put(
                "StreamModeDetails",
                JsonObject.of("StreamMode", Cf.text(properties.capacityMode().configValue())));
    if (properties.capacityMode() == KinesisStreamResource.CapacityMode.PROVISIONED) {
      json.put("ShardCount", properties.shardCount().orElse(1));
    }
    json.putIfPresent("RetentionPeriodHours", properties.retentionPeriodHours());
    Optional<KinesisStreamResource.Encryption> encryption = properties.encryption();
    if (encryption.isEmpty() || encryption.get().enabled()) {
      JsonValue key =
          encryption.isPresent() && encryption.get().kmsKeyArn().isPresent()
              ? context
                  .values()
                  .resolve(
                      encryption.get().kmsKeyArn().get(),
                      path.key("properties").key("encryption").key("kmsKeyArn"))
              : Cf.text(AWS_MANAGED_KEY);
      json.put(
          "StreamEncryption",
          JsonObject.builder().put("EncryptionType", "KMS").put("KeyId", key).build());
    }
    context
        .template()
        .add(
            LogicalIds.stream(name),
            CfResource.of("AWS::Kinesis::Stream", json.build()),
            path,
            name);
  }
}
