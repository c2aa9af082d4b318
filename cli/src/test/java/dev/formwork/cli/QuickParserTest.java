package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.aws.AwsSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@link QuickParser} reads compile, validate and package without picocli: it must know exactly the
 * options picocli knows, read every argument list it accepts to the same values, and leave
 * everything else (with its messages) to picocli.
 */
class QuickParserTest {

  private final CliContext context =
      CliContext.create(
          Path.of("."),
          OutputStream.nullOutputStream(),
          OutputStream.nullOutputStream(),
          Map.of(),
          false,
          AwsSettings.DEFAULT);

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"compile", "validate", "package"})
  void knowsExactlyTheOptionsOfTheCommandsAnnotationsButHelp(String name) {
    Set<String> picocli = new TreeSet<>();
    for (OptionSpec option : spec(viaPicocli(name, List.of())).options()) {
      if (!option.usageHelp()) {
        picocli.addAll(Arrays.asList(option.names()));
      }
    }
    assertEquals(picocli, new TreeSet<>(QuickCommands.parser(name).orElseThrow().names()));
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("compile", List.of()),
        Arguments.of("compile", List.of("-s", "dev", "-r", "eu-west-1")),
        Arguments.of(
            "compile",
            List.of(
                "--stage=dev",
                "--region=eu-west-1",
                "--config",
                "app/formwork.yml",
                "--out",
                "build/template.json",
                "--format",
                "yaml")),
        Arguments.of(
            "compile",
            List.of("--format", "YAML", "--error-format", "JSON", "--no-color", "--debug")),
        Arguments.of(
            "compile",
            List.of(
                "--arg",
                "a=b",
                "--arg",
                "c=d=e",
                "--arg=a=z",
                "--project-name",
                "shop",
                "--manifest",
                "m.json")),
        Arguments.of("compile", List.of("-c", "my app/formwork.yml", "-s", "dev")),
        Arguments.of(
            "validate", List.of("-s", "dev", "--error-format", "json", "--manifest", "m.json")),
        Arguments.of(
            "package",
            List.of(
                "-o",
                "json",
                "--offline",
                "--run-tests",
                "--out",
                "build",
                "--cache",
                "c",
                "-s",
                "dev")),
        Arguments.of("package", List.of("--output=JSON", "--project-name=shop")));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void readsWhatItAcceptsToTheValuesPicocliReads(String name, List<String> args) {
    FormworkCommand quick = QuickCommands.parse(command(name, args), context).orElseThrow();
    assertEquals(values(viaPicocli(name, args)), values(quick), String.join(" ", args));
  }

  static Stream<Arguments> declined() {
    return Stream.of(
            List.of("--help"),
            List.of("-h"),
            List.of("--version"),
            List.of("--stag", "dev"),
            List.of("-sdev"),
            List.of("-s=dev"),
            List.of("--stage"),
            List.of("--stage", "-x"),
            List.of("--stage", "--region"),
            List.of("--stage="),
            List.of("-s", "a", "-s", "b"),
            List.of("--debug", "--debug"),
            List.of("--debug=true"),
            List.of("@args.txt"),
            List.of("--config", "@args.txt"),
            List.of("extra"),
            List.of("--"),
            List.of("--format", "xml"),
            List.of("--error-format", "jsön"),
            List.of("--out", "a\u0000b"),
            List.of("--arg", "novalue"),
            List.of("--arg", "=v"),
            List.of("--arg", "k="),
            List.of("--arg", "k=\"v\""),
            List.of("--output", "json"))
        .map(args -> Arguments.of(args));
  }

  @ParameterizedTest
  @MethodSource("declined")
  void leavesEverythingElseToPicocli(List<String> args) {
    assertTrue(QuickCommands.parse(command("compile", args), context).isEmpty());
  }

  @Test
  void packageFlagsAreGivenOnce() {
    assertTrue(
        QuickCommands.parse(command("package", List.of("--offline", "--offline")), context)
            .isEmpty());
  }

  @Test
  void otherCommandsAreLeftToPicocli() {
    assertTrue(QuickCommands.parse(new String[] {"deploy", "-s", "dev"}, context).isEmpty());
  }

  @Test
  void aRunReadByEitherParserPrintsTheSameBytes() throws IOException {
    Files.writeString(
        dir.resolve("formwork.yml"),
        """
        serviceName: shop
        resources:
          orders:
            type: sqs-queue
          broken:
            type: sqs-queue
            properties:
              fifoEnabled: maybe
        """);
    InProcessCli cli = InProcessCli.in(dir);
    // "-sdev" is read by picocli only; "-s dev" by the quick parser.
    InProcessCli.Result picocli = cli.run("validate", "-sdev", "-r", "eu-west-1");
    InProcessCli.Result quick = cli.run("validate", "-s", "dev", "-r", "eu-west-1");
    assertEquals(1, quick.exitCode());
    assertEquals(picocli, quick);
    Files.writeString(
        dir.resolve("formwork.yml"),
        "serviceName: shop\nresources:\n  orders:\n    type: sqs-queue\n");
    picocli = cli.run("compile", "-sdev", "-r", "eu-west-1", "--format", "yaml");
    quick = cli.run("compile", "-s", "dev", "-r", "eu-west-1", "--format", "yaml");
    assertEquals(0, quick.exitCode());
    assertEquals(picocli, quick);
  }

  private static String[] command(String name, List<String> args) {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(args);
    return all.toArray(String[]::new);
  }

  private Object viaPicocli(String name, List<String> args) {
    Object command = CommandRegistry.find(name).orElseThrow().factory().apply(context);
    new CommandLine(command)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .parseArgs(args.toArray(String[]::new));
    return command;
  }

  private static CommandSpec spec(Object command) {
    return CommandSpec.forAnnotatedObject(command);
  }

  /** Every option's value, by its longest name. */
  private static Map<String, Object> values(Object command) {
    Map<String, Object> values = new TreeMap<>();
    for (OptionSpec option : spec(command).options()) {
      Object value = option.getValue();
      values.put(option.longestName(), value == null ? "(none)" : value);
    }
    return values;
  }
}
