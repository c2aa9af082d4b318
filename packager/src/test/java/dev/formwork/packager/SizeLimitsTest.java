package dev.formwork.packager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lambda's size limits on synthetic sizes: unzipped with layers, layer count, zipped direct-upload
 * size.
 */
class SizeLimitsTest {

  static final ConfigPath ENTRY =
      ConfigPath.of("resources", "api", "properties", "packaging", "properties", "entryfilePath");
  static final LayerBuild DEPS =
      new LayerBuild(
          "deps",
          ConfigPath.of("resources", "deps", "folder"),
          Path.of("deps"),
          RuntimeFamily.NODEJS,
          List.of("nodejs24.x"),
          List.of(Architecture.X86_64));
  static final long MB = 1024 * 1024;

  static NodeFunctionBuild function(List<String> layers) {
    return NodeFunctionBuild.of("api", ENTRY, Path.of("src/api.ts")).withLayers(layers);
  }

  static ArtifactSizes sizes(
      String name, long zipped, long unzipped, ZipContents.Entry... entries) {
    return new ArtifactSizes(name, zipped, unzipped, List.of(entries));
  }

  @Test
  void unzippedSizeCountsLayersAndNamesTheBiggestContributors() {
    List<Diagnostic> diagnostics =
        SizeLimits.check(
            List.of(function(List.of("deps"))),
            Map.of(
                "api",
                sizes(
                    "api",
                    20 * MB,
                    100 * MB,
                    new ZipContents.Entry("index.js", 90 * MB),
                    new ZipContents.Entry("index.js.map", 10 * MB))),
            Map.of(
                "deps",
                sizes(
                    "deps",
                    40 * MB,
                    160 * MB,
                    new ZipContents.Entry("nodejs/node_modules/big/engine.node", 150 * MB))),
            Map.of("deps", DEPS));

    assertEquals(1, diagnostics.size());
    Diagnostic error = diagnostics.get(0);
    assertEquals(Code.LIMIT_LAMBDA_UNZIPPED_SIZE, error.code());
    assertEquals(ENTRY, error.path());
    assertEquals(
        "Function 'api' is 260.0 MB unzipped including its layers, over Lambda's limit of"
            + " 262,144,000 bytes; the biggest contributors are nodejs/node_modules/big/engine.node"
            + " in 'deps' (150.0 MB), index.js in 'api' (90.0 MB), index.js.map in 'api' (10.0"
            + " MB).",
        error.message());
  }

  @Test
  void exactlyTheLimitPassesAndOneByteMoreFails() {
    Map<String, LayerBuild> none = Map.of();
    assertEquals(
        List.of(),
        SizeLimits.check(
            List.of(function(List.of())),
            Map.of("api", sizes("api", MB, SizeLimits.MAX_UNZIPPED_BYTES)),
            Map.of(),
            none));
    assertEquals(
        1,
        SizeLimits.check(
                List.of(function(List.of())),
                Map.of("api", sizes("api", MB, SizeLimits.MAX_UNZIPPED_BYTES + 1)),
                Map.of(),
                none)
            .size());
  }

  @Test
  void moreThanFiveLayersIsAnError() {
    List<String> six =
        List.of(
            "arn:aws:lambda:us-east-1:1:layer:a:1",
            "arn:aws:lambda:us-east-1:1:layer:b:1",
            "arn:aws:lambda:us-east-1:1:layer:c:1",
            "arn:aws:lambda:us-east-1:1:layer:d:1",
            "arn:aws:lambda:us-east-1:1:layer:e:1",
            "deps");
    List<Diagnostic> diagnostics =
        SizeLimits.check(
            List.of(function(six)),
            Map.of("api", sizes("api", MB, MB)),
            Map.of("deps", sizes("deps", MB, MB)),
            Map.of("deps", DEPS));

    assertEquals(
        List.of(Code.LIMIT_LAMBDA_LAYERS), diagnostics.stream().map(Diagnostic::code).toList());
    assertEquals(
        "Function 'api' uses 6 layers, but Lambda allows at most 5.", diagnostics.get(0).message());
    assertEquals(
        List.of(),
        SizeLimits.check(
            List.of(function(six.subList(0, 5))),
            Map.of("api", sizes("api", MB, MB)),
            Map.of("deps", sizes("deps", MB, MB)),
            Map.of("deps", DEPS)));
  }

  @Test
  void overFiftyMegabytesZippedIsAWarningBecauseTheUploadGoesThroughS3() {
    List<Diagnostic> diagnostics =
        SizeLimits.check(
            List.of(function(List.of())),
            Map.of(
                "api",
                sizes(
                    "api", 60 * MB, 120 * MB, new ZipContents.Entry("assets/video.mp4", 100 * MB))),
            Map.of(),
            Map.of());

    assertEquals(1, diagnostics.size());
    assertEquals(Code.LIMIT_LAMBDA_ZIPPED_SIZE, diagnostics.get(0).code());
    assertEquals(Severity.WARNING, diagnostics.get(0).severity());
  }

  @Test
  void aLayerOverTheLimitOnItsOwnIsAnErrorOnTheLayer() {
    List<Diagnostic> diagnostics =
        SizeLimits.check(
            List.of(),
            Map.of(),
            Map.of(
                "deps",
                sizes("deps", 90 * MB, 300 * MB, new ZipContents.Entry("nodejs/a.bin", 300 * MB))),
            Map.of("deps", DEPS));

    assertEquals(1, diagnostics.size());
    assertEquals(DEPS.folderPath(), diagnostics.get(0).path());
  }
}
