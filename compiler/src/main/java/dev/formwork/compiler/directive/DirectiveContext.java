package dev.formwork.compiler.directive;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Everything local directives may read about the current run: stage, region, CLI arguments, the
 * directory relative paths resolve against, and the host that performs every side effect.
 */
public record DirectiveContext(
    String stage,
    String region,
    Map<String, String> cliArgs,
    Path configDirectory,
    DirectiveHost host) {

  public DirectiveContext {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(region, "region");
    cliArgs = Map.copyOf(cliArgs);
    configDirectory = configDirectory.toAbsolutePath().normalize();
    Objects.requireNonNull(host, "host");
  }
}
