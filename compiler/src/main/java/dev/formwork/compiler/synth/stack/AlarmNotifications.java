package dev.formwork.compiler.synth.stack;

import dev.formwork.compiler.naming.LogicalIds;
import dev.formwork.compiler.naming.PhysicalNames;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.template.Cf;
import dev.formwork.compiler.template.CfResource;
import dev.formwork.compiler.template.TrustPolicy;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.model.alarm.NotificationTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an alarm's state changes go, all native CloudFormation: {@code <Alarm>NotificationTopic}
 * (AWS::SNS::Topic) with an e-mail subscription per e-mail target and an AWS Chatbot Slack or
 * Microsoft Teams channel configuration per chat target (sharing {@code StpChatbotRole}), and any
 * SNS topic given by ARN. Returns the alarm's actions.
 */
public final class AlarmNotifications {

  /** AWS Chatbot configuration names allow 128 characters. */
  static final int CHATBOT_NAME_LIMIT = 128;

  private AlarmNotifications() {}

  /**
   * Adds the alarm (AWS::CloudWatch::Alarm with the given properties) and what its notification
   * targets need, with the targets as its AlarmActions and OKActions.
   */
  public static void addAlarm(
      String logicalId,
      JsonObject.Builder properties,
      List<NotificationTarget> targets,
      ConfigPath alarmPath,
      String ownerName,
      SynthesisContext context) {
    List<JsonValue> actions =
        actions(
            logicalId,
            targets,
            alarmPath.key("notificationTargets"),
            alarmPath,
            ownerName,
            context);
    if (!actions.isEmpty()) {
      properties
          .put("AlarmActions", new JsonArray(actions))
          .put("OKActions", new JsonArray(actions));
    }
    context
        .template()
        .add(
            logicalId,
            CfResource.of("AWS::CloudWatch::Alarm", properties.build()),
            alarmPath,
            ownerName);
  }

  /**
   * The ARNs to put in the alarm's AlarmActions and OKActions (empty without targets), after adding
   * the topic, subscriptions and channel configurations the targets need.
   */
  private static List<JsonValue> actions(
      String alarmLogicalId,
      List<NotificationTarget> targets,
      ConfigPath targetsPath,
      ConfigPath owner,
      String ownerName,
      SynthesisContext context) {
    List<JsonValue> actions = new ArrayList<>();
    String topic = LogicalIds.alarmTopic(alarmLogicalId);
    boolean needsTopic = false;
    for (int i = 0; i < targets.size(); i++) {
      NotificationTarget target = targets.get(i);
      ConfigPath path = targetsPath.index(i).key("properties");
      String targetId = alarmLogicalId + "Target" + i;
      if (target instanceof NotificationTarget.Sns sns) {
        actions.add(context.values().resolve(sns.properties().topicArn(), path.key("topicArn")));
        continue;
      }
      needsTopic = true;
      if (target instanceof NotificationTarget.Email email) {
        add(
            context,
            targetId + "Subscription",
            CfResource.of(
                "AWS::SNS::Subscription",
                JsonObject.builder()
                    .put("Endpoint", email.properties().recipient())
                    .put("Protocol", "email")
                    .put("TopicArn", Cf.ref(topic))
                    .build()),
            owner,
            ownerName);
      } else if (target instanceof NotificationTarget.Slack slack) {
        add(
            context,
            targetId + "SlackChannel",
            CfResource.of(
                "AWS::Chatbot::SlackChannelConfiguration",
                chatbot(context, targetId, topic)
                    .put("SlackChannelId", slack.properties().conversationId())
                    .put("SlackWorkspaceId", slack.properties().workspaceId())
                    .build()),
            owner,
            ownerName);
      } else if (target instanceof NotificationTarget.MsTeams teams) {
        add(
            context,
            targetId + "TeamsChannel",
            CfResource.of(
                "AWS::Chatbot::MicrosoftTeamsChannelConfiguration",
                chatbot(context, targetId, topic)
                    .put("TeamId", teams.properties().teamId())
                    .put("TeamsChannelId", teams.properties().channelId())
                    .put("TeamsTenantId", teams.properties().tenantId())
                    .build()),
            owner,
            ownerName);
      }
    }
    if (needsTopic) {
      add(
          context,
          topic,
          CfResource.of(
              "AWS::SNS::Topic",
              JsonObject.builder()
                  .put(
                      "DisplayName", PhysicalNames.fit(context.stack().stackName() + " alarm", 100))
                  .build()),
          owner,
          ownerName);
      // CloudWatch publishes alarm actions to the topic as the service principal.
      add(
          context,
          topic + "Policy",
          CfResource.of(
              "AWS::SNS::TopicPolicy",
              JsonObject.builder()
                  .put(
                      "PolicyDocument",
                      JsonObject.builder()
                          .put(
                              "Statement",
                              JsonArray.of(
                                  JsonObject.builder()
                                      .put("Action", "sns:Publish")
                                      .put("Effect", "Allow")
                                      .put(
                                          "Principal",
                                          JsonObject.builder()
                                              .put("Service", "cloudwatch.amazonaws.com")
                                              .build())
                                      .put("Resource", Cf.ref(topic))
                                      .build()))
                          .put("Version", "2012-10-17")
                          .build())
                  .put("Topics", JsonArray.of(Cf.ref(topic)))
                  .build()),
          owner,
          ownerName);
      actions.add(0, Cf.ref(topic));
    }
    return actions;
  }

  private static JsonObject.Builder chatbot(
      SynthesisContext context, String targetId, String topic) {
    ensureChatbotRole(context);
    return JsonObject.builder()
        .put(
            "ConfigurationName",
            PhysicalNames.fit(context.stack().stackName() + "-" + targetId, CHATBOT_NAME_LIMIT))
        // Notifications only: the channel's members can read CloudWatch, nothing else.
        .put(
            "GuardrailPolicies",
            JsonArray.of(Cf.sub("arn:${AWS::Partition}:iam::aws:policy/CloudWatchReadOnlyAccess")))
        .put("IamRoleArn", Cf.getAtt(LogicalIds.CHATBOT_ROLE, "Arn"))
        .put("SnsTopicArns", JsonArray.of(Cf.ref(topic)));
  }

  /**
   * The role AWS Chatbot assumes: no permissions of its own, since the channels only receive
   * notifications.
   */
  private static void ensureChatbotRole(SynthesisContext context) {
    if (context.template().has(LogicalIds.CHATBOT_ROLE)) {
      return;
    }
    context
        .template()
        .add(
            LogicalIds.CHATBOT_ROLE,
            CfResource.of(
                "AWS::IAM::Role",
                JsonObject.builder()
                    .put(
                        "AssumeRolePolicyDocument", TrustPolicy.forService("chatbot.amazonaws.com"))
                    .build()),
            ConfigPath.of("resources"),
            "");
  }

  private static void add(
      SynthesisContext context,
      String logicalId,
      CfResource resource,
      ConfigPath owner,
      String ownerName) {
    context.template().add(logicalId, resource, owner, ownerName);
  }
}
