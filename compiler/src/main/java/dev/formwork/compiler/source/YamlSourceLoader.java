package dev.formwork.compiler.source;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.diag.SourceLocation;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Loads one YAML config into located {@link ConfigNode}s with SnakeYAML Engine, turning every
 * problem with the input (size, encoding, syntax, hostile anchors, tags, duplicate or non-string
 * keys) into a diagnostic. A pure function: no file system, no clock, no shared state.
 */
public final class YamlSourceLoader {

  // By line, then column; a class rather than a lambda (see "Start-up" in docs/architecture.md).
  private static final Comparator<Diagnostic> IN_FILE_ORDER =
      new Comparator<>() {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
          int order = Integer.compare(a.location().line(), b.location().line());
          return order != 0 ? order : Integer.compare(a.location().column(), b.location().column());
        }
      };

  private final YamlLimits limits;

  public YamlSourceLoader(YamlLimits limits) {
    this.limits = limits;
  }

  /**
   * Parses {@code content} as a single YAML document whose top level is a mapping.
   *
   * @param fileLabel the file name diagnostics show
   * @param content the raw bytes of the file
   * @return the root mapping if there are no errors, and every diagnostic in file order
   */
  public LoadResult load(String fileLabel, byte[] content) {
    if (content.length > limits.maxBytes()) {
      return failed(
          tooLarge(
              fileLabel,
              // The CLI reads one byte past the limit (BoundedFileReader), so the size is unknown.
              "The config file is larger than the limit of " + limits.maxBytes() + " bytes."));
    }
    SourceDecoder.Decoded decoded = SourceDecoder.decode(fileLabel, content);
    if (decoded.problem().isPresent()) {
      return failed(decoded.problem().get());
    }
    String text = decoded.text();
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints > limits.maxCodePoints()) {
      return failed(
          tooLarge(
              fileLabel,
              "The config file has "
                  + codePoints
                  + " characters; the limit is "
                  + limits.maxCodePoints()
                  + " characters."));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    NodeTreeBuilder builder = new NodeTreeBuilder(fileLabel, limits, diagnostics);
    boolean complete = parse(fileLabel, text, builder, diagnostics);
    Optional<MapNode> root = Optional.empty();
    if (complete) {
      root = checkRoot(fileLabel, builder.root(), diagnostics);
    }
    diagnostics.sort(IN_FILE_ORDER);
    return new LoadResult(diagnostics.isEmpty() ? root : Optional.empty(), diagnostics);
  }

  /** Feeds the engine's events to the builder; false if the file could not be read to its end. */
  private boolean parse(
      String fileLabel, String text, NodeTreeBuilder builder, List<Diagnostic> diagnostics) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(fileLabel)
            .setUseMarks(true)
            .setCodePointLimit(limits.maxCodePoints())
            .build();
    Iterator<Event> events = new Parse(settings).parseString(text).iterator();
    while (!builder.stopped()) {
      Event event;
      try {
        if (!events.hasNext()) {
          return true;
        }
        event = events.next();
      } catch (MarkedYamlEngineException error) {
        diagnostics.add(
            EngineErrors.fromMarked(
                fileLabel, error, builder.currentPath(), builder.lastLocation()));
        return false;
      } catch (ReaderException error) {
        diagnostics.add(EngineErrors.fromReader(fileLabel, text, error));
        return false;
      } catch (YamlEngineException error) {
        diagnostics.add(
            EngineErrors.fromUnmarked(error, builder.currentPath(), builder.lastLocation()));
        return false;
      }
      builder.accept(event);
    }
    return false;
  }

  private static Optional<MapNode> checkRoot(
      String fileLabel, Optional<ConfigNode> root, List<Diagnostic> diagnostics) {
    SourceLocation start = new SourceLocation(fileLabel, 1, 1);
    if (root.isEmpty() || isEmptyDocument(root.get())) {
      diagnostics.add(
          Diagnostic.error(Code.CONFIG_EMPTY, ConfigPath.ROOT, "The config file is empty.")
              .at(start)
              .withHint("start with 'serviceName:' and 'resources:'"));
      return Optional.empty();
    }
    if (!(root.get() instanceof MapNode mapNode)) {
      diagnostics.add(
          Diagnostic.error(
                  Code.CONFIG_NOT_A_MAPPING,
                  ConfigPath.ROOT,
                  "The config must be a mapping of keys such as serviceName and resources, but the"
                      + " file holds "
                      + root.get().describe()
                      + ".")
              .at(root.get().location()));
      return Optional.empty();
    }
    return Optional.of(mapNode);
  }

  /** A document with only '---' or comments has an empty plain scalar as its root. */
  private static boolean isEmptyDocument(ConfigNode root) {
    return root instanceof ScalarNode scalarNode
        && scalarNode.isNull()
        && scalarNode.text().isEmpty();
  }

  private Diagnostic tooLarge(String fileLabel, String message) {
    return Diagnostic.error(Code.CONFIG_TOO_LARGE, ConfigPath.ROOT, message)
        .at(new SourceLocation(fileLabel, 1, 1))
        .withHint("move large values into files read with $File(), or split the service");
  }

  private static LoadResult failed(Diagnostic diagnostic) {
    return new LoadResult(Optional.empty(), List.of(diagnostic));
  }
}
