package dev.formwork.cli;

import dev.formwork.compiler.template.Template;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.deployer.script.HookedCommand;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.stack.Hooks;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code formwork deploy} (and {@code preview}): packages the code, compiles with the fresh
 * manifest, uploads what S3 lacks, and creates, shows and (for deploy) executes a change set,
 * wrapped in the beforeDeploy/afterDeploy hooks.
 */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = "Package, compile and deploy the stack through a change set; print the outputs.")
class DeployCommand extends AwsCommand {

  @Option(
      names = {"-y", "--yes"},
      description =
          "Do not ask before replacing or deleting stateful resources, or re-creating a failed"
              + " stack.")
  boolean yes;

  @Mixin BuildFlags build;

  DeployCommand(Path workingDirectory, PrintStream stdout, PrintStream stderr) {
    super(workingDirectory, stdout, stderr);
  }

  boolean previewOnly() {
    return false;
  }

  @Override
  public Integer call() throws Exception {
    CompilerRunner runner = new CompilerRunner(workingDirectory);
    Optional<CompilerRunner.Run> compiled = compile(runner, true);
    if (compiled.isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CompilerRunner.Run first = compiled.get();
    PackageCommand.Packaged packaged =
        PackageCommand.packageCode(first, null, null, build.options(), stderr);
    if (packaged.result().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    config.manifest = packaged.outputDir().resolve(ArtifactManifest.FILE_NAME);
    try (AwsClients clients = StackCommands.clients(first, config, aws)) {
      // A split app keeps every deployed unit in its stack: the compile needs the placement.
      CompilerRunner.Run run =
          runner.compile(config, StackCommands.deployedPlacement(clients, stderr));
      Optional<Template> template = StackCommands.template(runner, run, stdout, stderr);
      if (template.isEmpty()) {
        return ExitCodes.CONFIG_ERRORS;
      }
      FormworkConfig model = run.result().config().orElseThrow();
      // Compact JSON: the deployer sends templates up to 51,200 bytes inline, so whitespace
      // matters.
      String templateJson = JsonWriter.compact(template.get().toJson());
      OutputSink out = StackCommands.sink(stdout);
      DeployRequest request =
          new DeployRequest(
              templateJson,
              packaged.result().get().manifest(),
              packaged.outputDir(),
              StackCommands.stackTags(model),
              StackCommands.confirmation(yes, stdout),
              StackCommands.nestedTemplatesByKey(run));
      StackDeployer deployer = new StackDeployer(clients, out, DeployerSettings.DEFAULT);
      if (previewOnly()) {
        return StackCommands.report(deployer.preview(request), stderr);
      }
      HookedCommand hooked =
          new HookedCommand(
              StackCommands.hookRunner(run, clients, out),
              () -> StackCommands.deployedParams(run, clients, config));
      DeployResult result =
          hooked.run(
              HookedCommand.Phases.deploy(
                  ConfigScripts.hooks(model.hooks(), Hooks::beforeDeploy),
                  ConfigScripts.hooks(model.hooks(), Hooks::afterDeploy)),
              () -> deployer.deploy(request));
      return StackCommands.report(result, stderr);
    }
  }
}
