package dev.formwork.schema.model.alarm;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.NoEffect;
import dev.formwork.schema.bind.Pattern;
import dev.formwork.schema.bind.Required;
import dev.formwork.schema.bind.Union;
import dev.formwork.schema.bind.Variant;
import dev.formwork.schema.value.TextValue;
import java.util.Optional;

/**
 * Where an alarm's state changes go: an e-mail address (an SNS subscription), a Slack channel or a
 * Microsoft Teams channel (AWS Chatbot), or any SNS topic.
 */
@Union(
    variants = {
      @Variant(name = "email", type = NotificationTarget.Email.class),
      @Variant(name = "slack", type = NotificationTarget.Slack.class),
      @Variant(name = "ms-teams", type = NotificationTarget.MsTeams.class),
      @Variant(name = "sns", type = NotificationTarget.Sns.class)
    })
public sealed interface NotificationTarget
    permits NotificationTarget.Email,
        NotificationTarget.Slack,
        NotificationTarget.MsTeams,
        NotificationTarget.Sns {

  /** An e-mail address, subscribed to the alarm's SNS topic. */
  @Doc("E-mail the alarm's state changes (an SNS e-mail subscription the recipient confirms).")
  record Email(EmailProperties properties) implements NotificationTarget {}

  /** E-mail addresses. */
  @Doc("E-mail notification.")
  record EmailProperties(
      @Doc(
              "Sender address (Stacktape sends through SES). SNS e-mails come from"
                  + " no-reply@sns.amazonaws.com, so formwork warns that this is not used.")
          @NoEffect("SNS sends e-mail from no-reply@sns.amazonaws.com, so sender is not used.")
          Optional<String> sender,
      @Doc("Recipient address.") @Required String recipient) {}

  /** A Slack channel, through an AWS Chatbot Slack channel configuration. */
  @Doc(
      "Post to a Slack channel through AWS Chatbot. The workspace must be authorized once in the"
          + " AWS Chatbot console.")
  record Slack(SlackProperties properties) implements NotificationTarget {}

  /** The Slack workspace and channel. */
  @Doc("Slack channel.")
  record SlackProperties(
      @Doc("The channel ID (Stacktape's conversationId), e.g. C0123456789.") @Required
          String conversationId,
      @Doc(
              "The Slack workspace (team) ID, e.g. T0123456789, as AWS Chatbot shows it (formwork"
                  + " extension; AWS Chatbot needs it).")
          @Required
          String workspaceId,
      @Doc(
              "Stacktape's bot token. AWS Chatbot posts with its own Slack app, so formwork warns"
                  + " that it is not used.")
          @NoEffect("AWS Chatbot posts with its own Slack app, so accessToken is not used.")
          Optional<TextValue> accessToken) {}

  /** A Microsoft Teams channel, through an AWS Chatbot Teams channel configuration. */
  @Doc(
      "Post to a Microsoft Teams channel through AWS Chatbot. The team must be authorized once in"
          + " the AWS Chatbot console.")
  record MsTeams(MsTeamsProperties properties) implements NotificationTarget {}

  /** Microsoft's IDs are GUIDs. */
  String GUID = "[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}";

  /** The Teams tenant, team and channel. */
  @Doc("Microsoft Teams channel (formwork extension: AWS Chatbot needs the IDs, not a webhook).")
  record MsTeamsProperties(
      @Doc("The Microsoft 365 tenant ID (a GUID).")
          @Required
          @Pattern(regex = GUID, meaning = "a GUID")
          String tenantId,
      @Doc("The team ID (a GUID).") @Required @Pattern(regex = GUID, meaning = "a GUID")
          String teamId,
      @Doc("The channel ID, URL-encoded as AWS Chatbot shows it: 19%3a…%40thread.tacv2.")
          @Required
          @Pattern(
              regex = "[a-zA-Z0-9-_=+/.,]*%3[aA][a-zA-Z0-9-_=+/.,]*%40[a-zA-Z0-9-_=+/.,]*",
              meaning = "a URL-encoded Teams channel ID such as 19%3a…%40thread.tacv2")
          String channelId,
      @Doc(
              "Stacktape's incoming-webhook URL. AWS Chatbot does not post through webhooks, so"
                  + " formwork warns that it is not used.")
          @NoEffect("AWS Chatbot posts to the channel itself, so webhookUrl is not used.")
          Optional<TextValue> webhookUrl) {}

  /** Any SNS topic, as an alarm action. */
  @Doc("Publish the alarm's state changes to an SNS topic.")
  record Sns(SnsProperties properties) implements NotificationTarget {}

  /** The topic. */
  @Doc("SNS topic.")
  record SnsProperties(
      @Doc("Topic ARN, e.g. $ResourceParam('alerts', 'arn').") @Required TextValue topicArn) {}
}
