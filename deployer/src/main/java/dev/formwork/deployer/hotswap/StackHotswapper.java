package dev.formwork.deployer.hotswap;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.Outcome;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackInspector;
import dev.formwork.deployer.aws.AwsFailureException;
import dev.formwork.deployer.bucket.DeploymentBucketStore;
import dev.formwork.deployer.history.DeploymentHistory;
import dev.formwork.deployer.history.DeploymentRecord;
import dev.formwork.deployer.info.DeployedValues;
import dev.formwork.deployer.info.StackInfo;
import dev.formwork.deployer.stack.StackReader;
import dev.formwork.deployer.stack.StackState;
import dev.formwork.deployer.stack.StackStatusPolicy;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.naming.DeploymentBucket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;

/**
 * {@code deploy --hotswap}: when the compiled template differs from the deployed one only in what
 * {@link HotswapPlanner} allows, uploads the new artifacts and updates the functions with the
 * Lambda API, without CloudFormation; otherwise says which change needs a change set. The stack
 * then differs from its template until the next normal deploy, which it says. The deployed template
 * is the latest one in the deployment history (recorded only after a deploy succeeded), so a
 * code-only change makes no CloudFormation call; a stack without a history is read from
 * CloudFormation.
 */
public final class StackHotswapper {

  /** How long one function update may take before the hotswap stops. */
  private static final Duration UPDATE_TIMEOUT = Duration.ofMinutes(5);

  private final AwsClients clients;
  private final OutputSink out;
  private final DeployerSettings settings;

  public StackHotswapper(AwsClients clients, OutputSink out, DeployerSettings settings) {
    this.clients = clients;
    this.out = out;
    this.settings = settings;
  }

  /**
   * What to hotswap.
   *
   * @param template the compiled template
   * @param manifest the packaged artifacts (only those a changed function uses are uploaded)
   * @param artifactRoot where the manifest's files are
   * @param targets the config's functions by logical ID
   */
  public record Request(
      JsonObject template,
      ArtifactManifest manifest,
      Path artifactRoot,
      Map<String, HotswapTarget> targets) {}

  public HotswapOutcome hotswap(Request request) {
    try {
      return run(request);
    } catch (DeployStepException e) {
      return new HotswapOutcome.Finished(
          DeployResult.failed(e.code(), e.getMessage(), e.hint()), List.of());
    } catch (SdkException | AwsFailureException e) {
      return new HotswapOutcome.Finished(clients.errors().toResult(e), List.of());
    }
  }

  private HotswapOutcome run(Request request) {
    String stack = clients.target().stackName();
    String region = clients.target().region();
    String account = clients.accountId();
    DeploymentHistory history =
        new DeploymentHistory(clients.s3(), DeploymentBucket.name(stack, account, region));
    Optional<DeploymentRecord> latest = history.latest();
    Baseline deployed =
        latest.isPresent()
            ? parse(
                history.template(latest.get()),
                "the template of deployment " + latest.get().number())
            : deployedTemplate(stack);
    if (deployed.reasons().isPresent()) {
      return new HotswapOutcome.NotPossible(deployed.reasons().get());
    }
    HotswapPlan plan =
        HotswapPlanner.plan(
            deployed.template().orElseThrow(), request.template(), request.targets());
    if (plan instanceof HotswapPlan.NoChanges) {
      out.info("No changes: stack " + stack + " is up to date.");
      return new HotswapOutcome.Finished(
          DeployResult.of(Outcome.NO_CHANGES, "No changes."), List.of());
    }
    if (plan instanceof HotswapPlan.Fallback fallback) {
      return new HotswapOutcome.NotPossible(fallback.reasons());
    }
    if (plan instanceof HotswapPlan.Refused refused) {
      return new HotswapOutcome.Refused(
          DeployResult.failed(Code.DEPLOY_HOTSWAP_REFUSED, refused.reason(), refused.hint()));
    }
    List<HotswapPlan.FunctionChange> changes = ((HotswapPlan.Updates) plan).functions();
    // Code and literal settings need only the account and region; the stack's resources are read
    // only for a value that refers to one (an environment variable with Ref or Fn::GetAtt).
    HotswapResolution.Result resolved =
        HotswapResolution.resolve(changes, DeployedValues.pseudoParameters(stack, region, account));
    if (!resolved.reasons().isEmpty()) {
      Optional<StackInfo> info = new StackInspector(clients).info();
      if (info.isEmpty()) {
        return new HotswapOutcome.NotPossible(List.of("stack " + stack + " does not exist"));
      }
      resolved =
          HotswapResolution.resolve(changes, new DeployedValues(info.get(), region, account));
    }
    if (!resolved.reasons().isEmpty()) {
      return new HotswapOutcome.NotPossible(resolved.reasons());
    }
    uploadNewCode(request, resolved.updates(), account);
    LambdaHotswapper lambda =
        new LambdaHotswapper(clients.lambda(), out, settings.pollInterval(), UPDATE_TIMEOUT);
    List<String> names = new ArrayList<>();
    for (LambdaUpdate update : resolved.updates()) {
      List<String> done = lambda.apply(update);
      out.info("Hotswapped " + update.name() + ": " + String.join(", ", done));
      names.add(update.name());
    }
    out.warn(
        "Stack "
            + stack
            + " now differs from its template: the functions were updated directly, not by"
            + " CloudFormation. The next `formwork deploy` without --hotswap brings the stack"
            + " back in line.");
    return new HotswapOutcome.Finished(
        DeployResult.of(
            Outcome.SUCCEEDED,
            "Hotswapped " + String.join(", ", names) + " without CloudFormation."),
        names);
  }

  /**
   * After a change set (or one that found no changes), brings functions that still run hotswapped
   * code or settings back to the deployed template: CloudFormation leaves a function alone when its
   * template did not change, even though a hotswap changed the function. The latest deployment of
   * the history tells whether a hotswap came last, and what it set. Returns the functions updated.
   *
   * @param deployedTemplate the template the stack now has
   * @param names config names by logical ID, for messages
   */
  public List<String> reconcile(JsonObject deployedTemplate, Map<String, String> names) {
    String stack = clients.target().stackName();
    String region = clients.target().region();
    String account = clients.accountId();
    DeploymentHistory history =
        new DeploymentHistory(clients.s3(), DeploymentBucket.name(stack, account, region));
    Optional<DeploymentRecord> latest = history.latest();
    if (latest.isEmpty() || latest.get().kind() != DeploymentRecord.Kind.HOTSWAP) {
      return List.of();
    }
    Baseline running =
        parse(
            history.template(latest.get()), "the template of deployment " + latest.get().number());
    if (running.template().isEmpty()) {
      return List.of();
    }
    // The template before this change set: what CloudFormation compared with, so a value it saw
    // unchanged (and left as the hotswap set it) can be told from one it applied.
    Optional<JsonObject> before =
        history
            .latestChangeSet()
            .flatMap(record -> parse(history.template(record), "a recorded template").template());
    List<HotswapPlan.FunctionChange> drift =
        HotswapPlanner.drift(running.template().get(), before, deployedTemplate, names);
    if (drift.isEmpty()) {
      return List.of();
    }
    StackInfo info = new StackInspector(clients).info().orElseThrow();
    DeployedValues values = new DeployedValues(info, region, account);
    LambdaHotswapper lambda =
        new LambdaHotswapper(clients.lambda(), out, settings.pollInterval(), UPDATE_TIMEOUT);
    List<String> reset = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    // One change at a time: what can be reset is, even when another value cannot be resolved.
    for (HotswapPlan.FunctionChange change : drift) {
      HotswapResolution.Result resolved = HotswapResolution.resolve(List.of(change), values);
      unresolved.addAll(resolved.reasons());
      for (LambdaUpdate update : resolved.updates()) {
        List<String> done = lambda.apply(update);
        out.info(
            "Reset "
                + update.name()
                + " to its template (it ran hotswapped code or settings): "
                + String.join(", ", done));
        if (!reset.contains(update.name())) {
          reset.add(update.name());
        }
      }
    }
    if (!unresolved.isEmpty()) {
      out.warn(
          "Hotswapped settings that could not be reset, because their template values cannot be"
              + " read from the stack: "
              + String.join("; ", unresolved)
              + ". Deploy a change to those functions to reset them.");
    }
    return reset;
  }

  /** A template to compare with, or why there is none. */
  private record Baseline(Optional<JsonObject> template, Optional<List<String>> reasons) {
    static Baseline of(JsonObject template) {
      return new Baseline(Optional.of(template), Optional.empty());
    }

    static Baseline not(String reason) {
      return new Baseline(Optional.empty(), Optional.of(List.of(reason)));
    }
  }

  /**
   * Without a recorded deployment (a stack deployed before formwork kept a history), the template
   * CloudFormation holds, if the stack can be updated at all.
   */
  private Baseline deployedTemplate(String stack) {
    Optional<StackState> state = new StackReader(clients.cloudFormation()).state(stack);
    StackStatusPolicy.Decision decision = StackStatusPolicy.forDeploy(stack, state);
    if (decision.action() != StackStatusPolicy.Action.UPDATE) {
      return Baseline.not(
          state
              .map(s -> "stack " + stack + " is " + s.status())
              .orElse("stack " + stack + " does not exist yet"));
    }
    String body =
        clients
            .cloudFormation()
            .getTemplate(b -> b.stackName(stack).templateStage(TemplateStage.ORIGINAL))
            .templateBody();
    return parse(body, "the deployed template");
  }

  private static Baseline parse(String body, String what) {
    try {
      return JsonParser.parse(body) instanceof JsonObject object
          ? Baseline.of(object)
          : Baseline.not(what + " is not a JSON object");
    } catch (JsonParseException notJson) {
      return Baseline.not(what + " is not JSON (it was not deployed by formwork)");
    }
  }

  /** Uploads only the artifacts the updated functions' new code names. */
  private void uploadNewCode(Request request, List<LambdaUpdate> updates, String account) {
    Set<String> keys = new HashSet<>();
    updates.forEach(update -> update.code().ifPresent(code -> keys.add(code.key())));
    if (keys.isEmpty()) {
      return;
    }
    List<Artifact> needed =
        request.manifest().artifacts().values().stream()
            .filter(artifact -> keys.contains(artifact.s3Key()))
            .toList();
    String bucket =
        DeploymentBucket.name(clients.target().stackName(), account, clients.target().region());
    new DeploymentBucketStore(clients.s3(), bucket, clients.target().region(), out)
        .uploadMissing(needed, request.artifactRoot());
  }
}
