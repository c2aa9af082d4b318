package dev.formwork.packager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing esbuild's plain-text log into file:line:column lines. */
class EsbuildMessagesTest {

  @Test
  void keepsMessageAndLocationOfEveryError() {
    String stderr =
        "✘ [ERROR] Could not resolve \"./missing\"\n\n"
            + "    src/a.ts:1:17:\n"
            + "      1 │ import x from './missing';\n"
            + "        ╵                  ~~~~~~~~~~~\n\n"
            + "✘ [ERROR] Unexpected \";\"\n\n"
            + "    src/b.ts:2:12:\n"
            + "      2 │   const x = ;\n\n"
            + "2 errors\n";

    // esbuild prints 0-based columns; diagnostics use 1-based ones.
    assertEquals(
        List.of(
            "src/a.ts:1:18: Could not resolve \"./missing\"", "src/b.ts:2:13: Unexpected \";\""),
        EsbuildMessages.errors(stderr).stream().map(EsbuildMessages.Error::text).toList());
  }

  @Test
  void anErrorWithoutLocationOrAnUnknownFormatIsKeptAsText() {
    assertEquals(
        List.of("Must use \"outdir\" when there are multiple input files"),
        EsbuildMessages.errors(
                "✘ [ERROR] Must use \"outdir\" when there are multiple input files\n\n")
            .stream()
            .map(EsbuildMessages.Error::text)
            .toList());
    assertEquals(
        List.of("error: something odd"),
        EsbuildMessages.errors("\nerror: something odd\n").stream()
            .map(EsbuildMessages.Error::text)
            .toList());
  }
}
