package dev.formwork.deployer.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.ListChangeSetsResponse;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.RollbackConfiguration;
import software.amazon.awssdk.services.cloudformation.model.RollbackTrigger;
import software.amazon.awssdk.services.cloudformation.model.Tag;

/**
 * Creates, waits for, reads, executes and deletes CloudFormation change sets, and recognises the
 * two ways CloudFormation says "nothing to change".
 */
public final class ChangeSets {

  private final CloudFormationClient cfn;
  private final Duration pollInterval;

  public ChangeSets(CloudFormationClient cfn, Duration pollInterval) {
    this.cfn = cfn;
    this.pollInterval = pollInterval;
  }

  /** The template either inline or as an S3 URL. */
  public sealed interface TemplateSource permits Body, Url {}

  public record Body(String json) implements TemplateSource {}

  public record Url(String url) implements TemplateSource {}

  /** A change set that CloudFormation accepted for creation. */
  public record Created(String changeSetId, String stackId, ChangeSetType type) {}

  /** What a finished change set creation produced. */
  public sealed interface Prepared permits Ready, NoChanges, Failed {}

  public record Ready(ChangeSetSummary summary) implements Prepared {}

  public record NoChanges() implements Prepared {}

  public record Failed(String reason) implements Prepared {}

  /**
   * Stack-level settings sent with every change set: the role CloudFormation assumes, the rollback
   * alarms (ARNs) and monitoring time, and the topics that receive stack events. The alarms and
   * topics are always sent, an empty list included, because CloudFormation otherwise keeps the
   * previous ones; a role cannot be removed from a stack, so none is sent when none is set.
   */
  public record Options(
      Optional<String> roleArn,
      List<String> rollbackAlarmArns,
      int monitoringMinutes,
      List<String> notificationArns) {
    public static final Options NONE = new Options(Optional.empty(), List.of(), 0, List.of());

    public Options {
      rollbackAlarmArns = List.copyOf(rollbackAlarmArns);
      notificationArns = List.copyOf(notificationArns);
    }
  }

  /** The prefix of every change set formwork creates, so a later deploy can find its orphans. */
  public static final String NAME_PREFIX = "formwork-";

  public Created create(
      String stackName, ChangeSetType type, TemplateSource template, Map<String, String> tags) {
    return create(stackName, type, template, tags, Options.NONE, List.of(), false);
  }

  /**
   * Creates a change set with deploymentConfig's options and the template's parameter values;
   * {@code includeNestedStacks} makes CloudFormation prepare a change set for each nested stack
   * too, which {@link #await} reads, so a preview shows what changes inside them
   * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/change-sets-for-nested-stacks.html).
   */
  public Created create(
      String stackName,
      ChangeSetType type,
      TemplateSource template,
      Map<String, String> tags,
      Options options,
      List<Parameter> parameters,
      boolean includeNestedStacks) {
    CreateChangeSetRequest.Builder request =
        CreateChangeSetRequest.builder()
            .stackName(stackName)
            // Change set names must start with a letter and be unique per stack.
            .changeSetName(NAME_PREFIX + Instant.now().toEpochMilli())
            .changeSetType(type)
            .capabilities(
                Capability.CAPABILITY_IAM,
                Capability.CAPABILITY_NAMED_IAM,
                Capability.CAPABILITY_AUTO_EXPAND)
            .tags(
                tags.entrySet().stream()
                    .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                    .toList())
            .parameters(parameters)
            .notificationARNs(options.notificationArns())
            .rollbackConfiguration(
                RollbackConfiguration.builder()
                    .monitoringTimeInMinutes(options.monitoringMinutes())
                    .rollbackTriggers(
                        options.rollbackAlarmArns().stream()
                            .map(
                                arn ->
                                    RollbackTrigger.builder()
                                        .arn(arn)
                                        .type("AWS::CloudWatch::Alarm")
                                        .build())
                            .toList())
                    .build());
    options.roleArn().ifPresent(request::roleARN);
    if (includeNestedStacks) {
      request.includeNestedStacks(true);
    }
    if (template instanceof Body body) {
      request.templateBody(body.json());
    } else if (template instanceof Url url) {
      request.templateURL(url.url());
    }
    CreateChangeSetResponse response = cfn.createChangeSet(request.build());
    return new Created(response.id(), response.stackId(), type);
  }

  /**
   * True for the status reasons meaning "no changes". CDK and Serverless match both wordings; the
   * second appears with transforms (aws-cdk#10650).
   */
  public static boolean meansNoChanges(String reason) {
    if (reason == null) {
      return false;
    }
    return reason.contains("didn't contain changes")
        || reason.contains("No updates are to be performed");
  }

  public Prepared await(Created created, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      DescribeChangeSetResponse response =
          cfn.describeChangeSet(b -> b.changeSetName(created.changeSetId()));
      String status = response.statusAsString();
      if ("CREATE_COMPLETE".equals(status)) {
        return new Ready(summary(created.changeSetId(), response));
      }
      if ("FAILED".equals(status)) {
        return meansNoChanges(response.statusReason())
            ? new NoChanges()
            : new Failed(String.valueOf(response.statusReason()));
      }
      if (Instant.now().isAfter(deadline)) {
        return new Failed(
            "the change set was still " + status + " after " + timeout.toMinutes() + " minutes");
      }
      StackWatcher.sleep(pollInterval);
    }
  }

  /**
   * The summary of a finished change set, with the change sets CloudFormation made for its nested
   * stacks (each named by the ChangeSetId of the nested stack's change), recursively.
   */
  private ChangeSetSummary summary(String changeSetId, DescribeChangeSetResponse first) {
    List<Change> changes = allChanges(changeSetId, first);
    SortedMap<String, ChangeSetSummary> nested = new TreeMap<>();
    for (Change change : changes) {
      ResourceChange resource = change.resourceChange();
      if (resource != null && resource.changeSetId() != null && !resource.changeSetId().isEmpty()) {
        String nestedId = resource.changeSetId();
        DescribeChangeSetResponse inner = cfn.describeChangeSet(b -> b.changeSetName(nestedId));
        nested.put(resource.logicalResourceId(), summary(nestedId, inner));
      }
    }
    return ChangeSetSummary.from(changes).withNested(nested);
  }

  private List<Change> allChanges(String changeSetId, DescribeChangeSetResponse first) {
    List<Change> changes = new ArrayList<>(first.changes());
    String token = first.nextToken();
    while (token != null) {
      String next = token;
      DescribeChangeSetResponse page =
          cfn.describeChangeSet(b -> b.changeSetName(changeSetId).nextToken(next));
      changes.addAll(page.changes());
      token = page.nextToken();
    }
    return changes;
  }

  public void execute(Created created) {
    execute(created, false);
  }

  /**
   * Executes the change set; with {@code disableRollback} a failure keeps what was created or
   * changed (the stack ends in CREATE_FAILED or UPDATE_FAILED) instead of rolling back.
   */
  public void execute(Created created, boolean disableRollback) {
    cfn.executeChangeSet(
        b -> b.changeSetName(created.changeSetId()).disableRollback(disableRollback));
  }

  /**
   * Deletes the change sets formwork created on this stack that were never executed: what a deploy
   * interrupted (Ctrl-C) while its change set was being created or reviewed leaves behind. Returns
   * their names.
   */
  public List<String> deleteOrphans(String stackName) {
    List<String> deleted = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      ListChangeSetsResponse page = cfn.listChangeSets(b -> b.stackName(stackName).nextToken(next));
      // The SDK's ChangeSetSummary (a list entry), not formwork's ChangeSetSummary of changes.
      for (var summary : page.summaries()) {
        boolean ours =
            summary.changeSetName() != null && summary.changeSetName().startsWith(NAME_PREFIX);
        boolean thisStack = stackName.equals(summary.stackName());
        boolean unexecuted =
            !"EXECUTE_IN_PROGRESS".equals(summary.executionStatusAsString())
                && !"EXECUTE_COMPLETE".equals(summary.executionStatusAsString());
        if (ours && thisStack && unexecuted) {
          cfn.deleteChangeSet(b -> b.changeSetName(summary.changeSetId()));
          deleted.add(summary.changeSetName());
        }
      }
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    return deleted;
  }

  public void delete(Created created) {
    cfn.deleteChangeSet(b -> b.changeSetName(created.changeSetId()));
  }
}
