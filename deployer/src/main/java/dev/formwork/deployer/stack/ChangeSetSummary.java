package dev.formwork.deployer.stack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;

/**
 * What a change set will do, resource by resource, sorted by kind and logical id: adds, modifies,
 * replacements (a Modify whose Replacement is True or Conditional) and removals.
 */
public record ChangeSetSummary(List<Entry> entries) {

  /** The kind of change, in the order the summary lists them. */
  public enum Kind {
    ADD("+", "add"),
    MODIFY("~", "modify"),
    REPLACE("!", "replace"),
    REMOVE("-", "remove");

    private final String symbol;
    private final String verb;

    Kind(String symbol, String verb) {
      this.symbol = symbol;
      this.verb = verb;
    }

    public String symbol() {
      return symbol;
    }

    public String verb() {
      return verb;
    }
  }

  /**
   * One resource's change; {@code conditional} marks a replacement CloudFormation decides at run
   * time.
   */
  public record Entry(
      Kind kind,
      String logicalId,
      String resourceType,
      boolean conditional,
      List<String> changedProperties,
      List<String> replacedBy) {

    public Entry {
      changedProperties = List.copyOf(changedProperties);
      replacedBy = List.copyOf(replacedBy);
    }

    /** An entry without the properties that force a replacement (tests, older callers). */
    public Entry(
        Kind kind,
        String logicalId,
        String resourceType,
        boolean conditional,
        List<String> changedProperties) {
      this(kind, logicalId, resourceType, conditional, changedProperties, List.of());
    }

    /** Replacing or removing a bucket, table, queue, database or log group loses its data. */
    public boolean risky() {
      return (kind == Kind.REPLACE || kind == Kind.REMOVE)
          && StatefulResources.isStateful(resourceType);
    }
  }

  public ChangeSetSummary {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::kind).thenComparing(Entry::logicalId));
    entries = List.copyOf(sorted);
  }

  public static ChangeSetSummary from(List<Change> changes) {
    List<Entry> entries = new ArrayList<>();
    for (Change change : changes) {
      ResourceChange rc = change.resourceChange();
      if (rc == null) {
        continue;
      }
      String action = rc.actionAsString() == null ? "" : rc.actionAsString();
      String replacement = rc.replacementAsString() == null ? "" : rc.replacementAsString();

      Kind kind =
          switch (action) {
            case "Add", "Import" -> Kind.ADD;
            case "Remove" -> Kind.REMOVE;
            default ->
                replacement.equals("True") || replacement.equals("Conditional")
                    ? Kind.REPLACE
                    : Kind.MODIFY;
          };
      List<String> properties = new ArrayList<>();
      List<String> replacedBy = new ArrayList<>();
      for (ResourceChangeDetail detail : rc.details()) {
        if (detail.target() == null || detail.target().name() == null) {
          continue;
        }
        String name = detail.target().name();
        if (!properties.contains(name)) {
          properties.add(name);
        }
        // RequiresRecreation: Always or Conditionally names the property that forces it.
        String recreation = String.valueOf(detail.target().requiresRecreationAsString());
        if ((recreation.equals("Always") || recreation.equals("Conditionally"))
            && !replacedBy.contains(name)) {
          replacedBy.add(name);
        }
      }
      entries.add(
          new Entry(
              kind,
              rc.logicalResourceId(),
              rc.resourceType(),
              replacement.equals("Conditional"),
              properties,
              replacedBy));
    }
    return new ChangeSetSummary(entries);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public Map<Kind, Integer> counts() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      counts.put(kind, 0);
    }
    for (Entry entry : entries) {
      counts.merge(entry.kind(), 1, Integer::sum);
    }
    return counts;
  }

  public List<Entry> risky() {
    return entries.stream().filter(Entry::risky).toList();
  }
}
