package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.node.ScalarNode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code $FileRaw('path')}: a file's content as a UTF-8 string, relative to the config's directory.
 */
public final class FileRawDirective implements Directive {
  @Override
  public String name() {
    return "FileRaw";
  }

  @Override
  public DirectiveKind kind() {
    return DirectiveKind.LOCAL;
  }

  @Override
  public Signature signature() {
    return Signature.of(Parameter.required("filePath", ParameterType.STRING));
  }

  @Override
  public Evaluation evaluate(Invocation invocation) {
    Path file = invocation.context().configDirectory().resolve(invocation.text(0)).normalize();
    Optional<String> content = invocation.context().host().readFile(file);
    if (content.isEmpty()) {
      return Evaluation.failure(
          Code.DIRECTIVE_FILE_NOT_FOUND,
          "File '" + invocation.text(0) + "' doesn't exist or is not accessible.",
          "Paths in $FileRaw are relative to the config file's directory.");
    }
    return Evaluation.value(ScalarNode.string(content.get(), invocation.location()));
  }
}
