package dev.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.split.DeployedPlacement;
import dev.formwork.deployer.AwsClients;
import dev.formwork.deployer.DeployTarget;
import dev.formwork.deployer.DeployedTemplates;
import dev.formwork.deployer.testing.MotoServer;
import dev.formwork.deployer.testing.SharedMoto;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app over CloudFormation's 500 resources through the CLI against moto over HTTP (started with
 * the nested-stack output shim, see docs/deployer.md): deploy creates the root and its nested
 * stacks from uploaded nested templates; info, invoke and script-run find functions and resources
 * in the nested stacks; adding 10 functions and removing 5 moves no deployed function to another
 * stack; a code change uploads only the one nested template that changed; diff shows a nested
 * change under its stack; delete removes it all. invoke --local runs a function of a nested stack.
 */
class SplitDeployEndToEndTest {

  @TempDir Path project;

  private InProcessCli.Result run(String... args) {
    return InProcessCli.launched(project).run(args);
  }

  private static final String SCRIPT =
      """
      scripts:
        whereIs:
          type: local-script
          properties:
            executeCommand: echo "$STP_FN075_ARN" > fn075.txt
            connectTo: [fn075]
      """;

  @Test
  void deployInfoInvokeGrowShrinkChangeCodeDiffAndDelete() throws Exception {
    MotoServer moto = SharedMoto.get();
    moto.reset();
    String endpoint = moto.endpoint().toString();
    Files.createDirectories(project.resolve("src"));
    Files.writeString(
        project.resolve("src/handler.ts"), "export const handler = async () => ({ ok: true });\n");
    Files.writeString(
        project.resolve("src/special.ts"), "export const handler = async () => ({ v: 1 });\n");
    Files.writeString(project.resolve("formwork.yml"), SplitAppCliTest.config(0, 80) + SCRIPT);
    String[] target = {"--stage", "dev", "--region", "eu-west-1", "--endpoint-url", endpoint};

    InProcessCli.Result created = run(concat(new String[] {"deploy", "--yes"}, target));
    assertThat(created.exitCode()).as(created.all()).isZero();
    assertThat(created.all())
        .contains("Nested templates: 2 uploaded, 0 already in")
        .contains("CREATE_COMPLETE");
    Map<String, String> before = placement(moto);
    assertThat(before).containsKeys("fn000", "fn079", "fn000Queue");
    assertThat(before.get("fn000Queue"))
        .as("a queue only fn000 uses")
        .isEqualTo(before.get("fn000"));

    InProcessCli.Result info = run(concat(new String[] {"info"}, target));
    assertThat(info.exitCode()).as(info.all()).isZero();
    assertThat(info.out())
        .contains("Resources of nested stack " + before.get("fn079") + ":")
        .contains("Fn079Function (AWS::Lambda::Function)")
        .contains("arn = arn:aws:lambda:eu-west-1:123456789012:function:big-dev-fn079");

    InProcessCli.Result invoked = run(concat(new String[] {"invoke", "fn079"}, target));
    assertThat(invoked.exitCode()).as(invoked.all()).isZero();

    InProcessCli.Result local =
        run("invoke", "fn079", "--local", "--stage", "dev", "--region", "eu-west-1");
    assertThat(local.exitCode()).as(local.all()).isZero();
    assertThat(local.out()).contains("\"ok\":true");

    InProcessCli.Result script = run(concat(new String[] {"script-run", "whereIs"}, target));
    assertThat(script.exitCode()).as(script.all()).isZero();
    assertThat(Files.readString(project.resolve("fn075.txt")))
        .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:big-dev-fn075\n");

    // Ten more functions, five fewer: nothing deployed moves.
    String[] removed = {"fn003", "fn017", "fn033", "fn050", "fn071"};
    Files.writeString(
        project.resolve("formwork.yml"), SplitAppCliTest.config(0, 90, removed) + SCRIPT);
    InProcessCli.Result grown = run(concat(new String[] {"deploy", "--yes"}, target));
    assertThat(grown.exitCode()).as(grown.all()).isZero();
    Map<String, String> after = placement(moto);
    before.forEach(
        (unit, stack) -> {
          if (Arrays.stream(removed).noneMatch(unit::startsWith)) {
            assertThat(after.get(unit)).as(unit).isEqualTo(stack);
          } else {
            assertThat(after).as("removed %s", unit).doesNotContainKey(unit);
          }
        });
    assertThat(after).containsKeys("fn080", "fn089");

    // diff shows a change inside a nested stack under that stack.
    Files.writeString(
        project.resolve("formwork.yml"), SplitAppCliTest.config(0, 90, 256, removed) + SCRIPT);
    InProcessCli.Result diff = run(concat(new String[] {"diff"}, target));
    assertThat(diff.exitCode()).as(diff.all()).isZero();
    assertThat(diff.out())
        .contains("Nested stack " + after.get("fn075") + ":")
        .contains("~ Fn075Function (AWS::Lambda::Function)  from resources.fn075")
        .contains("Properties.MemorySize (memory): 128 -> 256");
    InProcessCli.Result diffJson = run(concat(new String[] {"diff", "--output", "json"}, target));
    assertThat(diffJson.exitCode()).as(diffJson.all()).isZero();
    JsonObject nestedDiff =
        (JsonObject)
            ((JsonObject)
                    ((JsonObject) JsonParser.parse(diffJson.out()))
                        .get("nestedStacks")
                        .orElseThrow())
                .get(after.get("fn075"))
                .orElseThrow();
    assertThat(JsonWriter.compact(nestedDiff))
        .contains("\"logicalId\":\"Fn075Function\"")
        .contains("\"configResource\":\"resources.fn075\"");
    Files.writeString(
        project.resolve("formwork.yml"), SplitAppCliTest.config(0, 90, removed) + SCRIPT);

    // New code for fn007: one artifact and the one nested template that holds it are uploaded.
    Files.writeString(
        project.resolve("src/special.ts"), "export const handler = async () => ({ v: 2 });\n");
    InProcessCli.Result changed = run(concat(new String[] {"deploy", "--yes"}, target));
    assertThat(changed.exitCode()).as(changed.all()).isZero();
    assertThat(changed.all())
        .contains("Artifacts: 1 uploaded")
        .containsPattern("Nested templates: 1 uploaded, [1-9] already in")
        .contains("~ " + after.get("fn007") + " (AWS::CloudFormation::Stack)");

    InProcessCli.Result again = run(concat(new String[] {"deploy", "--yes"}, target));
    assertThat(again.exitCode()).as(again.all()).isZero();
    assertThat(again.all()).contains("Nested templates: 0 uploaded").contains("No changes");

    InProcessCli.Result deleted = run(concat(new String[] {"delete", "--yes"}, target));
    assertThat(deleted.exitCode()).as(deleted.all()).isZero();
    assertThat(deleted.all()).contains("is deleted");
    assertThat(run(concat(new String[] {"info"}, target)).exitCode()).isEqualTo(3);
  }

  /** The nested stack of every unit, as the deployed root template records it. */
  private static Map<String, String> placement(MotoServer moto) throws Exception {
    try (AwsClients aws =
        AwsClients.create(DeployTarget.of("big-dev", "eu-west-1", moto.endpoint()))) {
      DeployedPlacement placement =
          DeployedPlacement.fromRootTemplate(
              JsonParser.parse(new DeployedTemplates(aws).root().orElseThrow()));
      Map<String, String> stackOfUnit = new TreeMap<>();
      placement
          .nestedUnits()
          .forEach((stack, units) -> units.forEach(u -> stackOfUnit.put(u, stack)));
      return stackOfUnit;
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
