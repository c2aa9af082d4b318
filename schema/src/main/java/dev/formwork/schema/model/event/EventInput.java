package dev.formwork.schema.model.event;

import dev.formwork.schema.bind.Doc;
import dev.formwork.schema.bind.ModelConstraintException;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.node.ConfigNode;
import java.util.Map;
import java.util.Optional;

/** The EventBridge target input options shared by schedule and event-bus events (at most one). */
public final class EventInput {
  private EventInput() {}

  /** Checks that at most one of input, inputPath and inputTransformer is set. */
  static void requireAtMostOne(
      Optional<ConfigNode> input,
      Optional<String> inputPath,
      Optional<InputTransformer> transformer) {
    int given =
        (input.isPresent() ? 1 : 0)
            + (inputPath.isPresent() ? 1 : 0)
            + (transformer.isPresent() ? 1 : 0);
    if (given > 1) {
      throw new ModelConstraintException(
          Code.CONFIG_EXCLUSIVE_PROPERTIES,
          "input",
          "Use at most one of input, inputPath and inputTransformer.");
    }
  }

  /** An EventBridge input transformer. */
  @Doc("Builds the target input from parts of the event.")
  public record InputTransformer(
      @Doc("JSON paths of the event, by variable name.") Map<String, String> inputPathsMap,
      @Doc("Input template using <variable> placeholders; an object or a JSON string.")
          ConfigNode inputTemplate) {}
}
