package dev.formwork.packager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.artifact.ArtifactKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress output: plain lines in CI, lines rewritten in place on a terminal. */
class ConsoleProgressTest {

  @Test
  void ciGetsOnePlainLinePerArtifact() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleProgress progress =
        ConsoleProgress.forEnvironment(
            new PrintStream(bytes, true, StandardCharsets.UTF_8), Map.of("CI", "true"));

    progress.step("Downloading esbuild 0.28.2 (linux-x64)");
    progress.started("api", ArtifactKind.FUNCTION);
    progress.finished("api", ArtifactKind.FUNCTION, ProgressListener.Outcome.BUILT, 2048);
    progress.started("deps", ArtifactKind.LAYER);
    progress.finished("deps", ArtifactKind.LAYER, ProgressListener.Outcome.CACHED, 10);

    assertEquals(
        "Downloading esbuild 0.28.2 (linux-x64)\n"
            + "ok function api built (2.0 KB)\nok layer deps from cache (10 B)\n",
        bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aTerminalSeesEachLineRewrittenWhenTheArtifactFinishes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleProgress progress =
        new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

    progress.started("api", ArtifactKind.FUNCTION);
    progress.finished("api", ArtifactKind.FUNCTION, ProgressListener.Outcome.FAILED, 0);

    assertEquals(
        "  … function api\r\033[K  ✗ function api failed\n",
        bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }
}
