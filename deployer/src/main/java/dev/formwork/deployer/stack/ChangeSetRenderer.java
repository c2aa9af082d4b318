package dev.formwork.deployer.stack;

import dev.formwork.deployer.diff.ConfigLabels;
import dev.formwork.deployer.diff.Replacements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
    return render(summary, color, ConfigLabels.NONE);
  }

  /**
   * The lines, with the config resource that produced each logical ID, the config property behind
   * each changed property, and for a replacement the properties that force it.
   */
  public static List<String> render(ChangeSetSummary summary, boolean color, ConfigLabels labels) {
    List<String> lines = new ArrayList<>();
    Map<ChangeSetSummary.Kind, Integer> counts = summary.counts();
    StringBuilder head = new StringBuilder("Changes: ");
    boolean first = true;
    for (ChangeSetSummary.Kind kind : ChangeSetSummary.Kind.values()) {
      head.append(first ? "" : ", ").append(counts.get(kind)).append(" to ").append(kind.verb());
      first = false;
    }
    lines.add(head.toString());
    entries(summary, "  ", color, labels, lines);
    return lines;
  }

  /**
   * One line per change, each nested stack's changes indented under its stack resource (logical IDs
   * are the same in every stack, so the labels name their config resources there too).
   */
  private static void entries(
      ChangeSetSummary summary,
      String indent,
      boolean color,
      ConfigLabels labels,
      List<String> lines) {
    for (ChangeSetSummary.Entry entry : summary.entries()) {
      StringBuilder line = new StringBuilder(indent).append(entry.kind().symbol()).append(' ');
      line.append(entry.logicalId()).append(" (").append(entry.resourceType()).append(')');
      line.append(labels.ownerSuffix(entry.logicalId()));
      if (entry.kind() == ChangeSetSummary.Kind.REPLACE) {
        line.append(entry.conditional() ? "  REPLACEMENT (conditional)" : "  REPLACEMENT");
        if (!entry.replacedBy().isEmpty()) {
          line.append(" forced by ").append(String.join(", ", entry.replacedBy()));
        }
      }
      if (!entry.changedProperties().isEmpty()) {
        line.append("  [")
            .append(
                String.join(
                    ", ",
                    entry.changedProperties().stream()
                        .map(name -> labels.propertyLabel(entry.resourceType(), name))
                        .toList()))
            .append(']');
      }
      if (entry.risky()) {
        line.append("  <- data in this resource will be lost");
      }
      lines.add(color ? paint(entry, line.toString()) : line.toString());
      if (entry.kind() == ChangeSetSummary.Kind.REPLACE) {
        Replacements.consequence(entry.resourceType(), new TreeSet<>(entry.replacedBy()))
            .ifPresent(note -> lines.add(indent + "    " + note));
      }
      ChangeSetSummary inside = summary.nested().get(entry.logicalId());
      if (inside != null) {
        entries(inside, indent + "    ", color, labels, lines);
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
