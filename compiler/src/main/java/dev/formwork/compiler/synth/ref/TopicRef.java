package dev.formwork.compiler.synth.ref;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.template.Cf;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.SnsTopicResource;
import java.util.LinkedHashMap;
import java.util.Map;

/** An {@code sns-topic} of the config: {@code <Name>Topic}. */
public record TopicRef(String name, boolean fifo) implements ResourceRef, HasArn {

  public static TopicRef of(String name, SnsTopicResource topic) {
    return new TopicRef(name, topic.properties().fifoEnabled());
  }

  public String logicalId() {
    return LogicalIds.topic(name);
  }

  @Override
  public JsonValue arn() {
    return Cf.getAtt(logicalId(), "TopicArn");
  }

  public JsonValue topicName() {
    return Cf.getAtt(logicalId(), "TopicName");
  }

  @Override
  public Map<String, JsonValue> params() {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    params.put("arn", arn());
    params.put("name", topicName());
    return params;
  }
}
