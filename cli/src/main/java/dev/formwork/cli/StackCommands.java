package dev.formwork.cli;

import dev.formwork.compiler.split.DeployedPlacement;
import dev.formwork.compiler.template.Template;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.Confirmation;
import dev.formwork.deployer.ConsoleSink;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployTarget;
import dev.formwork.deployer.DeployedTemplates;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackInspector;
import dev.formwork.deployer.info.StackInfo;
import dev.formwork.deployer.script.HookRunner;
import dev.formwork.deployer.script.LocalScriptRunner;
import dev.formwork.deployer.secret.SecretsManagerResolver;
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
 * What the commands that talk to a stack share: clients, console, confirmation, hooks and deployed
 * params.
 */
final class StackCommands {

  private StackCommands() {}

  static AwsClients clients(CompilerRunner.Run run, ConfigOptions config, AwsOptions aws) {
    return AwsClients.create(
        new DeployTarget(run.result().stackName(), config.region, aws.endpoint()));
  }

  static boolean interactive() {
    return System.console() != null && !"true".equalsIgnoreCase(System.getenv("CI"));
  }

  static OutputSink sink(PrintStream out) {
    return new ConsoleSink(out, interactive());
  }

  /** --yes approves; a terminal asks; anything else (CI, pipes) refuses risky steps. */
  static Confirmation confirmation(boolean yes, PrintStream out) {
    if (yes) {
      return Confirmation.assumeYes();
    }
    return interactive() ? Confirmation.prompt(out, System.in) : Confirmation.refuse();
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

  static HookRunner hookRunner(CompilerRunner.Run run, AwsClients clients, OutputSink out) {
    LocalScriptRunner scripts =
        new LocalScriptRunner(
            run.configFile().toAbsolutePath().getParent(),
            out,
            Optional.of(new SecretsManagerResolver(clients.secretsManager())));
    return new HookRunner(
        ConfigScripts.scripts(run.result().config().orElseThrow()),
        scripts,
        out,
        HookRunner.runningInCi());
  }

  /**
   * The referenceable params of every config resource, evaluated against the deployed stack (empty
   * if none).
   */
  static Map<String, Map<String, String>> deployedParams(
      CompilerRunner.Run run, AwsClients clients, ConfigOptions config) {
    Optional<StackInfo> info = new StackInspector(clients).info();
    if (info.isEmpty()) {
      return Map.of();
    }
    String account = clients.sts().getCallerIdentity().account();
    return new DeployedParams(info.get(), config.region, account)
        .evaluate(run.result().resourceParams());
  }

  /**
   * Where the deployed app's units are, read from the deployed root template; none when the stack
   * does not exist, or was not deployed by formwork (a template that is not JSON).
   */
  static DeployedPlacement deployedPlacement(AwsClients clients, PrintStream err) {
    Optional<String> root = new DeployedTemplates(clients).root();
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

  static int report(DeployResult result, PrintStream err) {
    if (result.exitCode() != 0) {
      err.println("formwork: " + result.message());
      result.hint().ifPresent(hint -> err.println("  hint: " + hint));
    }
    return result.exitCode();
  }

  /** The compiled template, or empty after printing the diagnostics that prevented it. */
  static Optional<Template> template(
      CompilerRunner runner, CompilerRunner.Run run, PrintStream out, PrintStream err) {
    runner.report(run, CompilerRunner.ErrorFormat.text, out, err);
    return run.result().template();
  }
}
