package dev.formwork.schema.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema committed at the repository root ({@code formwork.schema.json}) must equal the
 * one generated from the model; rewrite it with FORMWORK_UPDATE_GOLDEN=1 after changing the model.
 */
class CommittedSchemaTest {

  @Test
  void committedSchemaIsUpToDate() throws IOException {
    Path file = RepoRoot.resolve("formwork.schema.json");
    String generated = JsonWriter.pretty(JsonSchemaGenerator.generate());
    if ("1".equals(System.getenv("FORMWORK_UPDATE_GOLDEN"))) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(file) ? Files.readString(file) : "";
    assertEquals(
        committed,
        generated,
        "formwork.schema.json is stale: run FORMWORK_UPDATE_GOLDEN=1 mvn -pl schema test, or"
            + " ./formwork schema > formwork.schema.json");
  }
}
