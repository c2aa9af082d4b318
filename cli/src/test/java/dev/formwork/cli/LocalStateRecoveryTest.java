package dev.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.deployer.testing.MotoServer;
import dev.formwork.deployer.testing.SharedMoto;
import dev.formwork.schema.artifact.Artifact;
import dev.formwork.schema.artifact.ArtifactManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue §5, recovery from damaged local state, with the real esbuild: a truncated manifest stops
 * {@code compile} with a hint that works, and {@code package} rewrites it by itself; a damaged
 * artifact (in the output folder and, through the hard link, in the cache) is rebuilt by the next
 * {@code package}, and a deploy, which packages first, uploads intact bytes.
 */
class LocalStateRecoveryTest {

  @TempDir Path project;

  @BeforeEach
  void project() throws Exception {
    Files.createDirectories(project.resolve("src"));
    Files.writeString(project.resolve("src/api.ts"), "export const handler = async () => 'ok';\n");
    Files.writeString(
        project.resolve("formwork.yml"),
        """
        serviceName: recover
        resources:
          api:
            type: function
            properties:
              packaging:
                type: stacktape-lambda-buildpack
                properties: {entryfilePath: src/api.ts, handlerFunction: handler}
        """);
  }

  private InProcessCli.Result formwork(String... args) {
    return InProcessCli.launched(project).run(args);
  }

  private Path manifestFile() {
    return project.resolve(".formwork/artifacts/manifest.json");
  }

  private Artifact artifact() throws Exception {
    return ArtifactManifest.read(manifestFile()).artifacts().get("api");
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void aTruncatedManifestIsRewrittenByPackage() throws Exception {
    assertThat(formwork("package", "--stage", "dev", "--region", "eu-west-1").exitCode()).isZero();
    String intact = Files.readString(manifestFile());
    Files.writeString(manifestFile(), intact.substring(0, intact.length() / 2));

    InProcessCli.Result compile = formwork("compile", "--stage", "dev", "--region", "eu-west-1");
    assertThat(compile.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(compile.err())
        .contains("manifest.json cannot be read")
        .contains("Run `formwork package`, which rewrites it.");

    InProcessCli.Result again = formwork("package", "--stage", "dev", "--region", "eu-west-1");
    assertThat(again.exitCode()).as(again.all()).isZero();
    assertThat(Files.readString(manifestFile())).isEqualTo(intact);
    assertThat(formwork("compile", "--stage", "dev", "--region", "eu-west-1").exitCode()).isZero();
  }

  @Test
  void aDamagedArtifactIsRebuiltAndADeployUploadsIntactBytes() throws Exception {
    assertThat(formwork("package", "--stage", "dev", "--region", "eu-west-1").exitCode()).isZero();
    Artifact api = artifact();
    Path zip = project.resolve(".formwork/artifacts").resolve(api.file());
    // Same size, other bytes: the output file is a hard link to the cache blob, so both are hit.
    byte[] bytes = Files.readAllBytes(zip);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(zip, bytes);
    assertThat(sha256(zip)).isNotEqualTo(api.sha256());

    InProcessCli.Result repaired = formwork("package", "--stage", "dev", "--region", "eu-west-1");
    assertThat(repaired.exitCode()).as(repaired.all()).isZero();
    assertThat(artifact().sha256()).isEqualTo(api.sha256());
    assertThat(sha256(zip)).isEqualTo(api.sha256());

    bytes = Files.readAllBytes(zip);
    bytes[0] ^= 0x11;
    Files.write(zip, bytes);
    MotoServer moto = SharedMoto.get();
    moto.reset();
    InProcessCli.Result deploy =
        formwork(
            "deploy",
            "--yes",
            "--stage",
            "dev",
            "--region",
            "eu-west-1",
            "--endpoint-url",
            moto.endpoint().toString());
    assertThat(deploy.exitCode()).as(deploy.all()).isZero();
    assertThat(deploy.all()).contains("1 uploaded");
    assertThat(sha256(zip)).isEqualTo(api.sha256());
  }
}
