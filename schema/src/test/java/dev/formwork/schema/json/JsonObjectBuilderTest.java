package dev.formwork.schema.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link JsonObject.Builder#putIfPresent} writes what {@code put} would, and skips empties. */
class JsonObjectBuilderTest {

  @Test
  void putsEachKindOfPresentValueAsPutWouldAndSkipsEmptyOnes() {
    JsonObject built =
        JsonObject.builder()
            .putIfPresent("Text", Optional.of("a"))
            .putIfPresent("Int", Optional.of(5))
            .putIfPresent("Long", Optional.of(6_000_000_000L))
            .putIfPresent("Flag", Optional.of(false))
            .putIfPresent("Json", Optional.of(JsonArray.of(new JsonString("b"))))
            .putIfPresent("Absent", Optional.empty())
            .build();
    assertEquals(
        "{\"Flag\":false,\"Int\":5,\"Json\":[\"b\"],\"Long\":6000000000,\"Text\":\"a\"}",
        JsonWriter.compact(built));
  }

  @Test
  void aValueThatIsNotJsonIsABug() {
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class,
            () -> JsonObject.builder().putIfPresent("Ratio", Optional.of(0.5)));
    assertEquals("Ratio is not a JSON value: Double", failure.getMessage());
  }
}
