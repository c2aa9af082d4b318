package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.ref.TopicRef;
import dev.formwork.schema.model.SnsTopicResource;
import java.util.List;

/**
 * connectTo an {@code sns-topic}: publish to the topic and manage its subscriptions (Stacktape's
 * named actions).
 */
public final class SnsTopicConnectTarget implements ConnectTarget<TopicRef> {

  static final List<String> ACTIONS =
      List.of(
          "sns:ConfirmSubscription",
          "sns:GetTopicAttributes",
          "sns:ListSubscriptionsByTopic",
          "sns:Publish",
          "sns:Subscribe",
          "sns:Unsubscribe");

  @Override
  public Class<SnsTopicResource> resourceType() {
    return SnsTopicResource.class;
  }

  @Override
  public Class<TopicRef> refType() {
    return TopicRef.class;
  }

  @Override
  public void connect(Connection<TopicRef> connection) {
    connection.allow(ACTIONS, List.of(connection.target().arn()));
  }
}
