package dev.formwork.cli;

import dev.formwork.compiler.template.SerialisedTemplate;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.secret.SecretVersions;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.json.JsonWriter;
import java.util.Optional;

/**
 * The template that {@code deploy}, {@code preview}, {@code diff} and {@code dev} send or compare,
 * built the same way for all: the code packaged first (from the cache when nothing changed, so a
 * code edit always reaches a new artifact key), then every {@code $Secret()} reference pinned to
 * the secret's current version id (DescribeSecret, never the value), then the compile with both and
 * with where the deployed app's units are (read from the deployed root template), so that a split
 * app's deployed units stay in their stacks.
 */
final class StackTemplate {

  /** The compile and its template, serialised once by the compiler. */
  record Ready(CompilerRunner.Run run, SerialisedTemplate template) {

    /**
     * Compact JSON of the compile's JSON value (not built again): the deployer sends templates up
     * to 51,200 bytes inline, so whitespace matters.
     */
    String json() {
      return JsonWriter.compact(template.json());
    }
  }

  private StackTemplate() {}

  /**
   * Pins the secrets the compile for packaging found and compiles again with the fresh manifest;
   * empty after printing the diagnostics (a secret that does not exist, or compile errors).
   */
  static Optional<Ready> compile(
      ConfigCommand command,
      CompilerRunner.Run forPackaging,
      CodePackaging.Packaged packaged,
      AwsClients clients) {
    return compile(command, command.target(), forPackaging, packaged, clients, false);
  }

  /**
   * As above, for a target re-read since the command started ({@code dev}'s config changes); with
   * {@code placementFromHistory} (a hotswap), where the units are is read from the deployment
   * history rather than from CloudFormation.
   */
  static Optional<Ready> compile(
      ConfigCommand command,
      Target target,
      CompilerRunner.Run forPackaging,
      CodePackaging.Packaged packaged,
      AwsClients clients,
      boolean placementFromHistory) {
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
                + target.region()
                + ", so the deploy cannot pin its current version.",
            "Create it (aws secretsmanager create-secret --name "
                + secret
                + " --region "
                + target.region()
                + "), or correct the name.");
      }
      command.errors().diagnostics(missing.all(), command.runner().sources(forPackaging));
      return Optional.empty();
    }
    CompilerRunner runner = command.runner();
    CompilerRunner.Run run =
        runner.compile(
            target,
            command.config,
            packaged.result().orElseThrow().manifest(),
            secrets.versions(),
            placementFromHistory
                ? StackCommands.recordedPlacement(clients, command.context.err())
                : StackCommands.deployedPlacement(clients, command.context.err()));
    Optional<SerialisedTemplate> template = run.result().serialised();
    if (template.isEmpty()) {
      command.errors().diagnostics(run.result().diagnostics(), runner.sources(run));
      return Optional.empty();
    }
    return Optional.of(new Ready(run, template.get()));
  }
}
