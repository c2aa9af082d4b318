package dev.formwork.cli;

import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.AwsErrors;
import dev.formwork.deployer.DeployStepException;
import dev.formwork.deployer.DeployTarget;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/**
 * A command that reads the config and talks to AWS (or to the endpoint given with --endpoint-url).
 * It adds --profile and --endpoint-url, builds the clients once with the profile, region and
 * network limits, checks the credentials before any work, prints a notice while a call is slow, and
 * explains every AWS failure as one line and a hint (exit code 3). New AWS commands (logs, dev, …)
 * get all of this by extending it.
 */
abstract class AwsCommand extends ConfigCommand {

  @Mixin AwsOptions aws;

  private AwsClients clients;

  AwsCommand(CliContext context) {
    super(context);
  }

  @Override
  Optional<String> profileForRegion() {
    return aws.profile();
  }

  /**
   * The AWS clients for the run's stack, built on first use after the credentials were found.
   *
   * @throws dev.formwork.deployer.aws.AwsFailureException when there are none, or the profile does
   *     not exist
   */
  final AwsClients clients(CompilerRunner.Run run) {
    if (clients == null) {
      DeployTarget where =
          new DeployTarget(run.result().stackName(), target().region(), aws.endpoint());
      clients =
          AwsClients.create(
              where,
              context
                  .aws()
                  .withProfile(aws.profile())
                  .withNotices(notice -> context.err().println("  … " + notice)));
      clients.requireCredentials();
    }
    return clients;
  }

  @Override
  CommandFailure explain(Throwable failure) {
    // A step that already explained itself (a missing secret) keeps its own words.
    boolean explained = failure instanceof DeployStepException || failure instanceof UsageException;
    if (!explained && clients != null && AwsErrors.concerns(failure)) {
      return CommandFailure.of(clients.errors().explain(failure), failure);
    }
    return super.explain(failure);
  }

  @Override
  void release() {
    if (clients != null) {
      clients.close();
      clients = null;
    }
  }
}
