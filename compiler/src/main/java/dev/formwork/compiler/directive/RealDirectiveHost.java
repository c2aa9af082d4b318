package dev.formwork.compiler.directive;

import dev.formwork.process.ProcessRunner;
import dev.formwork.schema.node.ConfigNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The directive host used by the CLI: reads files from disk, asks git (falling back to CI variables
 * from the given environment), and runs custom directives with node or python3.
 */
public final class RealDirectiveHost implements DirectiveHost {

  private final BiFunction<String, String, Optional<ConfigNode>> yamlParser;
  private final GitInfoReader git;
  private final CustomDirectiveRunner customRunner;

  /**
   * @param configDirectory where git runs (the config file's directory)
   * @param environment the process environment, for CI fallbacks of $GitInfo
   * @param yamlParser parses YAML for $File; pass the compiler's loader so errors read the same
   * @param customTimeout how long one custom directive call may run
   */
  public RealDirectiveHost(
      Path configDirectory,
      Map<String, String> environment,
      BiFunction<String, String, Optional<ConfigNode>> yamlParser,
      Duration customTimeout) {
    ProcessRunner processes = new ProcessRunner();
    this.yamlParser = yamlParser;
    this.git =
        new GitInfoReader(configDirectory.toAbsolutePath().normalize(), environment, processes);
    this.customRunner = new CustomDirectiveRunner("node", "python3", customTimeout, processes);
  }

  /**
   * A host with the built-in snakeyaml-engine reader and a 60-second limit per custom directive.
   */
  public static RealDirectiveHost withDefaults(
      Path configDirectory, Map<String, String> environment) {
    return new RealDirectiveHost(
        configDirectory, environment, SnakeYamlNodeReader::read, Duration.ofSeconds(60));
  }

  @Override
  public Optional<String> readFile(Path path) {
    try {
      return Files.isRegularFile(path)
          ? Optional.of(Files.readString(path, StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException | SecurityException unreadable) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<ConfigNode> parseYaml(String fileLabel, String text) {
    return yamlParser.apply(fileLabel, text);
  }

  @Override
  public Optional<String> gitInfo(String property) {
    return git.read(property);
  }

  @Override
  public CustomDirectiveResult runCustom(CustomDirective directive, List<ConfigNode> args) {
    return customRunner.run(directive, args);
  }
}
