package dev.formwork.compiler.synth.event;

import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.schema.diag.Code;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.model.event.EventIdentity;
import dev.formwork.schema.model.event.FunctionEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Logical IDs of per-event resources: the function's prefix plus the event's identity as {@link
 * EventIdentity} defines it (the source as written: a config name in Pascal case, or a short hash
 * of an ARN), never a setting or the event's position. So changing a batch size, a filter or {@code
 * enabled} updates the resources in place, and reordering events changes nothing.
 */
final class EventIds {

  private EventIds() {}

  /** 8 hex characters of the SHA-256 of the text. */
  static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is always available", impossible);
    }
  }

  /**
   * 8 upper-case hex characters of the SHA-256 of the text: the older form, kept for the IDs of
   * alarms and log groups given by name or ARN, which were already named by identity.
   */
  static String upperHash(String text) {
    return hash(text).toUpperCase(Locale.ROOT);
  }

  /** A short hash of the event's identity, for sources written as ARNs. */
  static String sourceHash(FunctionEvent event) {
    return hash(EventIdentity.identity(event));
  }

  /**
   * The identity part of the event's IDs: {@code base} (which the integration builds from the
   * source), plus a hash of the distinguishing properties while the function has several events of
   * this type on this source and alias. Empty, after a diagnostic, when AWS allows only one. (The
   * alias itself is already in the logical prefix of the function's view that invokes it.)
   */
  static Optional<String> identity(
      FunctionAssembly function,
      FunctionEvent event,
      String base,
      ConfigPath eventPath,
      SynthesisContext context) {
    EventIdentity.Rule rule = EventIdentity.rule(event.getClass());
    String source = EventIdentity.identity(event);
    List<FunctionEvent> siblings = new ArrayList<>();
    for (FunctionEvent other : function.properties().events()) {
      if (other.getClass() == event.getClass() && EventIdentity.identity(other).equals(source)) {
        siblings.add(other);
      }
    }
    if (siblings.size() == 1) {
      return Optional.of(base);
    }
    if (rule.onePerSource()) {
      if (siblings.get(0) == event) {
        return Optional.of(base);
      }
      context
          .diagnostics()
          .error(
              Code.CONFIG_REPEATED_EVENT_SOURCE,
              eventPath,
              "Function '"
                  + function.name()
                  + "' already reads this source in events["
                  + function.properties().events().indexOf(siblings.get(0))
                  + "] (a "
                  + event.typeName()
                  + " event); AWS allows one per function and source.",
              "Merge the two events into one (a filter pattern can match both kinds of"
                  + " message), or use a second function.");
      return Optional.empty();
    }
    if (rule.distinguishing().isEmpty()) {
      return Optional.of(base);
    }
    return Optional.of(base + hash(EventIdentity.distinguishing(event)));
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
                + "' already has an event that creates "
                + logicalId
                + ": nothing tells the two apart (the same source, and the same schedule, pattern"
                + " or filter).",
            "Remove the repeated event, or merge the two.");
    return false;
  }
}
