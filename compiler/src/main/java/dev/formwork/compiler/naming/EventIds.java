package dev.formwork.compiler.naming;

import java.util.Locale;

/** Short content hashes that give per-event resources stable logical IDs without list positions. */
public final class EventIds {

  private EventIds() {}

  /** 8 upper-case hex characters of the SHA-256 of {@code text}, safe inside a logical ID. */
  public static String hash(String text) {
    return PhysicalNames.hash(text, 4).toUpperCase(Locale.ROOT);
  }
}
