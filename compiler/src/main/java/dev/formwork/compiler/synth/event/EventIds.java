package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.naming.PascalCase;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.model.event.FunctionEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * Logical IDs of per-event resources: the function's prefix plus the event's identity, which is the
 * target resource's name when that names the event uniquely, and otherwise a short hash of the
 * event's synthesized content. Never the event's position, so reordering events changes nothing.
 */
final class EventIds {

  private EventIds() {}

  /** 8 hex characters of the SHA-256 of the value's canonical (sorted-key, compact) JSON. */
  static String hash(JsonValue content) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(JsonWriter.compact(content).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is always available", impossible);
    }
  }

  /**
   * The identity part of an event's IDs: {@code <Target><Kind>} when the event names a config
   * resource that no other event of the same kind on this function names, else {@code
   * <Kind><hash>}.
   */
  static String identity(Optional<String> uniqueTarget, String kind, JsonValue content) {
    return uniqueTarget.map(target -> PascalCase.of(target) + kind).orElse(kind + hash(content));
  }

  /**
   * The config resource an event targets, when no other event of the same type on this function (or
   * on the same alias of it, for a view that invokes an alias) targets it too: then the name alone
   * identifies the event, as the alias is already in the view's logical prefix.
   */
  static <E> Optional<String> uniqueTarget(
      FunctionAssembly function,
      Class<E> type,
      Function<E, Optional<String>> targetOf,
      Optional<String> target) {
    if (target.isEmpty()) {
      return Optional.empty();
    }
    long same =
        function.properties().events().stream()
            .filter(type::isInstance)
            .filter(other -> ((FunctionEvent) other).alias().equals(function.invokedAlias()))
            .filter(other -> targetOf.apply(type.cast(other)).equals(target))
            .count();
    return same == 1 ? target : Optional.empty();
  }

  /**
   * Reports an event whose resources would take IDs already in the template: the function has the
   * same event twice. Returns true when the ID is free.
   */
  static boolean claim(
      String logicalId, FunctionAssembly function, ConfigPath eventPath, SynthesisContext context) {
    if (!context.template().has(logicalId)) {
      return true;
    }
    context
        .diagnostics()
        .error(
            Code.CONFIG_DUPLICATE_EVENT,
            eventPath,
            "Function '"
                + function.name()
                + "' already has an event with exactly these properties (it would create "
                + logicalId
                + " twice).",
            "Remove the repeated event.");
    return false;
  }
}
