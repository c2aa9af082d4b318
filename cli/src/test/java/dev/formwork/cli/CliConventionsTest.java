package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conventions users bring from the AWS CLI, Serverless and Stacktape: help and examples,
 * did-you-mean, aliases, completion, versions, colour rules, and where stage and region come from.
 */
class CliConventionsTest {

  static final String CONFIG =
      """
      serviceName: shop
      resources:
        orders:
          type: sqs-queue
          properties:
            fifoEnabled: maybe
      cloudformationResources:
        Where:
          Type: AWS::SSM::Parameter
          Properties:
            Type: String
            Value: $Format('{}-in-{}', $Stage(), $Region())
      """;

  @TempDir Path dir;

  @BeforeEach
  void project() throws IOException {
    Files.writeString(
        dir.resolve("formwork.yml"), CONFIG.replace("fifoEnabled: maybe", "fifoEnabled: false"));
  }

  private InProcessCli.Result run(String... args) {
    return InProcessCli.in(dir).run(args);
  }

  @Test
  void helpListsEveryCommandAndEachCommandHasAnExampleAndOnlyItsOwnOptions() {
    InProcessCli.Result help = run("help");
    assertEquals(0, help.exitCode());
    for (CommandRegistry.Entry entry : CommandRegistry.ALL) {
      assertTrue(help.out().contains("  " + entry.name() + " "), entry.name() + "\n" + help.out());
    }
    assertTrue(help.out().contains("Also: destroy, remove."), help.out());
    assertEquals(help.out(), run("--help").out(), "`help` and `--help` agree");

    for (CommandRegistry.Entry entry : CommandRegistry.ALL) {
      InProcessCli.Result usage = run("help", entry.name());
      assertEquals(0, usage.exitCode(), entry.name());
      assertTrue(usage.out().startsWith("Usage: formwork " + entry.name()), usage.out());
      assertTrue(usage.out().contains("Example"), entry.name() + " has an example");
      assertEquals(usage.out(), run(entry.name(), "--help").out());
    }
    String delete = run("delete", "--help").out();
    assertFalse(delete.contains("--manifest"), delete);
    assertTrue(delete.contains("-p, --profile"), delete);
    String preview = run("preview", "--help").out();
    assertFalse(preview.contains("--yes"), preview);
    assertTrue(preview.contains("--output"), preview);
    assertTrue(run("deploy", "--help").out().contains("-y, --yes"));
    String compile = run("compile", "--help").out();
    assertFalse(compile.contains("--profile") || compile.contains("--endpoint-url"), compile);
    assertTrue(compile.contains("-s, --stage") && compile.contains("-r, --region"), compile);
  }

  @Test
  void mistypedCommandsAndOptionsGetADidYouMean() {
    InProcessCli.Result command = run("deploi", "-s", "dev");
    assertEquals(2, command.exitCode());
    assertEquals(
        "error[cli.unknown-command]: 'deploi' is not a formwork command.\n"
            + "  = hint: Did you mean 'deploy'? Run `formwork help` for the list of commands.\n",
        command.err());
    InProcessCli.Result option = run("compile", "--stag", "dev", "-r", "eu-west-1");
    assertEquals(2, option.exitCode());
    assertEquals(
        "error[cli.unknown-option]: `formwork compile` has no option '--stag'.\n"
            + "  = hint: Did you mean '--stage'? Run `formwork compile --help` for its options.\n",
        option.err());
    InProcessCli.Result help = run("help", "delet");
    assertEquals(2, help.exitCode());
    assertTrue(help.err().contains("Did you mean 'delete'?"), help.err());
  }

  @Test
  void destroyAndRemoveAreDelete() {
    for (String alias : List.of("destroy", "remove")) {
      InProcessCli.Result help = run(alias, "--help");
      assertEquals(0, help.exitCode());
      assertTrue(help.out().contains("Empty the stack's buckets, then delete it."), help.out());
    }
  }

  @Test
  void versionNamesEveryComponent() {
    InProcessCli.Result version = run("--version");
    assertEquals(0, version.exitCode());
    List<String> lines = version.out().lines().toList();
    assertTrue(lines.get(0).matches("formwork \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
    assertTrue(lines.get(1).matches("  AWS SDK for Java 2\\.\\d+\\.\\d+"), lines.get(1));
    assertTrue(lines.get(2).startsWith("  esbuild 0.28.2 "), lines.get(2));
    assertTrue(lines.get(3).startsWith("  picocli 4."), lines.get(3));
    assertTrue(lines.get(4).startsWith("  Java 17"), lines.get(4));
  }

  @Test
  void theBashCompletionScriptCompletesCommandsAliasesAndOptions() throws Exception {
    InProcessCli.Result script = run("completion", "bash");
    assertEquals(0, script.exitCode(), script.err());
    Path file = dir.resolve("formwork-completion.bash");
    Files.writeString(file, script.out());
    assertEquals(List.of("delete", "deploy", "destroy", "dev"), complete(file, "formwork de"));
    assertTrue(complete(file, "formwork deploy --pro").contains("--profile"));
    assertTrue(complete(file, "formwork completion ").containsAll(List.of("bash", "zsh")));
    InProcessCli.Result zsh = run("completion", "zsh");
    assertTrue(
        zsh.out().startsWith("#!/usr/bin/env zsh\n# formwork completion for zsh"),
        zsh.out().lines().findFirst().get());
    assertTrue(zsh.out().contains("bashcompinit"), "it turns on zsh's bash completion");
  }

  /** What real bash offers after sourcing the script, for the words typed so far. */
  private List<String> complete(Path script, String typed) throws Exception {
    String words = typed.endsWith(" ") ? typed + "''" : typed;
    String probe =
        "source "
            + script
            + "\nCOMP_WORDS=("
            + words
            + ")\nCOMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\nCOMP_LINE='"
            + typed
            + "'\nCOMP_POINT=${#COMP_LINE}\n_complete_formwork formwork\nprintf '%s\\n'"
            + " \"${COMPREPLY[@]}\" | sort\n";
    Process bash = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(true).start();
    assertTrue(bash.waitFor(20, TimeUnit.SECONDS));
    return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .lines()
        .filter(line -> !line.isBlank())
        .toList();
  }

  @Test
  void diagnosticsAreColouredOnATerminalAndPlainOtherwise() throws IOException {
    Files.writeString(dir.resolve("formwork.yml"), CONFIG);
    String[] args = {"validate", "-s", "dev", "-r", "eu-west-1"};
    InProcessCli terminal = InProcessCli.in(dir).onTerminal();
    String coloured = terminal.run(args).err();
    assertTrue(coloured.contains("\u001b[1;31merror[config.wrong-type]\u001b[0m"), coloured);
    assertTrue(coloured.contains("\u001b[1;31m^^^^^\u001b[0m"), coloured);
    for (InProcessCli.Result plain :
        List.of(
            terminal.withEnv(Map.of("NO_COLOR", "1")).run(args),
            terminal.withEnv(Map.of("CI", "true")).run(args),
            terminal.withEnv(Map.of("TERM", "dumb")).run(args),
            terminal.run("validate", "-s", "dev", "-r", "eu-west-1", "--no-color"),
            InProcessCli.in(dir).run(args))) {
      assertEquals(1, plain.exitCode());
      assertTrue(plain.err().contains("error[config.wrong-type]"), plain.err());
      assertFalse(plain.err().contains("\u001b["), plain.err());
    }
  }

  @Test
  void stageAndRegionComeFromFlagsThenEnvironmentThenConfigAndProfile() throws IOException {
    InProcessCli.Result none = run("compile", "-r", "eu-west-1");
    assertEquals(2, none.exitCode());
    assertTrue(none.err().startsWith("error[cli.usage]: No stage:"), none.err());
    assertTrue(none.err().contains("`defaultStage: dev`"), none.err());

    InProcessCli fromEnv =
        InProcessCli.in(dir)
            .withEnv(Map.of("FORMWORK_STAGE", "qa", "AWS_DEFAULT_REGION", "us-east-2"));
    InProcessCli.Result env = fromEnv.run("compile");
    assertEquals(0, env.exitCode(), env.err());
    assertTrue(env.out().contains("\"qa-in-us-east-2\""), "FORMWORK_STAGE, AWS_DEFAULT_REGION");
    InProcessCli.Result flags = fromEnv.run("compile", "-s", "prod", "-r", "eu-west-1");
    assertTrue(flags.out().contains("\"prod-in-eu-west-1\""), "flags win over the environment");
    InProcessCli.Result both =
        InProcessCli.in(dir)
            .withEnv(
                Map.of(
                    "FORMWORK_STAGE",
                    "qa",
                    "AWS_REGION",
                    "eu-south-1",
                    "AWS_DEFAULT_REGION",
                    "us-east-2"))
            .run("compile");
    assertTrue(both.out().contains("\"qa-in-eu-south-1\""), "AWS_REGION before AWS_DEFAULT_REGION");

    Files.writeString(
        dir.resolve("formwork.yml"),
        "defaultStage: staging\n" + Files.readString(dir.resolve("formwork.yml")));
    InProcessCli.Result configured =
        InProcessCli.in(dir).withEnv(Map.of("AWS_REGION", "eu-north-1")).run("compile");
    assertEquals(0, configured.exitCode(), configured.err());
    assertTrue(configured.out().contains("\"staging-in-eu-north-1\""), "stage from defaultStage");

    // Last, the region of the AWS profile in effect (AWS_PROFILE here), read from the AWS config.
    Path awsConfig = dir.resolve("aws-config");
    Files.writeString(
        awsConfig, "[default]\nregion = ca-central-1\n[profile team]\nregion = ap-south-1\n");
    String saved = System.getProperty("aws.configFile");
    System.setProperty("aws.configFile", awsConfig.toString());
    try {
      InProcessCli.Result team =
          InProcessCli.in(dir).withEnv(Map.of("AWS_PROFILE", "team")).run("compile");
      assertTrue(team.out().contains("\"staging-in-ap-south-1\""), team.all());
      InProcessCli.Result fallback = InProcessCli.in(dir).run("compile");
      assertTrue(fallback.out().contains("\"staging-in-ca-central-1\""), fallback.all());
    } finally {
      if (saved == null) {
        System.clearProperty("aws.configFile");
      } else {
        System.setProperty("aws.configFile", saved);
      }
    }

    InProcessCli.Result badRegion =
        InProcessCli.in(dir).withEnv(Map.of("AWS_REGION", "Europe")).run("compile");
    assertEquals(2, badRegion.exitCode());
    assertTrue(
        badRegion.err().startsWith("error[cli.usage]: The region 'Europe' (AWS_REGION) is not"),
        badRegion.err());
  }

  @Test
  void missingAndUnwritableFilesAreUsageErrorsWithoutTraces() throws IOException {
    InProcessCli.Result event =
        run(
            "invoke",
            "orders",
            "-s",
            "dev",
            "-r",
            "eu-west-1",
            "--local",
            "--event",
            "/missing.json");
    assertEquals(2, event.exitCode(), event.all());
    AwsFailureMatrixTest.assertOneFailureLine(
        event, "error[cli.file]: Cannot read the event file /missing.json: no such file");

    Files.writeString(dir.resolve("blocker"), "a file, not a folder");
    InProcessCli.Result out =
        run("compile", "-s", "dev", "-r", "eu-west-1", "--out", "blocker/template.json");
    assertEquals(2, out.exitCode(), out.all());
    AwsFailureMatrixTest.assertOneFailureLine(
        out,
        "error[cli.file]: --out blocker/template.json cannot be written: "
            + dir.resolve("blocker").toAbsolutePath().normalize()
            + " is a file.");

    InProcessCli.Result config = run("validate", "-s", "dev", "-r", "eu-west-1", "-c", "nope.yml");
    assertEquals(2, config.exitCode());
    AwsFailureMatrixTest.assertOneFailureLine(
        config, "error[cli.file]: The config file nope.yml does not exist.");

    InProcessCli.Result url =
        run("info", "-s", "dev", "-r", "eu-west-1", "--endpoint-url", "notaurl");
    assertEquals(2, url.exitCode());
  }

  @Test
  void optionsThatDoNothingTogetherAreRefused() {
    InProcessCli.Result secrets =
        run("invoke", "orders", "-s", "dev", "-r", "eu-west-1", "--resolve-secrets");
    assertEquals(2, secrets.exitCode());
    assertTrue(
        secrets.err().contains("--resolve-secrets applies to --local runs only."), secrets.err());
    InProcessCli.Result async =
        run("invoke", "orders", "-s", "dev", "-r", "eu-west-1", "--local", "--async");
    assertEquals(2, async.exitCode());
    assertTrue(async.err().contains("--async applies to invocations in AWS"), async.err());
  }
}
