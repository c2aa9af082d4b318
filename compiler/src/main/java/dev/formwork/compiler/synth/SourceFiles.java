package dev.formwork.compiler.synth;

import java.util.Optional;

/**
 * Reads a file of the project by its config-relative path (through the compile's directive host),
 * for the few facts synthesis takes from source code, such as a Java entry file's package.
 */
@FunctionalInterface
public interface SourceFiles {

  /** The file's UTF-8 text; empty when it does not exist or cannot be read. */
  Optional<String> read(String configRelativePath);
}
