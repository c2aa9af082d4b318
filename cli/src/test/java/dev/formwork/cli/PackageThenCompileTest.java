package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.artifact.ArtifactManifest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `formwork package` bundles a TypeScript function and a layer with the real esbuild, and a later
 * `formwork compile` takes the code's content-addressed S3 keys from the manifest (no parameters).
 */
class PackageThenCompileTest {

  @TempDir Path project;

  @Test
  void packagedArtifactsAreReferencedByDigest() throws Exception {
    Files.createDirectories(project.resolve("src"));
    Files.createDirectories(project.resolve("layer/lib"));
    Files.writeString(
        project.resolve("src/api.ts"),
        "export const handler = async () => ({ statusCode: 200, body: 'ok' });\n");
    Files.writeString(project.resolve("layer/lib/util.js"), "module.exports = { x: 1 };\n");
    Files.writeString(
        project.resolve("formwork.yml"),
        """
        serviceName: packaged
        resources:
          shared:
            type: lambda-layer
            properties:
              folder: layer
              runtimeFamily: nodejs
          api:
            type: function
            properties:
              packaging:
                type: stacktape-lambda-buildpack
                properties:
                  entryfilePath: src/api.ts
                  handlerFunction: handler
              layers: [shared]
        """);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    int packaged =
        Main.run(
            new String[] {"package", "--stage", "dev", "--region", "eu-west-1"},
            project,
            System.out,
            errStream);
    assertEquals(0, packaged, err.toString(StandardCharsets.UTF_8));
    ArtifactManifest manifest =
        ArtifactManifest.read(project.resolve(".formwork/artifacts/manifest.json"));
    assertEquals(2, manifest.artifacts().size());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int compiled =
        Main.run(
            new String[] {"compile", "--stage", "dev", "--region", "eu-west-1"},
            project,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            errStream);
    assertEquals(0, compiled, err.toString(StandardCharsets.UTF_8));
    String template = out.toString(StandardCharsets.UTF_8);
    assertTrue(
        template.contains("\"S3Key\": \"" + manifest.find("api").orElseThrow().s3Key() + "\""),
        template);
    assertTrue(
        template.contains("\"S3Key\": \"" + manifest.find("shared").orElseThrow().s3Key() + "\""),
        template);
    assertTrue(
        !template.contains("\"Parameters\""), "with a manifest, no code-key parameters remain");
    assertTrue(template.contains("\"Ref\": \"SharedLayer\""), template);
  }
}
