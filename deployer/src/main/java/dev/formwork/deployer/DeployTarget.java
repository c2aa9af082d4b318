package dev.formwork.deployer;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a deployment goes: the CloudFormation stack name, the AWS region, and an optional endpoint
 * override (for example a local moto server) that every AWS client is built with.
 */
public record DeployTarget(String stackName, String region, Optional<URI> endpointUrl) {

  public DeployTarget {
    Objects.requireNonNull(stackName, "stackName");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(endpointUrl, "endpointUrl");
    if (stackName.isBlank() || region.isBlank()) {
      throw new IllegalArgumentException("stack name and region must not be blank");
    }
  }

  public static DeployTarget of(String stackName, String region) {
    return new DeployTarget(stackName, region, Optional.empty());
  }

  public static DeployTarget of(String stackName, String region, URI endpointUrl) {
    return new DeployTarget(stackName, region, Optional.of(endpointUrl));
  }
}
