package dev.formwork.cli;

import dev.formwork.compiler.template.Template;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployRequest;
import dev.formwork.deployer.DeployResult;
import dev.formwork.deployer.DeployerSettings;
import dev.formwork.deployer.OutputSink;
import dev.formwork.deployer.StackDeployer;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.json.JsonWriter;
import java.io.PrintStream;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/**
 * What deploy and preview share: package the code, compile with the fresh manifest, and hand the
 * template to the {@link StackDeployer}; the result is printed for people or, with {@code --output
 * json}, as one JSON document with the change summary and the outputs.
 */
abstract class ChangeSetCommand extends AwsCommand {

  @Mixin OutputOptions output;
  @Mixin BuildFlags build;

  ChangeSetCommand(CliContext context) {
    super(context);
  }

  /** Runs the deployer with the prepared request (deploy adds hooks; preview does not). */
  abstract DeployResult apply(
      StackDeployer deployer,
      DeployRequest request,
      CompilerRunner.Run run,
      AwsClients clients,
      OutputSink out);

  /** Whether risky changes are approved without asking. */
  abstract boolean assumeYes();

  /** A reason to stop before packaging, found in the compiled config (none by default). */
  Optional<CommandFailure> refuse(CompilerRunner.Run run) {
    return Optional.empty();
  }

  @Override
  int execute() {
    CompilerRunner.Run first = compileAndReport(Optional.empty());
    if (first.result().hasErrors() || first.result().config().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    Optional<CommandFailure> refused = refuse(first);
    if (refused.isPresent()) {
      return errors().failure(refused.get());
    }
    CodePackaging.Packaged packaged =
        CodePackaging.run(this, first, Optional.empty(), Optional.empty(), build.options());
    if (packaged.result().isEmpty()) {
      return ExitCodes.CONFIG_ERRORS;
    }
    CompilerRunner.Run run =
        runner()
            .compile(
                target(),
                config,
                Optional.of(packaged.outputDir().resolve(ArtifactManifest.FILE_NAME)));
    Optional<Template> template = run.result().template();
    if (template.isEmpty()) {
      errors().diagnostics(run.result().diagnostics(), runner().sources(run));
      return ExitCodes.CONFIG_ERRORS;
    }
    AwsClients clients = clients(run);
    // With JSON on stdout, the events and progress go to stderr.
    PrintStream progress = output.json() ? context.err() : context.out();
    OutputSink out = sink(progress);
    DeployRequest request =
        new DeployRequest(
            // Compact JSON: templates up to 51,200 bytes go inline, so whitespace matters.
            JsonWriter.compact(template.get().toJson()),
            packaged.result().get().manifest(),
            packaged.outputDir(),
            StackCommands.stackTags(run.result().config().orElseThrow()),
            StackCommands.confirmation(assumeYes(), context, progress));
    StackDeployer deployer = new StackDeployer(clients, out, DeployerSettings.DEFAULT);
    DeployResult result = apply(deployer, request, run, clients, out);
    if (output.json()) {
      context.out().print(JsonWriter.pretty(ResultJson.deploy(run.result().stackName(), result)));
    }
    return result.exitCode() == ExitCodes.OK
        ? ExitCodes.OK
        : errors().failure(CommandFailure.of(result));
  }
}
