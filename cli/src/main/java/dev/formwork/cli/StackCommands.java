package dev.formwork.cli;

import dev.formwork.compiler.split.DeployedPlacement;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.Confirmation;
import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.DeployedTemplates;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackInspector;
import dev.formwork.deployer.StackSettings;
import dev.formwork.deployer.history.DeploymentHistory;
import dev.formwork.deployer.info.DeployedValues;
import dev.formwork.deployer.info.StackInfo;
import dev.formwork.deployer.script.HookRunner;
import dev.formwork.deployer.script.LocalScriptRunner;
import dev.formwork.deployer.secret.SecretResolver;
import dev.formwork.deployer.secret.SecretsManagerResolver;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.Tag;
import dev.formwork.schema.value.TextValue;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the commands that talk to a stack share: confirmation, stack tags, hooks, secret resolution
 * and deployed params.
 */
final class StackCommands {

  private StackCommands() {}

  /** --yes approves; a terminal asks; anything else (CI, pipes) refuses risky steps. */
  static Confirmation confirmation(boolean yes, CliContext context, PrintStream out) {
    if (yes) {
      return Confirmation.assumeYes();
    }
    return context.interactive() ? Confirmation.prompt(out, System.in) : Confirmation.refuse();
  }

  /**
   * Stack tags from stackConfig.tags (literal values; CloudFormation propagates them to resources).
   */
  static Map<String, String> stackTags(FormworkConfig config) {
    Map<String, String> tags = new TreeMap<>();
    for (Tag tag : config.stackConfig().map(stack -> stack.tags()).orElse(List.of())) {
      if (tag.value() instanceof TextValue.Literal literal) {
        tags.put(tag.name(), literal.text());
      }
    }
    return tags;
  }

  /** The stack-operation settings of deploymentConfig (its defaults when it is absent). */
  static StackSettings stackSettings(FormworkConfig config) {
    return config
        .deploymentConfig()
        .map(
            settings ->
                new StackSettings(
                    settings.terminationProtection(),
                    settings.cloudformationRoleArn(),
                    settings.triggerRollbackOnAlarms(),
                    settings.monitoringTimeAfterDeploymentInMinutes(),
                    settings.disableAutoRollback(),
                    settings.publishEventsToArn(),
                    settings.previousVersionsToKeep()))
        .orElse(StackSettings.DEFAULTS);
  }

  /**
   * Reads $Secret() values from Secrets Manager; each value read joins the run's mask, so it is
   * hidden in everything printed afterwards.
   */
  static SecretResolver secrets(AwsClients clients, CliContext context) {
    return context.secrets().recording(new SecretsManagerResolver(clients.secretsManager()));
  }

  static HookRunner hookRunner(
      CompilerRunner.Run run, AwsClients clients, OutputSink out, CliContext context) {
    LocalScriptRunner scripts =
        new LocalScriptRunner(
            run.configFile().toAbsolutePath().getParent(),
            out,
            Optional.of(secrets(clients, context)));
    return new HookRunner(
        ConfigScripts.scripts(run.result().config().orElseThrow()), scripts, out, context.ci());
  }

  /**
   * The referenceable params of every config resource, evaluated against the deployed stack (empty
   * if none).
   */
  static Map<String, Map<String, String>> deployedParams(
      CompilerRunner.Run run, AwsClients clients) {
    Optional<StackInfo> info = new StackInspector(clients).info();
    if (info.isEmpty()) {
      return Map.of();
    }
    return params(run, clients, info.get());
  }

  /** The failure of a command that needs the deployed stack when there is none (exit code 3). */
  static DeployStepException notDeployed(CompilerRunner.Run run, Target target) {
    return new DeployStepException(
        Code.DEPLOY_NOT_DEPLOYED,
        "The stack " + run.result().stackName() + " is not deployed in " + target.region() + ".",
        "Check the stage and region, or deploy it with `formwork deploy`.",
        null);
  }

  static Map<String, Map<String, String>> params(
      CompilerRunner.Run run, AwsClients clients, StackInfo info) {
    String account = clients.accountId();
    return new DeployedValues(info, clients.target().region(), account)
        .evaluate(run.result().resourceParams());
  }

  /**
   * Where the deployed app's units are, read from the deployed root template; none when the stack
   * does not exist, or was not deployed by formwork (a template that is not JSON).
   */
  static DeployedPlacement deployedPlacement(AwsClients clients, PrintStream err) {
    return placement(new DeployedTemplates(clients).root(), err);
  }

  /**
   * Where the deployed app's units are, read from the history's latest deployment: the root
   * template as it was deployed, recorded after every successful deploy, so that a hotswap makes no
   * CloudFormation call. From CloudFormation when the stack has no history.
   */
  static DeployedPlacement recordedPlacement(AwsClients clients, PrintStream err) {
    DeploymentHistory history = DeploymentRecorder.history(clients);
    Optional<String> root = history.latest().map(history::template);
    return root.isPresent() ? placement(root, err) : deployedPlacement(clients, err);
  }

  private static DeployedPlacement placement(Optional<String> root, PrintStream err) {
    if (root.isEmpty()) {
      return DeployedPlacement.NONE;
    }
    try {
      return DeployedPlacement.fromRootTemplate(JsonParser.parse(root.get()));
    } catch (JsonParseException notJson) {
      err.println(
          "note: the deployed template is not JSON, so it was not deployed by formwork; units are"
              + " placed as for a new stack.");
      return DeployedPlacement.NONE;
    }
  }

  /** The nested templates of a split app by the S3 key its root names them by. */
  static SortedMap<String, String> nestedTemplatesByKey(CompilerRunner.Run run) {
    SortedMap<String, String> byKey = new TreeMap<>();
    run.result()
        .nestedTemplates()
        .values()
        .forEach(template -> byKey.put(template.s3Key(), template.body()));
    return byKey;
  }
}
