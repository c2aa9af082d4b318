package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.node.ConfigNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code $File('path')}: a data file parsed into config values: {@code .env*} (dotenv), JSON, YAML
 * or INI, relative to the config's directory. Every value is located at the directive.
 */
public final class FileDirective implements Directive {
  @Override
  public String name() {
    return "File";
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
    String written = invocation.text(0);
    Path file = invocation.context().configDirectory().resolve(written).normalize();
    String baseName = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = baseName.toLowerCase(Locale.ROOT);
    boolean dotenv = baseName.startsWith(".env");
    boolean json = lower.endsWith(".json");
    boolean yaml = lower.endsWith(".yml") || lower.endsWith(".yaml");
    boolean ini = lower.endsWith(".ini");
    if (!dotenv && !json && !yaml && !ini) {
      return Evaluation.failure(
          Code.DIRECTIVE_UNSUPPORTED_FILE,
          "$File directive cannot load data from file "
              + written
              + ": it can only load .env, JSON, YAML or INI files.",
          "Use $FileRaw('" + written + "') to read the file as plain text.");
    }
    Optional<String> content = invocation.context().host().readFile(file);
    if (content.isEmpty()) {
      return Evaluation.failure(
          Code.DIRECTIVE_FILE_NOT_FOUND,
          // The path as written (not absolute), so the message reads the same on every machine.
          "$File directive input '" + written + "' doesn't exist or is not accessible.",
          "Paths in $File are relative to the config file's directory.");
    }
    String text = content.get();
    if (dotenv) {
      return Evaluation.value(DotenvParser.parse(text, invocation.location()));
    }
    if (ini) {
      return Evaluation.value(IniParser.parse(text, invocation.location()));
    }
    if (json) {
      try {
        return Evaluation.value(JsonNodes.toNode(JsonParser.parse(text), invocation.location()));
      } catch (JsonParseException invalid) {
        return Evaluation.failure(
            Code.DIRECTIVE_BAD_FILE,
            "File "
                + file
                + " is not valid JSON at line "
                + invalid.line()
                + ", column "
                + invalid.column()
                + ": "
                + invalid.getMessage());
      }
    }
    Optional<ConfigNode> parsed = invocation.context().host().parseYaml(file.toString(), text);
    if (parsed.isEmpty()) {
      return Evaluation.failure(Code.DIRECTIVE_BAD_FILE, "File " + file + " is not valid YAML.");
    }
    return Evaluation.value(Relocation.all(parsed.get(), invocation.location()));
  }
}
