package dev.formwork.compiler.golden;

import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.check.StackLimits;
import dev.formwork.compiler.report.DiagnosticRenderer;
import dev.formwork.compiler.split.DeployedPlacement;
import dev.formwork.compiler.template.SerialisedTemplate;
import dev.formwork.compiler.testing.CompileFixture;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One golden case: a folder with a config ({@code formwork.yml}), optional {@code case.properties}
 * (stage, region, projectName, manifest, arg.NAME; for split apps {@code limit.resources} and the
 * other {@code limit.*} of {@link StackLimits}, and {@code deployedRoot}, a deployed root template
 * whose placement the compile keeps), and the expected outputs: {@code expected.json} (the
 * template, the root of a split app), {@code expected.<NestedStack>.json} for each nested template,
 * and/or {@code expected.txt} (the rendered diagnostics).
 */
record GoldenCase(String name, Path folder, Path config, Path expectedFolder) {

  static final String TEMPLATE = "expected.json";
  static final String DIAGNOSTICS = "expected.txt";

  /**
   * The actual outputs of compiling this case (the template, each nested template's body by its
   * file name, the diagnostics), and the compile result they come from.
   */
  record Outcome(
      Optional<String> template,
      SortedMap<String, String> nested,
      String diagnostics,
      CompileResult result) {
    /**
     * Whether the config was bound to the typed model without a binding error: false when loading,
     * directives or binding stopped the run, and when the binder left out an unknown or unsupported
     * property (the compiler then still checks the rest, so the model is present).
     */
    boolean bound() {
      return result.config().isPresent()
          && result.diagnostics().stream().noneMatch(Outcome::leftOutByTheBinder);
    }

    private static boolean leftOutByTheBinder(Diagnostic diagnostic) {
      return diagnostic.code() == Code.CONFIG_UNKNOWN_PROPERTY
          || (diagnostic.code() == Code.CONFIG_NOT_SUPPORTED
              && diagnostic.message().startsWith("formwork does not support '"));
    }
  }

  Outcome compile() throws IOException {
    return compile(options -> {});
  }

  /** Compiles with the case's options, changed by {@code adjust} (for tests over the corpus). */
  Outcome compile(Consumer<CompileFixture.Options> adjust) throws IOException {
    Properties settings = new Properties();
    Path properties = folder.resolve("case.properties");
    if (Files.isRegularFile(properties)) {
      try (Reader reader = Files.newBufferedReader(properties)) {
        settings.load(reader);
      }
    }
    CompileFixture.Options options =
        CompileFixture.options()
            .folder(folder)
            .stage(settings.getProperty("stage", "dev"))
            .region(settings.getProperty("region", "eu-west-1"));
    if (settings.containsKey("projectName")) {
      options.projectName(settings.getProperty("projectName"));
    }
    if (settings.containsKey("manifest")) {
      try {
        options.manifest(ArtifactManifest.read(folder.resolve(settings.getProperty("manifest"))));
      } catch (JsonParseException broken) {
        throw new IOException(broken);
      }
    }
    settings.stringPropertyNames().stream()
        .filter(key -> key.startsWith("arg."))
        .forEach(key -> options.cliArg(key.substring(4), settings.getProperty(key)));
    options.limits(limits(settings));
    if (settings.containsKey("deployedRoot")) {
      try {
        options.deployedPlacement(
            DeployedPlacement.fromRootTemplate(
                JsonParser.parse(
                    Files.readString(folder.resolve(settings.getProperty("deployedRoot"))))));
      } catch (JsonParseException broken) {
        throw new IOException(broken);
      }
    }
    adjust.accept(options);
    byte[] content = Files.readAllBytes(config);
    CompileResult result = CompileFixture.compile(content, options);
    String source = new String(content, StandardCharsets.UTF_8);
    DiagnosticRenderer renderer =
        new DiagnosticRenderer(
            file -> {
              if (file.equals(CompileFixture.FILE_LABEL)) {
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
    SortedMap<String, String> nested = new TreeMap<>();
    result
        .nestedTemplates()
        .values()
        .forEach(
            template ->
                nested.put(
                    nestedFileName(template.logicalId()),
                    // Pretty, to be read in review; the body deploy uploads is its compact form.
                    JsonWriter.pretty(template.template().toJson())));
    return new Outcome(
        // The text `formwork compile` prints, serialised once by the compiler.
        result.serialised().map(SerialisedTemplate::text),
        nested,
        // Messages may name files by absolute path; the checkout's location must not change the
        // expectation.
        renderer
            .text(result.diagnostics())
            .replace(folder.toAbsolutePath().toString(), "<case-folder>"),
        result);
  }

  /** CloudFormation's limits, with each {@code limit.NAME} of the case instead. */
  private static StackLimits limits(Properties settings) {
    StackLimits aws = StackLimits.CLOUDFORMATION;
    return new StackLimits(
        Integer.parseInt(settings.getProperty("limit.resources", "" + aws.resources())),
        Integer.parseInt(settings.getProperty("limit.parameters", "" + aws.parameters())),
        Integer.parseInt(settings.getProperty("limit.outputs", "" + aws.outputs())),
        Integer.parseInt(settings.getProperty("limit.bytes", "" + aws.bytes())),
        Integer.parseInt(
            settings.getProperty("limit.dynamicReferences", "" + aws.dynamicReferences())),
        Integer.parseInt(settings.getProperty("limit.fillPercent", "" + aws.fillPercent())));
  }

  /** The expected file of a nested template: {@code expected.NestedStack01.json}. */
  static String nestedFileName(String logicalId) {
    return "expected." + logicalId + ".json";
  }

  Path expectedTemplate() {
    return expectedFolder.resolve(TEMPLATE);
  }

  Path expectedDiagnostics() {
    return expectedFolder.resolve(DIAGNOSTICS);
  }
}
