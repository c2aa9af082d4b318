package dev.formwork.compiler.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One property of a function at a time, the edge cases of how the binder reads YAML scalars and
 * directives: the committed schema and the binder give the same verdict, the one written beside.
 */
class SchemaAgreesWithBinderTest {

  private static final String ACCEPTED = "accepted";
  private static final String REJECTED = "rejected";

  private final CommittedSchema schema = new CommittedSchema();

  static Stream<Arguments> properties() {
    return Stream.of(
        Arguments.of("memory: 512", ACCEPTED),
        Arguments.of("memory: \"512\"", ACCEPTED),
        Arguments.of("memory: $Var().memory", ACCEPTED),
        Arguments.of("memory:", ACCEPTED),
        Arguments.of("memory: 64", REJECTED),
        Arguments.of("memory: lots", REJECTED),
        Arguments.of("memory: [512]", REJECTED),
        Arguments.of("memory: $ResourceParam('api', 'arn')", REJECTED),
        Arguments.of("joinDefaultVpc: True", ACCEPTED),
        Arguments.of("joinDefaultVpc: \"true\"", ACCEPTED),
        Arguments.of("joinDefaultVpc: \"True\"", REJECTED),
        Arguments.of("runtime: $Var().runtime", ACCEPTED),
        Arguments.of("runtime: nodejs4.3", REJECTED),
        Arguments.of("aliases: [{name: PROD, version: 5}]", ACCEPTED),
        Arguments.of("aliases: [{name: PROD, version: latest}]", ACCEPTED),
        Arguments.of("aliases: [{name: PROD, version: 0}]", REJECTED),
        Arguments.of("aliases: [{name: PROD, version: 2.5}]", REJECTED),
        Arguments.of("aliases: [{name: \"12\", version: 1}]", REJECTED),
        Arguments.of("aliases: [{name: true, version: 1}]", ACCEPTED),
        Arguments.of(
            "environment: [{name: DB, value: \"$ResourceParam('api', 'arn')\"}]", ACCEPTED),
        Arguments.of("environment: [{name: 1DB, value: x}]", REJECTED),
        Arguments.of("events: [{type: iot, properties: {}}]", REJECTED),
        Arguments.of("events: [{type: schedule}]", REJECTED),
        Arguments.of(
            "events: [{type: schedule, properties: {scheduleRate: rate(1 hour)}}]", ACCEPTED),
        Arguments.of("cdn: {enabled: true}", REJECTED),
        // An unsupported property that asks for nothing passes both.
        Arguments.of("cdn: {}", ACCEPTED),
        Arguments.of("timout: 3", REJECTED));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("properties")
  void theSchemaAndTheBinderAgree(String property, String verdict, @TempDir Path folder)
      throws IOException {
    String config =
        "variables: {memory: 1024, runtime: nodejs22.x}\n"
            + "resources:\n"
            + "  api:\n"
            + "    type: function\n"
            + "    properties:\n"
            + "      packaging:\n"
            + "        type: stacktape-lambda-buildpack\n"
            + "        properties: {entryfilePath: src/api.ts}\n"
            + "      "
            + property
            + "\n";
    Path file = Files.writeString(folder.resolve("formwork.yml"), config);
    GoldenCase.Outcome outcome = new GoldenCase("agreement", folder, file, folder).compile();
    assertEquals(verdict, outcome.bound() ? ACCEPTED : REJECTED, outcome.diagnostics());
    assertEquals(
        verdict,
        schema.validate(config).orElseThrow().isEmpty() ? ACCEPTED : REJECTED,
        () -> schema.validate(config).orElseThrow().toString());
  }
}
