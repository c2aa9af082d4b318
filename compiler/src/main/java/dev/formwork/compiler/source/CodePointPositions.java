package dev.formwork.compiler.source;

import dev.formwork.schema.diag.SourceLocation;

/**
 * Turns a code-point index into a 1-based line and column, counting line breaks the way the YAML
 * engine's reader does, for engine errors that carry an index instead of a mark.
 */
final class CodePointPositions {

  private CodePointPositions() {}

  static SourceLocation locate(String fileLabel, String text, int codePointIndex) {
    int line = 0;
    int column = 0;
    int offset = 0;
    for (int seen = 0; seen < codePointIndex && offset < text.length(); seen++) {
      int c = text.codePointAt(offset);
      offset += Character.charCount(c);
      boolean crBeforeLf = c == '\r' && offset < text.length() && text.charAt(offset) == '\n';
      // YAML 1.2 breaks lines only at LF, CRLF and a lone CR; NEL and U+2028 are ordinary
      // characters.
      if (c == '\n' || (c == '\r' && !crBeforeLf)) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
    return new SourceLocation(fileLabel, line + 1, column + 1);
  }
}
