package dev.formwork.cli;

import dev.formwork.schema.diag.Code;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options of every command that talks to AWS: which profile, and an endpoint instead of AWS. */
public final class AwsOptions {

  @Option(
      names = {"-p", "--profile"},
      paramLabel = "NAME",
      description =
          "AWS profile from the AWS config or credentials file, SSO profiles too (default:"
              + " AWS_PROFILE, else the default chain).")
  String profile;

  @Option(
      names = "--endpoint-url",
      paramLabel = "URL",
      description =
          "Send every AWS call to this endpoint instead of AWS (e.g. a local moto server:"
              + " http://127.0.0.1:5000).")
  String endpointUrl;

  Optional<String> profile() {
    return Optional.ofNullable(profile).filter(name -> !name.isBlank());
  }

  /**
   * The endpoint as an absolute http(s) URL with a host.
   *
   * @throws UsageException when it is not one (the SDK would fail with a NullPointerException)
   */
  Optional<URI> endpoint() {
    if (endpointUrl == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(endpointUrl);
      if (uri.getScheme() != null
          && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          && uri.getHost() != null
          && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException malformed) {
      // Reported below.
    }
    throw new UsageException(
        Code.CLI_USAGE,
        "--endpoint-url '" + endpointUrl + "' is not an http(s) URL with a host and no path.",
        Optional.of("Write it like http://127.0.0.1:5000 or https://cloudformation.example.com."));
  }
}
