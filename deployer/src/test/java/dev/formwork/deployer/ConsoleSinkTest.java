package dev.formwork.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleSinkTest {

  @Test
  void plainOutputHasOneLinePerCallAndNoEscapeCodes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleSink sink = new ConsoleSink(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    sink.progress("CREATE_IN_PROGRESS for 4 s");
    sink.warn("careful");
    sink.info("done");
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(
        String.join(System.lineSeparator(), "CREATE_IN_PROGRESS for 4 s", "careful", "done", ""),
        text);
    assertFalse(text.contains("\u001b"));
  }

  @Test
  void aTerminalRedrawsProgressInPlace() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleSink sink = new ConsoleSink(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    sink.progress("a");
    sink.progress("b");
    sink.info("done");
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\r\u001b[2Ka\r\u001b[2Kb\r\u001b[2Kdone"), text);
  }

  @Test
  void promptAcceptsOnlyYes() {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertTrue(
        Confirmation.prompt(quiet, new ByteArrayInputStream("y\n".getBytes(StandardCharsets.UTF_8)))
            .confirm("Go?"));
    assertTrue(
        Confirmation.prompt(
                quiet, new ByteArrayInputStream("YES\n".getBytes(StandardCharsets.UTF_8)))
            .confirm("Go?"));
    assertFalse(
        Confirmation.prompt(quiet, new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)))
            .confirm("Go?"));
    assertFalse(Confirmation.prompt(quiet, new ByteArrayInputStream(new byte[0])).confirm("Go?"));
  }
}
