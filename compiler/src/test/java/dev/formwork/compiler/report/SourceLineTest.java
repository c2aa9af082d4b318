package dev.formwork.compiler.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The line a diagnostic quotes: lines end at "\n" or "\r\n", a lone "\r" stays in its line. */
class SourceLineTest {

  @Test
  void findsEachLineAsSplittingAtLineBreaksWould() {
    for (String text :
        new String[] {"", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\nc", "\n\n", "x\r", "a\n\r\nb"}) {
      String[] lines = text.split("\r?\n", -1);
      for (int number = 1; number <= lines.length + 1; number++) {
        Optional<String> expected =
            number <= lines.length ? Optional.of(lines[number - 1]) : Optional.empty();
        assertThat(DiagnosticRenderer.line(text, number))
            .as("line %d of %s", number, text.replace("\r", "\\r").replace("\n", "\\n"))
            .isEqualTo(expected);
      }
    }
  }
}
