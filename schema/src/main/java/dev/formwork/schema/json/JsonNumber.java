package dev.formwork.schema.json;

import java.math.BigDecimal;
import java.util.Objects;

/** A JSON number, kept exactly as a BigDecimal; integers are written without a fraction. */
public record JsonNumber(BigDecimal value) implements JsonValue {
  public JsonNumber {
    Objects.requireNonNull(value, "value");
  }

  public static JsonNumber of(long number) {
    return new JsonNumber(BigDecimal.valueOf(number));
  }

  public static JsonNumber of(double number) {
    return new JsonNumber(BigDecimal.valueOf(number));
  }

  /** The canonical text: no exponent, no trailing zeros ({@code 1.50} is written {@code 1.5}). */
  public String text() {
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.toPlainString();
  }

  public boolean isIntegral() {
    return value.stripTrailingZeros().scale() <= 0;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonNumber number && number.value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }
}
