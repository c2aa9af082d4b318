package dev.formwork.compiler.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.MapNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds configs from YAML text, resolves them with a fake host, and reads results back. */
final class Fixture {

  static final Path CONFIG_DIR = Path.of("/project");

  final FakeHost host = new FakeHost();
  Map<String, String> cliArgs = Map.of();

  static MapNode yaml(String text) {
    return (MapNode) SnakeYamlNodeReader.read("formwork.yml", text).orElseThrow();
  }

  DirectiveContext context() {
    return new DirectiveContext("dev", "eu-west-1", cliArgs, CONFIG_DIR, host);
  }

  ResolveResult resolve(String yamlText) {
    return new DirectiveResolver(DirectiveRegistry.builtIns()).resolve(yaml(yamlText), context());
  }

  /** Resolves {@code value: <text>} (the text single-quoted for YAML) and renders the result. */
  String value(String directiveText) {
    ResolveResult result = resolve("value: " + quote(directiveText));
    assertEquals(List.of(), errors(result), "unexpected errors");
    return render(result.root().get("value").orElseThrow());
  }

  static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  static String json(ConfigNode node) {
    return JsonWriter.compact(JsonNodes.toJson(node));
  }

  static ConfigNode at(ResolveResult result, Object... path) {
    ConfigNode node = result.root();
    for (Object segment : path) {
      node =
          segment instanceof Integer index
              ? ((dev.formwork.schema.node.ListNode) node).items().get(index)
              : ((MapNode) node).get((String) segment).orElseThrow();
    }
    return node;
  }

  /**
   * A compact rendering for assertions: JSON for plain values, {@code $Name(arg,...)} for deferred
   * template-time calls (with the property path appended).
   */
  static String render(ConfigNode node) {
    if (node instanceof dev.formwork.schema.node.DeferredNode deferred) {
      StringBuilder text = new StringBuilder("$").append(deferred.call().name()).append('(');
      List<ConfigNode> args = deferred.call().arguments();
      for (int i = 0; i < args.size(); i++) {
        text.append(i > 0 ? "," : "").append(render(args.get(i)));
      }
      text.append(')');
      deferred.call().propertyPath().forEach(segment -> text.append('.').append(segment));
      return text.toString();
    }
    if (node instanceof MapNode map) {
      return map.entries().values().stream()
          .map(entry -> JsonWriter.quote(entry.key()) + ":" + render(entry.value()))
          .collect(Collectors.joining(",", "{", "}"));
    }
    if (node instanceof dev.formwork.schema.node.ListNode list) {
      return list.items().stream().map(Fixture::render).collect(Collectors.joining(",", "[", "]"));
    }
    return json(node);
  }

  static List<Diagnostic> errors(ResolveResult result) {
    return result.diagnostics().stream().filter(Diagnostic::isError).collect(Collectors.toList());
  }

  /** The single diagnostic of a result, checked for code and path. */
  static Diagnostic only(ResolveResult result, Code code, ConfigPath path) {
    assertEquals(1, result.diagnostics().size(), () -> "diagnostics: " + result.diagnostics());
    Diagnostic diagnostic = result.diagnostics().get(0);
    assertEquals(code, diagnostic.code(), diagnostic::toString);
    assertEquals(path, diagnostic.path(), diagnostic::toString);
    assertTrue(diagnostic.location().isKnown(), diagnostic::toString);
    return diagnostic;
  }
}
