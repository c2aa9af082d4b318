package dev.formwork.schema.jsonschema;

import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The YAML numbers and booleans a string pattern accepts. The binder checks a scalar's source text,
 * so {@code version: 5} passes {@code latest|[1-9][0-9]{0,9}} although YAML, and so an editor,
 * reads 5 as a number. Decimal integers are probed by digit count, so other spellings ({@code
 * 0x1F}, {@code 1e5}, {@code 007}) are judged by their value only.
 */
final class PatternScalars {

  /** Beyond this many digits a bound is left out: no config writes such a number. */
  private static final int MAX_DIGITS = 18;

  private PatternScalars() {}

  /** The schemas of the non-string values whose text {@code regex} matches in full. */
  static List<JsonObject> of(String regex) {
    Pattern pattern = Pattern.compile(regex);
    List<JsonObject> forms = new ArrayList<>();
    integers(pattern, "").ifPresent(forms::add);
    integers(pattern, "-").ifPresent(forms::add);
    boolean acceptsTrue = pattern.matcher("true").matches();
    boolean acceptsFalse = pattern.matcher("false").matches();
    if (acceptsTrue && acceptsFalse) {
      forms.add(JsonObject.of("type", JsonValue.of("boolean")));
    } else if (acceptsTrue || acceptsFalse) {
      forms.add(JsonObject.of("const", JsonValue.of(acceptsTrue)));
    }
    return forms;
  }

  /**
   * The integers with {@code sign} whose decimal text matches, as one range. Patterns whose digit
   * strings are not all the lengths from 1 up to some n cannot be described as a range and are
   * refused, so a new pattern cannot silently get a wrong schema.
   */
  private static Optional<JsonObject> integers(Pattern pattern, String sign) {
    int digits = 0;
    while (digits < MAX_DIGITS && acceptsEveryLength(pattern, sign, digits + 1)) {
      digits++;
    }
    for (int longer = digits + 1; longer <= MAX_DIGITS; longer++) {
      if (acceptsAnyOfLength(pattern, sign, longer)) {
        throw new IllegalStateException(
            "the pattern " + pattern + " accepts integers that are not one range of lengths");
      }
    }
    if (digits == 0) {
      return Optional.empty();
    }
    boolean unbounded = digits == MAX_DIGITS;
    BigInteger largest = BigInteger.TEN.pow(digits).subtract(BigInteger.ONE);
    JsonObject.Builder range = JsonObject.builder().put("type", "integer");
    if (sign.isEmpty()) {
      range.put("minimum", pattern.matcher("0").matches() ? 0 : 1);
      if (!unbounded) {
        range.put("maximum", new JsonNumber(new BigDecimal(largest)));
      }
    } else {
      // Zero belongs to the unsigned side: YAML reads "-0" as 0, which is written "0".
      range.put("maximum", -1);
      if (!unbounded) {
        range.put("minimum", new JsonNumber(new BigDecimal(largest.negate())));
      }
    }
    return Optional.of(range.build());
  }

  private static boolean acceptsEveryLength(Pattern pattern, String sign, int digits) {
    return pattern.matcher(sign + "1" + "0".repeat(digits - 1)).matches()
        && pattern.matcher(sign + "9".repeat(digits)).matches();
  }

  private static boolean acceptsAnyOfLength(Pattern pattern, String sign, int digits) {
    return pattern.matcher(sign + "1" + "0".repeat(digits - 1)).matches()
        || pattern.matcher(sign + "9".repeat(digits)).matches();
  }
}
