package dev.formwork.compiler.directive;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.Diagnostics;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the config's {@code directives:} section ({@code [{name, filePath}]}) and registers each
 * custom directive after the built-ins, reporting clashes, bad files and missing files.
 */
final class CustomDirectiveSection {

  static final String KEY = "directives";
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern FILE_PATH =
      Pattern.compile("(.+\\.(js|mjs|cjs|ts|py))(?::([A-Za-z_$][A-Za-z0-9_$]*))?");

  private CustomDirectiveSection() {}

  static DirectiveRegistry register(
      MapNode root, DirectiveRegistry builtIns, DirectiveContext context, Diagnostics diagnostics) {
    Optional<MapNode.Entry> section = root.entry(KEY);
    if (section.isEmpty()) {
      return builtIns;
    }
    ConfigPath sectionPath = ConfigPath.of(KEY);
    if (!(section.get().value() instanceof ListNode list)) {
      report(
          diagnostics,
          Code.DIRECTIVE_BAD_DECLARATION,
          sectionPath,
          section.get().value(),
          "The directives section must be a list of {name, filePath} entries.");
      return builtIns;
    }
    DirectiveRegistry registry = builtIns;
    Set<String> declared = new HashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      ConfigPath itemPath = sectionPath.index(i);
      ConfigNode item = list.items().get(i);
      Optional<String> name = text(item, "name");
      Optional<String> filePath = text(item, "filePath");
      if (name.isEmpty() || filePath.isEmpty()) {
        report(
            diagnostics,
            Code.DIRECTIVE_BAD_DECLARATION,
            itemPath,
            item,
            "A custom directive needs a string name and a string filePath.");
        continue;
      }
      ConfigPath namePath = itemPath.key("name");
      ConfigNode nameNode = ((MapNode) item).get("name").orElseThrow();
      if (!NAME.matcher(name.get()).matches()) {
        report(
            diagnostics,
            Code.DIRECTIVE_BAD_DECLARATION,
            namePath,
            nameNode,
            "Custom directive name \""
                + name.get()
                + "\" must be an identifier (letters, digits, _).");
        continue;
      }
      if (builtIns.has(name.get()) || !declared.add(name.get())) {
        String why =
            builtIns.has(name.get())
                ? name.get() + " is a built-in directive."
                : name.get() + " is declared more than once.";
        report(
            diagnostics,
            Code.DIRECTIVE_DUPLICATE,
            namePath,
            nameNode,
            "Can't have multiple directives with the same name: " + name.get() + ". " + why);
        continue;
      }
      ConfigPath filePathPath = itemPath.key("filePath");
      ConfigNode fileNode = ((MapNode) item).get("filePath").orElseThrow();
      Matcher match = FILE_PATH.matcher(filePath.get());
      if (!match.matches()) {
        diagnostics.report(
            Diagnostic.error(
                    Code.DIRECTIVE_UNSUPPORTED_FILE,
                    filePathPath,
                    "Unsupported file format for directive "
                        + name.get()
                        + ": "
                        + filePath.get()
                        + ".")
                .withHint(
                    "A custom directive is a .js, .ts or .py file, optionally followed by"
                        + " :exportName.")
                .at(fileNode.location()));
        continue;
      }
      Path file = context.configDirectory().resolve(match.group(1)).normalize();
      if (context.host().readFile(file).isEmpty()) {
        diagnostics.report(
            Diagnostic.error(
                    Code.DIRECTIVE_FILE_NOT_FOUND,
                    filePathPath,
                    "Directive "
                        + name.get()
                        + " at '"
                        + match.group(1)
                        + "' doesn't exist or is not accessible.")
                .withHint(
                    "Paths in the directives section are relative to the config file's directory.")
                .at(fileNode.location()));
        continue;
      }
      CustomDirective.Language language = language(match.group(2));
      String export = match.group(3) != null ? match.group(3) : language.defaultExport();
      registry =
          registry.with(
              new CustomFunctionDirective(new CustomDirective(name.get(), file, export, language)));
    }
    return registry;
  }

  private static CustomDirective.Language language(String extension) {
    return switch (extension) {
      case "py" -> CustomDirective.Language.PYTHON;
      case "ts" -> CustomDirective.Language.TYPESCRIPT;
      default -> CustomDirective.Language.JAVASCRIPT;
    };
  }

  private static Optional<String> text(ConfigNode item, String key) {
    if (item instanceof MapNode map
        && map.get(key).orElse(null) instanceof ScalarNode scalar
        && scalar.kind() == ScalarKind.STRING) {
      return Optional.of(scalar.text());
    }
    return Optional.empty();
  }

  private static void report(
      Diagnostics diagnostics, Code code, ConfigPath path, ConfigNode node, String message) {
    diagnostics.report(Diagnostic.error(code, path, message).at(node.location()));
  }
}
