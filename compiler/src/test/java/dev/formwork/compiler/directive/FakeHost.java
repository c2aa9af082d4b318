package dev.formwork.compiler.directive;

import dev.formwork.schema.node.ConfigNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A directive host for unit tests: in-memory files, fixed git facts, scripted custom directives,
 * call counts.
 */
final class FakeHost implements DirectiveHost {

  final Map<Path, String> files = new HashMap<>();
  final Map<String, String> git = new HashMap<>();
  final List<Path> reads = new ArrayList<>();
  final List<String> customCalls = new ArrayList<>();
  BiFunction<CustomDirective, List<ConfigNode>, CustomDirectiveResult> custom =
      (directive, args) -> CustomDirectiveResult.failure("no custom directive scripted");

  FakeHost file(String absolutePath, String content) {
    files.put(Path.of(absolutePath), content);
    return this;
  }

  long readsOf(String absolutePath) {
    return reads.stream().filter(Path.of(absolutePath)::equals).count();
  }

  @Override
  public Optional<String> readFile(Path path) {
    reads.add(path);
    return Optional.ofNullable(files.get(path));
  }

  @Override
  public Optional<ConfigNode> parseYaml(String fileLabel, String text) {
    return SnakeYamlNodeReader.read(fileLabel, text);
  }

  @Override
  public Optional<String> gitInfo(String property) {
    return Optional.ofNullable(git.get(property));
  }

  @Override
  public CustomDirectiveResult runCustom(CustomDirective directive, List<ConfigNode> args) {
    customCalls.add(directive.name());
    return custom.apply(directive, args);
  }
}
