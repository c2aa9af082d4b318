package dev.formwork.deployer.hotswap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One function's hotswap with every value resolved against the deployed stack: the Lambda API calls
 * to make, in order (code, configuration, publish, aliases).
 *
 * @param publish whether a version is published after the update
 * @param codeSha256 the digest the published version pins, when the template pins one
 */
public record LambdaUpdate(
    String name,
    String physicalName,
    Optional<S3Code> code,
    Optional<Map<String, String>> environment,
    Optional<Integer> memorySize,
    Optional<Integer> timeout,
    Optional<String> description,
    boolean publish,
    Optional<String> codeSha256,
    List<Alias> aliases) {

  public LambdaUpdate {
    environment = environment.map(Map::copyOf);
    aliases = List.copyOf(aliases);
  }

  /** Where the new code is. */
  public record S3Code(String bucket, String key) {}

  /**
   * An alias to move: its version and weighted second version, each a fixed version number or
   * {@link #PUBLISHED}, the version this hotswap publishes.
   */
  public record Alias(String name, String version, Map<String, Double> additionalWeights) {
    public Alias {
      additionalWeights = Map.copyOf(additionalWeights);
    }
  }

  /** Stands for the version number PublishVersion returns. */
  public static final String PUBLISHED = "<published>";

  public boolean updatesConfiguration() {
    return environment.isPresent()
        || memorySize.isPresent()
        || timeout.isPresent()
        || description.isPresent();
  }

  /** What changes, for the summary line: "code, environment, version 7, alias stp-live". */
  public List<String> changes() {
    List<String> parts = new ArrayList<>();
    code.ifPresent(c -> parts.add("code"));
    environment.ifPresent(e -> parts.add("environment"));
    memorySize.ifPresent(m -> parts.add("memory " + m + " MB"));
    timeout.ifPresent(t -> parts.add("timeout " + t + " s"));
    description.ifPresent(d -> parts.add("description"));
    return parts;
  }
}
