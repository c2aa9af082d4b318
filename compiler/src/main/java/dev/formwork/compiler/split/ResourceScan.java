package dev.formwork.compiler.split;

import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonBool;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One walk over a resource of the merged template: its size as {@code JsonWriter.pretty} writes it
 * inside a template's {@code Resources} (in UTF-8 bytes, without writing it: an app of 2,000
 * functions is over 10 MB of text), the dynamic references ({@code {{resolve:...}}}) its strings
 * hold, and the values it reads.
 */
record ResourceScan(Weight weight, List<ValueRef> reads) {

  private static final String DYNAMIC_REFERENCE = "{{resolve:";

  /** Scans the resource {@code json} written under {@code logicalId}. */
  static ResourceScan of(String logicalId, JsonValue json) {
    Walk walk = new Walk();
    // The member's line break, indentation (depth 2), key, ": ", value and a comma after it.
    long bytes = 1 + 4 + string(logicalId) + 2 + walk.value(json, 2) + 1;
    return new ResourceScan(new Weight(1, bytes, walk.dynamicReferences), walk.reads);
  }

  /** Accumulates what one resource reads and how many dynamic references it holds. */
  private static final class Walk {
    private final List<ValueRef> reads = new ArrayList<>();
    private int dynamicReferences;

    /** The bytes of {@code value} written at {@code depth}, as it appears inside its parent. */
    long value(JsonValue value, int depth) {
      if (value instanceof JsonObject object) {
        return object(object, depth);
      }
      if (value instanceof JsonArray array) {
        if (array.size() == 0) {
          return 2;
        }
        // "[", each item on its own line, commas between items, then "]" on its own line.
        long size = 1 + (array.size() - 1) + 1 + 2L * depth + 1;
        for (JsonValue item : array.items()) {
          size += 1 + 2L * (depth + 1) + value(item, depth + 1);
        }
        return size;
      }
      if (value instanceof JsonString text) {
        countDynamicReferences(text.value());
        return string(text.value());
      }
      if (value instanceof JsonNumber number) {
        return number.text().length();
      }
      if (value instanceof JsonBool bool) {
        return bool.value() ? 4 : 5;
      }
      return 4;
    }

    private long object(JsonObject object, int depth) {
      if (object.size() == 0) {
        return 2;
      }
      if (object.size() == 1) {
        Optional<ValueRef> direct = TemplateReferences.direct(object);
        if (direct.isPresent()) {
          reads.add(direct.get());
        } else if (object.has("Fn::Sub")) {
          TemplateReferences.subTextReads(object.get("Fn::Sub").orElseThrow(), reads::add);
        }
      }
      long size = 1 + (object.size() - 1) + 1 + 2L * depth + 1;
      for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
        size +=
            1
                + 2L * (depth + 1)
                + string(member.getKey())
                + 2
                + value(member.getValue(), depth + 1);
      }
      return size;
    }

    private void countDynamicReferences(String text) {
      for (int at = text.indexOf(DYNAMIC_REFERENCE);
          at >= 0;
          at = text.indexOf(DYNAMIC_REFERENCE, at + DYNAMIC_REFERENCE.length())) {
        dynamicReferences++;
      }
    }
  }

  /** A quoted, escaped string in UTF-8 bytes, as {@code JsonWriter.quote} writes it. */
  static long string(String text) {
    long size = 2;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') {
        size += 2;
      } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
        size += 6;
      } else if (c < 0x80) {
        size += 1;
      } else if (c < 0x800) {
        size += 2;
      } else if (Character.isHighSurrogate(c)) {
        size += 4;
        i++;
      } else {
        size += 3;
      }
    }
    return size;
  }
}
