package dev.formwork.compiler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.CompileOptions;
import dev.formwork.compiler.CompileRequest;
import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.Compiler;
import dev.formwork.compiler.check.StackLimits;
import dev.formwork.compiler.directive.RealDirectiveHost;
import dev.formwork.compiler.source.YamlLimits;
import dev.formwork.compiler.source.YamlSourceLoader;
import dev.formwork.compiler.split.DeployedPlacement;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compiles config text in tests the way the CLI does (the hardened YAML loader, the real directive
 * host, the whole pipeline), with options that default to stage {@code dev} in {@code eu-west-1}:
 * {@code CompileFixture.template(yaml)}, or {@code compile(yaml, options().stage("prod"))}.
 */
public final class CompileFixture {

  /** The label diagnostics show for the compiled text. */
  public static final String FILE_LABEL = "formwork.yml";

  private CompileFixture() {}

  /** Options with the defaults; change what a test is about. */
  public static Options options() {
    return new Options();
  }

  /** Compiles with the default options. */
  public static CompileResult compile(String yaml) {
    return compile(yaml, options());
  }

  public static CompileResult compile(String yaml, Options options) {
    return compile(yaml.getBytes(StandardCharsets.UTF_8), options);
  }

  /** Compiles bytes as they are on disk (a BOM or invalid UTF-8 reaches the loader unchanged). */
  public static CompileResult compile(byte[] content, Options options) {
    YamlSourceLoader loader = new YamlSourceLoader(YamlLimits.defaults());
    RealDirectiveHost host =
        new RealDirectiveHost(
            options.folder,
            Map.of(),
            (label, text) ->
                loader.load(label, text.getBytes(StandardCharsets.UTF_8)).root().map(root -> root),
            options.customDirectiveTimeout);
    return new Compiler(loader)
        .compile(new CompileRequest(FILE_LABEL, content, options.folder, options.build(), host));
  }

  /** The pretty-printed template; fails the test, listing the diagnostics, when there is none. */
  public static String template(String yaml) {
    return template(yaml, options());
  }

  public static String template(String yaml, Options options) {
    CompileResult result = compile(yaml, options);
    assertThat(result.template()).as("compile failed: %s", result.diagnostics()).isPresent();
    return JsonWriter.pretty(result.template().get().toJson());
  }

  /** A builder of {@link CompileOptions} plus where the config lives; every setter returns it. */
  public static final class Options {

    private String stage = "dev";
    private String region = "eu-west-1";
    private Optional<String> projectName = Optional.empty();
    private final Map<String, String> cliArgs = new TreeMap<>();
    private Optional<ArtifactManifest> manifest = Optional.empty();
    private final SortedMap<String, String> secretVersions = new TreeMap<>();
    // No file exists there: a test that reads files ($File, custom directives) names its folder.
    private Path folder = Path.of("/nonexistent/project");
    private Duration customDirectiveTimeout = Duration.ofSeconds(30);
    private DeployedPlacement deployedPlacement = DeployedPlacement.NONE;
    private StackLimits limits = StackLimits.CLOUDFORMATION;

    private Options() {}

    public Options stage(String value) {
      stage = value;
      return this;
    }

    public Options region(String value) {
      region = value;
      return this;
    }

    /** The project name used when the config has no serviceName (the CLI's --project-name). */
    public Options projectName(String value) {
      projectName = Optional.of(value);
      return this;
    }

    /** A value for {@code $CliArgs(name)}. */
    public Options cliArg(String name, String value) {
      cliArgs.put(name, value);
      return this;
    }

    public Options manifest(ArtifactManifest value) {
      manifest = Optional.of(value);
      return this;
    }

    /** The version id the deployer read for a secret, to pin its references to. */
    public Options secretVersion(String secretId, String versionId) {
      secretVersions.put(secretId, versionId);
      return this;
    }

    /** The folder the config is in; its name also names the project when nothing else does. */
    public Options folder(Path value) {
      folder = value;
      return this;
    }

    public Options customDirectiveTimeout(Duration value) {
      customDirectiveTimeout = value;
      return this;
    }

    /** Where the deployed app's units are (what deploy reads from the deployed root template). */
    public Options deployedPlacement(DeployedPlacement value) {
      deployedPlacement = value;
      return this;
    }

    /** Per-template limits for the split (small ones keep split goldens readable). */
    public Options limits(StackLimits value) {
      limits = value;
      return this;
    }

    public CompileOptions build() {
      return new CompileOptions(
          stage,
          region,
          projectName,
          folder.getFileName().toString(),
          cliArgs,
          manifest,
          secretVersions,
          deployedPlacement,
          limits);
    }
  }
}
