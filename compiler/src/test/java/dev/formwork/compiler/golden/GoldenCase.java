package dev.formwork.compiler.golden;

import dev.formwork.compiler.CompileOptions;
import dev.formwork.compiler.CompileRequest;
import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.Compiler;
import dev.formwork.compiler.directive.RealDirectiveHost;
import dev.formwork.compiler.report.DiagnosticRenderer;
import dev.formwork.compiler.source.YamlLimits;
import dev.formwork.compiler.source.YamlSourceLoader;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.json.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * One golden case: a folder with a config ({@code formwork.yml}), optional {@code case.properties}
 * (stage, region, projectName, manifest, arg.NAME), and the expected outputs: {@code expected.json}
 * (the template) and/or {@code expected.txt} (the rendered diagnostics).
 */
record GoldenCase(String name, Path folder, Path config, Path expectedFolder) {

  static final String TEMPLATE = "expected.json";
  static final String DIAGNOSTICS = "expected.txt";

  /** The actual outputs of compiling this case, and the compile result they come from. */
  record Outcome(Optional<String> template, String diagnostics, CompileResult result) {
    /**
     * Whether the config was bound to the typed model (false when loading, directives or binding
     * stopped the run).
     */
    boolean bound() {
      return result.config().isPresent();
    }
  }

  Outcome compile() throws IOException {
    Properties settings = new Properties();
    Path properties = folder.resolve("case.properties");
    if (Files.isRegularFile(properties)) {
      try (Reader reader = Files.newBufferedReader(properties)) {
        settings.load(reader);
      }
    }
    Optional<ArtifactManifest> manifest = Optional.empty();
    if (settings.containsKey("manifest")) {
      try {
        manifest =
            Optional.of(ArtifactManifest.read(folder.resolve(settings.getProperty("manifest"))));
      } catch (dev.formwork.schema.json.JsonParseException broken) {
        throw new IOException(broken);
      }
    }
    Map<String, String> args = new java.util.TreeMap<>();
    settings.stringPropertyNames().stream()
        .filter(key -> key.startsWith("arg."))
        .forEach(key -> args.put(key.substring(4), settings.getProperty(key)));
    CompileOptions options =
        new CompileOptions(
            settings.getProperty("stage", "dev"),
            settings.getProperty("region", "eu-west-1"),
            Optional.ofNullable(settings.getProperty("projectName")),
            folder.getFileName().toString(),
            args,
            manifest);
    YamlSourceLoader loader = new YamlSourceLoader(YamlLimits.defaults());
    RealDirectiveHost host =
        new RealDirectiveHost(
            folder,
            Map.of(),
            (label, text) ->
                loader.load(label, text.getBytes(StandardCharsets.UTF_8)).root().map(root -> root),
            java.time.Duration.ofSeconds(30));
    byte[] content = Files.readAllBytes(config);
    String label = config.getFileName().toString();
    CompileResult result =
        new Compiler(loader).compile(new CompileRequest(label, content, folder, options, host));
    String source = new String(content, StandardCharsets.UTF_8);
    DiagnosticRenderer renderer =
        new DiagnosticRenderer(
            file -> {
              if (file.equals(label)) {
                return Optional.of(source);
              }
              try {
                Path other = folder.resolve(file);
                return Files.isRegularFile(other)
                    ? Optional.of(Files.readString(other))
                    : Optional.empty();
              } catch (IOException unreadable) {
                return Optional.empty();
              }
            });
    return new Outcome(
        result.template().map(template -> JsonWriter.pretty(template.toJson())),
        // Messages may name files by absolute path; the checkout's location must not change the
        // expectation.
        renderer
            .text(result.diagnostics())
            .replace(folder.toAbsolutePath().toString(), "<case-folder>"),
        result);
  }

  Path expectedTemplate() {
    return expectedFolder.resolve(TEMPLATE);
  }

  Path expectedDiagnostics() {
    return expectedFolder.resolve(DIAGNOSTICS);
  }
}
