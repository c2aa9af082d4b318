package dev.formwork.deployer.stack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;

/**
 * What a change set will do, resource by resource, sorted by kind and logical id: adds, modifies,
 * replacements (a Modify whose Replacement is True or Conditional) and removals; and for a stack
 * with nested stacks (a change set made with IncludeNestedStacks), what each nested stack's own
 * change set will do, by the logical ID of its stack resource.
 */
public record ChangeSetSummary(List<Entry> entries, SortedMap<String, ChangeSetSummary> nested) {

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
    nested = Collections.unmodifiableSortedMap(new TreeMap<>(nested));
  }

  /** A stack's changes without nested stacks. */
  public ChangeSetSummary(List<Entry> entries) {
    this(entries, new TreeMap<>());
  }

  /** The same changes, with those of the nested stacks. */
  public ChangeSetSummary withNested(SortedMap<String, ChangeSetSummary> nestedChanges) {
    return new ChangeSetSummary(entries, nestedChanges);
  }

  /**
   * Every change, a nested stack's after its stack resource's; a nested resource's logical ID is
   * prefixed with its stack's ({@code NestedStack01/OrdersQueue}).
   */
  public List<Entry> allEntries() {
    List<Entry> all = new ArrayList<>();
    for (Entry entry : entries) {
      all.add(entry);
      ChangeSetSummary inside = nested.get(entry.logicalId());
      if (inside != null) {
        for (Entry child : inside.allEntries()) {
          all.add(
              new Entry(
                  child.kind(),
                  entry.logicalId() + "/" + child.logicalId(),
                  child.resourceType(),
                  child.conditional(),
                  child.changedProperties(),
                  child.replacedBy()));
        }
      }
    }
    return all;
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

  /** How many changes of each kind, nested stacks' included. */
  public Map<Kind, Integer> counts() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      counts.put(kind, 0);
    }
    for (Entry entry : allEntries()) {
      counts.merge(entry.kind(), 1, Integer::sum);
    }
    return counts;
  }

  /** The changes that lose data, nested stacks' included. */
  public List<Entry> risky() {
    return allEntries().stream().filter(Entry::risky).toList();
  }
}
