package dev.formwork.compiler.synth.release;

import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.node.ConfigNode;
import dev.formwork.schema.node.DeferredNode;
import dev.formwork.schema.node.ListNode;
import dev.formwork.schema.node.MapNode;
import dev.formwork.schema.node.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The short content hash that keys a function's AWS::Lambda::Version: SHA-256 over the finished
 * function properties (which hold the artifact digest in {@code Code.S3Key}, or the code
 * parameter's name without a manifest) except {@code Tags}, which Lambda does not version, plus the
 * user's overrides of the function resource, which are applied later and would otherwise go
 * unnoticed.
 */
final class ContentHash {

  /** 10 hex characters (40 bits), as SAM uses for its version logical IDs. */
  static final int HEX_CHARS = 10;

  private ContentHash() {}

  static String of(JsonObject functionProperties, Optional<ConfigNode> functionOverrides) {
    StringBuilder text = new StringBuilder(JsonWriter.compact(functionProperties.without("Tags")));
    if (functionOverrides.isPresent()) {
      canonical(functionOverrides.get(), text.append('\n'));
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is always available", impossible);
    }
  }

  /** A config value as text that ignores key order and source positions. */
  private static void canonical(ConfigNode node, StringBuilder out) {
    if (node instanceof MapNode map) {
      TreeMap<String, ConfigNode> sorted = new TreeMap<>();
      for (MapNode.Entry entry : map.entries().values()) {
        sorted.put(entry.key(), entry.value());
      }
      out.append('{');
      for (Map.Entry<String, ConfigNode> entry : sorted.entrySet()) {
        JsonWriter.quote(entry.getKey(), out);
        out.append(':');
        canonical(entry.getValue(), out);
        out.append(',');
      }
      out.append('}');
    } else if (node instanceof ListNode list) {
      out.append('[');
      for (ConfigNode item : list.items()) {
        canonical(item, out);
        out.append(',');
      }
      out.append(']');
    } else if (node instanceof DeferredNode deferred) {
      out.append('$').append(deferred.call().name()).append('(');
      for (ConfigNode argument : deferred.call().arguments()) {
        canonical(argument, out);
        out.append(',');
      }
      out.append(')').append(String.join(".", deferred.call().propertyPath()));
    } else {
      ScalarNode scalar = (ScalarNode) node;
      out.append(scalar.kind().name()).append(':');
      JsonWriter.quote(scalar.text(), out);
    }
  }
}
