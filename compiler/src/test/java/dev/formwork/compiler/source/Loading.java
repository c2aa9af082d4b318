package dev.formwork.compiler.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.Severity;
import dev.formwork.schema.node.MapNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: load YAML text with the default limits and check diagnostics exactly. */
final class Loading {

  static final String FILE = "formwork.yml";

  private Loading() {}

  static LoadResult load(String yaml) {
    return load(YamlLimits.defaults(), yaml);
  }

  static LoadResult load(YamlLimits limits, String yaml) {
    return new YamlSourceLoader(limits).load(FILE, yaml.getBytes(StandardCharsets.UTF_8));
  }

  static LoadResult loadBytes(byte[] content) {
    return new YamlSourceLoader(YamlLimits.defaults()).load(FILE, content);
  }

  static MapNode loadValid(String yaml) {
    LoadResult result = load(yaml);
    assertEquals(List.of(), result.diagnostics(), "unexpected diagnostics");
    assertTrue(result.root().isPresent(), "a valid file has a root");
    return result.root().get();
  }

  static String resource(String name) {
    try (InputStream in = Loading.class.getResourceAsStream("/source/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource source/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that loading failed with exactly one diagnostic and returns it. */
  static Diagnostic single(LoadResult result) {
    assertFalse(result.root().isPresent(), "a file with errors has no root");
    assertEquals(
        1,
        result.diagnostics().size(),
        () -> "expected one diagnostic, got " + render(result.diagnostics()));
    return result.diagnostics().get(0);
  }

  static void assertDiagnostic(
      Diagnostic diagnostic, Code code, int line, int column, String path, String message) {
    assertEquals(Severity.ERROR, diagnostic.severity());
    assertEquals(
        code.id() + " " + FILE + ":" + line + ":" + column + " at " + path + ": " + message,
        diagnostic.code().id()
            + " "
            + diagnostic.location()
            + " at "
            + diagnostic.path()
            + ": "
            + diagnostic.message());
  }

  static String render(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.code().id() + " " + d.location() + " at " + d.path() + ": " + d.message())
        .collect(Collectors.joining("\n", "\n", "\n"));
  }
}
