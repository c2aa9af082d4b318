package dev.formwork.compiler.source;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarKind;
import dev.formwork.schema.node.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Builds located config nodes from the YAML event stream, one event at a time and without
 * recursion, enforcing the depth, alias and expansion budgets as the events arrive.
 *
 * <p>SnakeYAML Engine's composer is not used: it recurses once per nesting level (a deep document
 * overflows the stack), it does not count what aliases expand to, and it keeps typed keys that only
 * collide once stringified. An alias becomes a shared reference to the anchored node, so memory
 * stays linear in the input while the expansion budget bounds what later tree walks will visit.
 */
final class NodeTreeBuilder {

  /** A list or mapping whose end event has not arrived yet. */
  private static final class Frame {
    final boolean mapping;
    final boolean insideKey;
    final ConfigPath path;
    final SourceLocation location;
    final String anchor;
    final long expandedAtStart;
    final List<ConfigNode> items;
    final Map<String, MapNode.Entry> entries;
    int childHeight;
    boolean expectingValue;
    String keyText;
    SourceLocation keyLocation;
    boolean duplicateKey;

    Frame(
        boolean mapping,
        boolean insideKey,
        ConfigPath path,
        SourceLocation location,
        String anchor,
        long expandedAtStart) {
      this.mapping = mapping;
      this.insideKey = insideKey;
      this.path = path;
      this.location = location;
      this.anchor = anchor;
      this.expandedAtStart = expandedAtStart;
      this.items = mapping ? List.of() : new ArrayList<>();
      this.entries = mapping ? new LinkedHashMap<>() : Map.of();
    }
  }

  /**
   * What an anchor names: the node (absent while its collection is still open), its height in
   * nesting levels, and how many nodes it stands for once expanded.
   */
  private record Anchored(Optional<ConfigNode> node, int height, long expandedSize) {
    static final Anchored OPEN = new Anchored(Optional.empty(), 0, 0);
  }

  private final String fileLabel;
  private final YamlLimits limits;
  private final List<Diagnostic> diagnostics;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private SourceLocation lastLocation;
  private Optional<ConfigNode> root = Optional.empty();
  private int documents;
  private int collectionAliases;
  private long expanded;
  private long aliasExpansion;
  private boolean stopped;

  NodeTreeBuilder(String fileLabel, YamlLimits limits, List<Diagnostic> diagnostics) {
    this.fileLabel = fileLabel;
    this.limits = limits;
    this.diagnostics = diagnostics;
    this.lastLocation = new SourceLocation(fileLabel, 1, 1);
  }

  /** True once a problem was found after which the rest of the file cannot be read safely. */
  boolean stopped() {
    return stopped;
  }

  /** The document's top node, once its last event has arrived. */
  Optional<ConfigNode> root() {
    return root;
  }

  /** The position of the last event seen, for engine errors that carry none. */
  SourceLocation lastLocation() {
    return lastLocation;
  }

  void accept(Event event) {
    switch (event.getEventId()) {
      case DocumentStart -> onDocumentStart(locate(event));
      case Scalar -> onScalar((ScalarEvent) event, locate(event));
      case Alias -> onAlias((AliasEvent) event, locate(event));
      case MappingStart -> onCollectionStart((CollectionStartEvent) event, true, locate(event));
      case SequenceStart -> onCollectionStart((CollectionStartEvent) event, false, locate(event));
      case MappingEnd, SequenceEnd -> onCollectionEnd();
      default -> {}
    }
  }

  private SourceLocation locate(Event event) {
    Optional<Mark> mark = event.getStartMark();
    if (mark.isPresent()) {
      lastLocation = EngineErrors.locate(fileLabel, mark.get());
    }
    return lastLocation;
  }

  private void onDocumentStart(SourceLocation at) {
    documents++;
    if (documents > 1) {
      stop(
          Diagnostic.error(
                  Code.YAML_MULTIPLE_DOCUMENTS,
                  ConfigPath.ROOT,
                  "The file holds more than one YAML document, but a config must be a single"
                      + " document.")
              .at(at)
              .withHint("remove the '---' line, or move the second document into its own file"));
    }
  }

  private void onScalar(ScalarEvent event, SourceLocation at) {
    Frame parent = stack.peek();
    Optional<String> tag = event.getTag();
    boolean untagged = tag.isEmpty();
    if (tag.isPresent()) {
      report(ExplicitTags.refuse(tag.get(), childPath(parent), at));
    }
    String text = event.getValue();
    ScalarKind kind =
        event.isPlain() && untagged ? CoreSchemaScalars.resolvePlain(text) : ScalarKind.STRING;
    if (isKeyPosition(parent) && event.isPlain() && untagged && text.equals("<<")) {
      report(
          Diagnostic.error(
                  Code.YAML_MERGE_KEY,
                  parent.path.key(text),
                  "The YAML merge key '<<' is not supported.")
              .at(at)
              .withHint(
                  "repeat the keys you need, or keep shared values under 'variables' and use"
                      + " $Var()"));
    }
    ScalarNode node = new ScalarNode(text, kind, at);
    expanded++;
    Optional<String> anchor = anchorOf(event);
    if (anchor.isPresent()) {
      anchors.put(anchor.get(), new Anchored(Optional.of(node), 0, 1));
    }
    attach(node, 0, at);
  }

  private void onAlias(AliasEvent event, SourceLocation at) {
    String name = event.getAlias().getValue();
    Anchored target = anchors.get(name);
    if (target == null) {
      stop(
          error(
              Code.YAML_UNDEFINED_ALIAS,
              at,
              "The alias *" + name + " refers to no anchor &" + name + " defined before it."));
      return;
    }
    if (target.node().isEmpty()) {
      stop(
          error(
              Code.YAML_RECURSIVE_STRUCTURE,
              at,
              "The alias *"
                  + name
                  + " is inside the value it refers to, which would make an endless structure."));
      return;
    }
    ConfigNode node = target.node().get();
    if (!(node instanceof ScalarNode)) {
      collectionAliases++;
      if (collectionAliases > limits.maxCollectionAliases()) {
        stop(
            error(
                    Code.YAML_ALIAS_LIMIT,
                    at,
                    "The file uses more than "
                        + limits.maxCollectionAliases()
                        + " aliases to lists or mappings.")
                .withHint(
                    "write the repeated values out, or keep them under 'variables' and use"
                        + " $Var()"));
        return;
      }
      if (stack.size() + target.height() > limits.maxDepth()) {
        stop(
            tooDeep(
                at,
                "The alias *"
                    + name
                    + " expands to nesting deeper than "
                    + limits.maxDepth()
                    + " levels."));
        return;
      }
    }
    aliasExpansion += target.expandedSize();
    if (aliasExpansion > limits.maxAliasExpansion()) {
      stop(
          error(
                  Code.YAML_EXPANSION_BUDGET,
                  at,
                  "Aliases in this file expand to more than "
                      + limits.maxAliasExpansion()
                      + " nodes.")
              .withHint(
                  "anchors and aliases must not multiply data; write the values out instead"));
      return;
    }
    expanded += target.expandedSize();
    attach(node, target.height(), at);
  }

  private void onCollectionStart(CollectionStartEvent event, boolean mapping, SourceLocation at) {
    Frame parent = stack.peek();
    if (stack.size() + 1 > limits.maxDepth()) {
      stop(
          tooDeep(
              at, "Lists and mappings are nested deeper than " + limits.maxDepth() + " levels."));
      return;
    }
    ConfigPath path = childPath(parent);
    Optional<String> tag = event.getTag();
    if (tag.isPresent()) {
      report(ExplicitTags.refuse(tag.get(), path, at));
    }
    Optional<String> anchor = anchorOf(event);
    boolean insideKey = parent != null && (parent.insideKey || isKeyPosition(parent));
    stack.push(new Frame(mapping, insideKey, path, at, anchor.orElse(null), expanded));
    expanded++;
    if (anchor.isPresent()) {
      anchors.put(anchor.get(), Anchored.OPEN);
    }
  }

  private void onCollectionEnd() {
    Frame frame = stack.pop();
    ConfigNode node =
        frame.mapping
            ? new MapNode(frame.entries, frame.location)
            : new ListNode(frame.items, frame.location);
    int height = frame.childHeight + 1;
    if (frame.anchor != null) {
      anchors.put(
          frame.anchor, new Anchored(Optional.of(node), height, expanded - frame.expandedAtStart));
    }
    attach(node, height, frame.location);
  }

  /**
   * Adds a finished node to the open collection, as a list item, a mapping key or a mapping value.
   */
  private void attach(ConfigNode node, int height, SourceLocation at) {
    Frame parent = stack.peek();
    if (parent == null) {
      root = Optional.of(node);
      return;
    }
    parent.childHeight = Math.max(parent.childHeight, height);
    if (!parent.mapping) {
      parent.items.add(node);
    } else if (!parent.expectingValue) {
      acceptKey(parent, node, at);
      parent.expectingValue = true;
    } else {
      parent.expectingValue = false;
      if (parent.keyText != null && !parent.duplicateKey) {
        parent.entries.put(
            parent.keyText, new MapNode.Entry(parent.keyText, parent.keyLocation, node));
      }
    }
  }

  private void acceptKey(Frame map, ConfigNode key, SourceLocation at) {
    map.keyLocation = at;
    map.keyText = null;
    map.duplicateKey = false;
    if (!(key instanceof ScalarNode scalar)) {
      report(
          Diagnostic.error(
                  Code.CONFIG_KEY_NOT_STRING,
                  map.path,
                  "A mapping key is " + key.describe() + ", but mapping keys must be strings.")
              .at(at));
      return;
    }

    String text = scalar.text();
    map.keyText = text;
    if (text.isEmpty() && scalar.kind() == ScalarKind.NULL) {
      report(
          Diagnostic.error(
                  Code.CONFIG_KEY_NOT_STRING,
                  map.path,
                  "A mapping key is empty, but mapping keys must be strings.")
              .at(at)
              .withHint("write the key's name before the ':'"));
    } else if (scalar.kind() != ScalarKind.STRING) {
      String shown = text;
      report(
          Diagnostic.error(
                  Code.CONFIG_KEY_NOT_STRING,
                  map.path.key(text),
                  "The mapping key "
                      + shown
                      + " is "
                      + scalar.kind().description()
                      + ", but mapping keys must be strings.")
              .at(at)
              .withHint("quote the key: \"" + text + "\":"));
    }
    MapNode.Entry first = map.entries.get(text);
    if (first != null) {
      map.duplicateKey = true;
      report(
          Diagnostic.error(
                  Code.YAML_DUPLICATE_KEY,
                  map.path.key(text),
                  "The key '"
                      + text
                      + "' is defined twice in this mapping; the first definition is on line "
                      + first.keyLocation().line()
                      + ".")
              .at(at)
              .withHint("remove one of the two definitions"));
    }
  }

  private static boolean isKeyPosition(Frame parent) {
    return parent != null && parent.mapping && !parent.expectingValue;
  }

  /** The config path of the node that is about to be added to {@code parent}. */
  private static ConfigPath childPath(Frame parent) {
    if (parent == null) {
      return ConfigPath.ROOT;
    }
    if (parent.insideKey) {
      // A collection used as a key has no path of its own; report against the mapping it keys.
      return parent.path;
    }
    if (!parent.mapping) {
      return parent.path.index(parent.items.size());
    }
    if (parent.expectingValue && parent.keyText != null) {
      return parent.path.key(parent.keyText);
    }
    return parent.path;
  }

  /** The config path where the next node would go, for errors the engine reports mid-document. */
  ConfigPath currentPath() {
    return childPath(stack.peek());
  }

  private static Optional<String> anchorOf(NodeEvent event) {
    Optional<Anchor> anchor = event.getAnchor();
    return anchor.isPresent() ? Optional.of(anchor.get().getValue()) : Optional.empty();
  }

  private Diagnostic error(Code code, SourceLocation at, String message) {
    return Diagnostic.error(code, currentPath(), message).at(at);
  }

  private Diagnostic tooDeep(SourceLocation at, String message) {
    return error(Code.YAML_TOO_DEEP, at, message)
        .withHint("flatten the structure; a config never needs this much nesting");
  }

  private void report(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  private void stop(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
    stopped = true;
  }
}
