package dev.formwork.cli;

import dev.formwork.compiler.report.DiagnosticRenderer;
import dev.formwork.compiler.template.Template;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.secret.SecretVersions;
import dev.formwork.packager.BuildOptions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.json.JsonWriter;
import java.io.PrintStream;
import java.util.Optional;

/**
 * The template that {@code deploy}, {@code preview} and {@code diff} send or compare, built the
 * same way for all three: the code packaged first (from the cache when nothing changed, so a code
 * edit always reaches a new artifact key), then every {@code $Secret()} reference pinned to the
 * secret's current version id (DescribeSecret, never the value), then the compile with both.
 */
final class StackTemplate {

  /** The compile, its template as compact JSON, and where the artifacts are. */
  record Ready(CompilerRunner.Run run, Template template, PackageCommand.Packaged packaged) {

    /**
     * Compact JSON: the deployer sends templates up to 51,200 bytes inline, so whitespace matters.
     */
    String json() {
      return JsonWriter.compact(template.toJson());
    }
  }

  private StackTemplate() {}

  /**
   * Packages the code of a compile made for packaging; empty after printing why it failed. Runs
   * before any AWS call, so a config or build error costs no request.
   */
  static Optional<PackageCommand.Packaged> packageCode(
      CompilerRunner.Run forPackaging, BuildOptions build, PrintStream stderr) {
    PackageCommand.Packaged packaged =
        PackageCommand.packageCode(forPackaging, null, null, build, stderr);
    return packaged.result().isPresent() ? Optional.of(packaged) : Optional.empty();
  }

  /**
   * Pins the secrets the first compile found and compiles again with the fresh manifest; empty
   * after printing the diagnostics (a secret that does not exist, or compile errors).
   */
  static Optional<Ready> compile(
      CompilerRunner runner,
      ConfigOptions config,
      CompilerRunner.Run forPackaging,
      PackageCommand.Packaged packaged,
      AwsClients clients,
      PrintStream stdout,
      PrintStream stderr) {
    SecretVersions.Lookup secrets =
        new SecretVersions(clients.secretsManager())
            .current(forPackaging.result().secrets().keySet());
    if (!secrets.missing().isEmpty()) {
      Diagnostics missing = new Diagnostics(forPackaging.result().sourceMap());
      for (String secret : secrets.missing()) {
        missing.valueError(
            Code.CONFIG_UNKNOWN_SECRET,
            forPackaging.result().secrets().get(secret),
            "Secret '"
                + secret
                + "' does not exist in Secrets Manager in "
                + config.region
                + ", so the deploy cannot pin its current version.",
            "Create it (aws secretsmanager create-secret --name "
                + secret
                + " --region "
                + config.region
                + "), or correct the name.");
      }
      stderr.print(
          new DiagnosticRenderer(
                  file ->
                      file.equals(forPackaging.label())
                          ? Optional.of(forPackaging.text())
                          : Optional.empty())
              .text(missing.all()));
      return Optional.empty();
    }
    CompilerRunner.Run run =
        runner.compile(config, packaged.result().orElseThrow().manifest(), secrets.versions());
    Optional<Template> template = StackCommands.template(runner, run, stdout, stderr);
    return template.map(compiled -> new Ready(run, compiled, packaged));
  }
}
