package dev.formwork.schema.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.schema.model.FormworkConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The model index holds exactly what the annotations say, for every record and union of the config
 * model, and the build puts a current one next to the classes.
 */
class ModelIndexTest {

  /** Values that need escaping in the index, in every kind of rule. */
  @Doc("A record\twith a tab.")
  record Tricky(
      @Doc("line one\nline two \\ back-slash")
          @Default("-")
          @Pattern(regex = "\\d+\t", meaning = "-")
          String text,
      @Range(min = 1) int atLeastOne,
      @Range(max = 2.5) double atMostTwoAndAHalf,
      @KeyPattern(regex = "[a-z]+", maxLength = 64, meaning = "lower-case") Map<String, Nested> map,
      @YamlName("yaml-name") @Required String renamed,
      @NotSupported("Use \\-x instead.") Optional<String> unsupported,
      @Default("") List<Choice> empty) {}

  /** A record only reachable through a map. */
  record Nested(@Doc("-\\-") String value) {}

  /** A union with a variant and an unsupported tag. */
  @Union(
      discriminator = "kind",
      variants = {@Variant(name = "one", type = One.class)},
      notSupported = {"two", "-"})
  sealed interface Choice permits One {}

  /** The union's one variant. */
  record One(@Doc("") String value) implements Choice {}

  @Test
  void holdsWhatTheAnnotationsSayForEveryRecordAndUnionOfTheModel() throws IOException {
    assertMatchesAnnotations(FormworkConfig.class, 100);
  }

  @Test
  void escapesAndKeepsAbsentAndEmptyValuesApart() throws IOException {
    assertMatchesAnnotations(Tricky.class, 3);
  }

  @Test
  void theBuildWritesACurrentIndexNextToTheClasses() throws IOException {
    try (InputStream built = ModelIndex.class.getResourceAsStream(ModelIndex.RESOURCE)) {
      assertThat(built).as("model-index.tsv, written by the build (schema/pom.xml)").isNotNull();
      assertThat(new String(built.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(ModelIndexWriter.text(FormworkConfig.class));
    }
  }

  private static void assertMatchesAnnotations(Class<?> root, int atLeastRecords)
      throws IOException {
    String text = ModelIndexWriter.text(root);
    ModelIndex index =
        ModelIndex.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    List<String> records =
        text.lines().filter(line -> line.startsWith("record\t")).map(ModelIndexTest::name).toList();
    List<String> unions =
        text.lines().filter(line -> line.startsWith("union\t")).map(ModelIndexTest::name).toList();
    assertThat(records).hasSizeGreaterThanOrEqualTo(atLeastRecords);
    assertThat(unions).isNotEmpty();
    for (String name : records) {
      Class<?> type = load(name);
      assertThat(RecordShape.indexed(type, index.record(type).orElseThrow()))
          .as(name)
          .isEqualTo(RecordShape.annotated(type));
    }
    for (String name : unions) {
      Class<?> type = load(name);
      assertThat(index.union(type)).as(name).isEqualTo(UnionShape.annotated(type));
    }
  }

  private static String name(String line) {
    return line.split("\t", 3)[1];
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
