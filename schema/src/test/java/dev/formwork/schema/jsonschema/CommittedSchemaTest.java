package dev.formwork.schema.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema committed at the repository root ({@code formwork.schema.json}) must equal the
 * one generated from the model; {@code scripts/golden update} rewrites it with the golden files
 * (through the same {@code -Dformwork.golden.update=true}).
 */
class CommittedSchemaTest {

  @Test
  void committedSchemaIsUpToDate() throws IOException {
    Path file = RepoRoot.resolve("formwork.schema.json");
    String generated = JsonWriter.pretty(JsonSchemaGenerator.generate());
    if (Boolean.getBoolean("formwork.golden.update")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(file) ? Files.readString(file) : "")
        .as(
            "formwork.schema.json is stale: run scripts/golden update, or ./formwork schema >"
                + " formwork.schema.json")
        .isEqualTo(generated);
  }
}
