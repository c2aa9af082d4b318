package dev.formwork.cli;

import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options of every command that talks to AWS. */
public final class AwsOptions {

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description =
          "Send every AWS call to this endpoint instead of AWS (e.g. a local moto server:"
              + " http://127.0.0.1:5000).")
  URI endpointUrl;

  Optional<URI> endpoint() {
    return Optional.ofNullable(endpointUrl);
  }
}
