package dev.formwork.deployer.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link ChangeSetSummary} for people: a count line, then one line per resource with a
 * symbol (+ ~ ! -), a nested stack's resources indented under its stack resource. Replacements and
 * risky changes to stateful resources are marked in words, and in colour on a terminal, so they
 * stand out in CI logs too.
 */
public final class ChangeSetRenderer {

  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String GREEN = "\u001b[32m";
  private static final String RESET = "\u001b[0m";

  private ChangeSetRenderer() {}

  public static List<String> render(ChangeSetSummary summary, boolean color) {
    List<String> lines = new ArrayList<>();
    Map<ChangeSetSummary.Kind, Integer> counts = summary.counts();
    StringBuilder head = new StringBuilder("Changes: ");
    boolean first = true;
    for (ChangeSetSummary.Kind kind : ChangeSetSummary.Kind.values()) {
      head.append(first ? "" : ", ").append(counts.get(kind)).append(" to ").append(kind.verb());
      first = false;
    }
    lines.add(head.toString());
    entries(summary, "  ", color, lines);
    return lines;
  }

  /** One line per change, each nested stack's changes indented under its stack resource. */
  private static void entries(
      ChangeSetSummary summary, String indent, boolean color, List<String> lines) {
    for (ChangeSetSummary.Entry entry : summary.entries()) {
      StringBuilder line = new StringBuilder(indent).append(entry.kind().symbol()).append(' ');
      line.append(entry.logicalId()).append(" (").append(entry.resourceType()).append(')');
      if (entry.kind() == ChangeSetSummary.Kind.REPLACE) {
        line.append(entry.conditional() ? "  REPLACEMENT (conditional)" : "  REPLACEMENT");
      }
      if (!entry.changedProperties().isEmpty()) {
        line.append("  [").append(String.join(", ", entry.changedProperties())).append(']');
      }
      if (entry.risky()) {
        line.append("  <- data in this resource will be lost");
      }
      lines.add(color ? paint(entry, line.toString()) : line.toString());
      ChangeSetSummary inside = summary.nested().get(entry.logicalId());
      if (inside != null) {
        entries(inside, indent + "    ", color, lines);
      }
    }
  }

  private static String paint(ChangeSetSummary.Entry entry, String line) {
    return switch (entry.kind()) {
      case ADD -> GREEN + line + RESET;
      case MODIFY -> YELLOW + line + RESET;
      default -> RED + line + RESET;
    };
  }
}
