package dev.formwork.compiler.directive;

import dev.formwork.schema.node.ConfigNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The side effects local directives need (files, YAML parsing, git, user code), behind one
 * interface so that the resolver stays a pure function of its inputs and tests can fake them.
 */
public interface DirectiveHost {

  /** The UTF-8 content of a file for $File/$FileRaw; empty when it is missing or unreadable. */
  Optional<String> readFile(Path path);

  /** Parses YAML text into located nodes; empty when the text is not valid YAML. */
  Optional<ConfigNode> parseYaml(String fileLabel, String text);

  /**
   * One git property for $GitInfo: {@code commit}, {@code branch}, {@code username}, {@code gitUrl}
   * (credentials stripped) or {@code hasUncommitedChanges} ("true"/"false"); empty when unknown.
   */
  Optional<String> gitInfo(String property);

  /** Runs a user's custom directive function with already resolved arguments. */
  CustomDirectiveResult runCustom(CustomDirective directive, List<ConfigNode> args);
}
