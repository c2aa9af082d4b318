package dev.formwork.schema.artifact;

import dev.formwork.schema.io.TempSiblings;
import dev.formwork.schema.json.JsonNumber;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParseException;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.json.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The packager's output and the compiler's and deployer's input: every artifact by resource name.
 * Written as deterministic JSON ({@code manifest.json}) next to the zips.
 */
public record ArtifactManifest(Map<String, Artifact> artifacts) {

  public static final String FILE_NAME = "manifest.json";
  private static final int FORMAT_VERSION = 1;

  public ArtifactManifest {
    artifacts = Collections.unmodifiableSortedMap(new TreeMap<>(artifacts));
  }

  public static ArtifactManifest empty() {
    return new ArtifactManifest(Map.of());
  }

  public Optional<Artifact> find(String resourceName) {
    return Optional.ofNullable(artifacts.get(resourceName));
  }

  public JsonObject toJson() {
    JsonObject.Builder entries = JsonObject.builder();
    artifacts.forEach(
        (name, artifact) ->
            entries.put(
                name,
                JsonObject.builder()
                    .put("kind", artifact.kind().name().toLowerCase(Locale.ROOT))
                    .put("sha256", artifact.sha256())
                    .put("file", artifact.file())
                    .put("s3Key", artifact.s3Key())
                    .put("zippedBytes", artifact.zippedBytes())
                    .put("unzippedBytes", artifact.unzippedBytes())
                    .build()));
    return JsonObject.builder()
        .put("formatVersion", FORMAT_VERSION)
        .put("artifacts", entries.build())
        .build();
  }

  public static ArtifactManifest fromJson(JsonValue json) throws JsonParseException {
    if (!(json instanceof JsonObject root)
        || !(root.get("artifacts").orElse(null) instanceof JsonObject entries)) {
      throw new JsonParseException("an artifact manifest needs an \"artifacts\" object", 1, 1);
    }
    Map<String, Artifact> artifacts = new TreeMap<>();
    for (Map.Entry<String, JsonValue> entry : entries.members().entrySet()) {
      if (!(entry.getValue() instanceof JsonObject fields)) {
        throw new JsonParseException("artifact \"" + entry.getKey() + "\" must be an object", 1, 1);
      }
      artifacts.put(
          entry.getKey(),
          new Artifact(
              entry.getKey(),
              ArtifactKind.valueOf(text(fields, "kind").toUpperCase(Locale.ROOT)),
              text(fields, "sha256"),
              text(fields, "file"),
              number(fields, "zippedBytes"),
              number(fields, "unzippedBytes")));
    }
    return new ArtifactManifest(artifacts);
  }

  private static String text(JsonObject fields, String key) throws JsonParseException {
    if (fields.get(key).orElse(null) instanceof JsonString string) {
      return string.value();
    }
    throw new JsonParseException("artifact field \"" + key + "\" must be a string", 1, 1);
  }

  private static long number(JsonObject fields, String key) throws JsonParseException {
    if (fields.get(key).orElse(null) instanceof JsonNumber number) {
      return number.value().longValueExact();
    }
    throw new JsonParseException("artifact field \"" + key + "\" must be a number", 1, 1);
  }

  public static ArtifactManifest read(Path file) throws IOException, JsonParseException {
    return fromJson(JsonParser.parse(Files.readString(file, StandardCharsets.UTF_8)));
  }

  /** Writes atomically (temp file + move), so a failed run never leaves a half-written manifest. */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = TempSiblings.file(parent, ".manifest", ".tmp");
    Files.writeString(temp, JsonWriter.pretty(toJson()), StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
