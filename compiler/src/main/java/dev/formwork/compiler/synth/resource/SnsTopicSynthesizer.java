package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.ref.TopicRef;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.model.SnsTopicResource;

/**
 * Synthesizes an {@code sns-topic} as {@code <Name>Topic} (AWS::SNS::Topic). No server-side
 * encryption by default: the AWS-managed SNS key cannot be used by the services that commonly
 * publish to topics (EventBridge, CloudWatch alarms, S3), see
 * https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services.
 */
public final class SnsTopicSynthesizer implements ResourceSynthesizer<SnsTopicResource> {

  static final int NAME_LIMIT = 256;

  private static final String FIFO_SUFFIX = ".fifo";

  @Override
  public Class<SnsTopicResource> type() {
    return SnsTopicResource.class;
  }

  @Override
  public TopicRef ref(String name, SnsTopicResource resource, StackIdentity stack) {
    return TopicRef.of(name, resource);
  }

  @Override
  public void synthesize(String name, SnsTopicResource resource, SynthesisContext context) {
    SnsTopicResource.Properties properties = resource.properties();
    String base = context.stack().stackName() + "-" + name;
    JsonObject.Builder json =
        JsonObject.builder()
            .put(
                "TopicName",
                properties.fifoEnabled()
                    ? PhysicalNames.fit(base, NAME_LIMIT - FIFO_SUFFIX.length()) + FIFO_SUFFIX
                    : PhysicalNames.fit(base, NAME_LIMIT));
    json.putIfPresent("DisplayName", properties.smsDisplayName());
    if (properties.fifoEnabled()) {
      json.put("FifoTopic", true);
      if (properties.contentBasedDeduplication()) {
        json.put("ContentBasedDeduplication", true);
      }
    }
    context
        .template()
        .add(
            LogicalIds.topic(name),
            CfResource.of("AWS::SNS::Topic", json.build()),
            ConfigPath.of("resources", name),
            name);
  }
}
