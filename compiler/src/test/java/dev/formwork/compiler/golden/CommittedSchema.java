package dev.formwork.compiler.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The {@code formwork.schema.json} committed at the repository root, applied to YAML configs read
 * with the YAML 1.2 core schema (as formwork and yaml-language-server read them).
 */
final class CommittedSchema {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Schema schema;

  CommittedSchema() {
    try {
      JsonNode committed = JSON.readTree(RepoRoot.resolve("formwork.schema.json").toFile());
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(committed);
    } catch (IOException unreadable) {
      throw new IllegalStateException("cannot read formwork.schema.json", unreadable);
    }
  }

  /** The schema errors of a config file, or empty when it is not YAML a schema applies to. */
  Optional<List<Error>> validate(Path config) throws IOException {
    return validate(Files.readString(config));
  }

  /** The schema errors of config text, or empty when it is not YAML a schema applies to. */
  Optional<List<Error>> validate(String config) {
    Object document;
    try {
      document =
          new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
              .loadFromString(config);
    } catch (YamlEngineException notYaml) {
      return Optional.empty();
    }
    return Optional.of(schema.validate(JSON.valueToTree(document)));
  }
}
