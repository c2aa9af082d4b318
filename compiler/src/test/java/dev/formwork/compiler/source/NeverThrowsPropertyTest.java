package dev.formwork.compiler.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.schema.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever bytes arrive, the loader returns a result instead of throwing, and a result
 * either has a root and no diagnostics, or diagnostics and no root, each with a file position.
 */
class NeverThrowsPropertyTest {

  private static final String YAML_NOISE = ":-?[]{},#&*!|>'\"%@`\t\n\r \u0000\u0007\u00A0é<~.0x";
  private static final int MUTANTS = 3000;

  @Test
  void mutatedConfigsAlwaysEndInARootOrLocatedDiagnostics() {
    byte[] sample = Loading.resource("stacktape-sample.yml").getBytes(StandardCharsets.UTF_8);
    Random random = new Random(7L);
    YamlSourceLoader loader = new YamlSourceLoader(YamlLimits.defaults());
    for (int i = 0; i < MUTANTS; i++) {
      byte[] mutant = mutate(sample, random);
      LoadResult result = loader.load(Loading.FILE, mutant);
      String context = "mutant " + i + ":\n" + new String(mutant, StandardCharsets.UTF_8);
      assertEquals(result.root().isPresent(), result.diagnostics().isEmpty(), context);
      for (Diagnostic diagnostic : result.diagnostics()) {
        assertTrue(diagnostic.location().isKnown(), diagnostic + " " + context);
        assertEquals(Loading.FILE, diagnostic.location().file(), context);
        assertTrue(diagnostic.message().endsWith("."), diagnostic.message());
        assertTrue(!diagnostic.message().contains("\n"), diagnostic.message());
      }
    }
  }

  private static byte[] mutate(byte[] source, Random random) {
    StringBuilder text = new StringBuilder(new String(source, StandardCharsets.UTF_8));
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(text.length());
      char noise = YAML_NOISE.charAt(random.nextInt(YAML_NOISE.length()));
      switch (random.nextInt(3)) {
        case 0:
          text.insert(at, noise);
          break;
        case 1:
          text.setCharAt(at, noise);
          break;
        default:
          text.deleteCharAt(at);
          break;
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(20) == 0) {
      // Now and then a raw byte that is not UTF-8.
      bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
    }
    return bytes;
  }
}
