package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secrets guarantee, end to end: a known fake secret value (the canary) sits in the process
 * environment and in files next to the config, as a developer's secret store would, while the
 * config uses $Secret() in environment variables, tags, raw CloudFormation properties and (in the
 * failing variant) an output. The canary must reach no template, no diagnostic (text or JSON), no
 * artifact and no CLI output of compile, validate or package, whether the run succeeds or fails.
 */
class SecretCanaryTest {

  private static final String CANARY = "ZZ_CANARY_7f3a9c1e5b2d_DO_NOT_LEAK";
  private static final String CANARY_VARIABLE = "FORMWORK_CANARY_SECRET";

  private static final String CONFIG =
      """
      serviceName: vault
      resources:
        api:
          type: function
          properties:
            packaging:
              type: stacktape-lambda-buildpack
              properties:
                entryfilePath: src/app.py
            environment:
              - name: DB_PASSWORD
                value: $Secret('vault/db.password')
              - name: STRIPE_KEY
                value: $Secret('FORMWORK_CANARY_SECRET')
            tags:
              - name: owner-token
                value: $Secret('vault/tags.owner')
      cloudformationResources:
        ApiKeyParameter:
          Type: AWS::SSM::Parameter
          Properties:
            Type: String
            Value: $Secret('vault/api.key')
      """;

  /** The same config with a $Secret() in a stack output, which is a compile error. */
  private static final String FAILING_CONFIG =
      CONFIG
          + """
          stackConfig:
            outputs:
              - name: LeakedKey
                value: $Secret('vault/api.key')
          """;

  @TempDir Path dir;

  /** What one CLI process printed and wrote. */
  record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void plantTheCanary() throws IOException {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/app.py"), "def handler(event, context):\n    return {}\n");
    // Where secret stores commonly live next to a config: none of them is read by $Secret().
    Files.writeString(
        dir.resolve(".env"), CANARY_VARIABLE + "=" + CANARY + "\nSTRIPE_KEY=" + CANARY + "\n");
    Files.writeString(
        dir.resolve("secrets.json"), "{\"vault/db\": {\"password\": \"" + CANARY + "\"}}\n");
    Files.writeString(dir.resolve(".secrets.yml"), "vault/api:\n  key: " + CANARY + "\n");
  }

  @Test
  void compileValidateAndPackageNeverPrintOrWriteTheCanary() throws Exception {
    Files.writeString(dir.resolve("formwork.yml"), CONFIG);
    List<Run> runs = new ArrayList<>();
    Run compiled =
        cli("compile", "--stage", "dev", "--region", "eu-west-1", "--out", "build/template.json");
    assertEquals(0, compiled.exitCode(), compiled.err());
    runs.add(compiled);
    runs.add(cli("compile", "--stage", "dev", "--region", "eu-west-1"));
    runs.add(cli("compile", "--stage", "dev", "--region", "eu-west-1", "--format", "yaml"));
    runs.add(cli("validate", "--stage", "dev", "--region", "eu-west-1"));
    runs.add(cli("validate", "--stage", "dev", "--region", "eu-west-1", "--error-format", "json"));
    Run packaged = cli("package", "--stage", "dev", "--region", "eu-west-1");
    assertEquals(0, packaged.exitCode(), packaged.err());
    runs.add(packaged);

    String template = Files.readString(dir.resolve("build/template.json"));
    // The secrets are in the template, as references CloudFormation resolves at deploy time.
    assertTrue(
        template.contains("{{resolve:secretsmanager:vault/db:SecretString:password}}"), template);
    assertTrue(template.contains("{{resolve:secretsmanager:FORMWORK_CANARY_SECRET}}"), template);
    assertTrue(
        template.contains("{{resolve:secretsmanager:vault/tags:SecretString:owner}}"), template);
    assertTrue(
        template.contains("{{resolve:secretsmanager:vault/api:SecretString:key}}"), template);
    assertNoCanary(runs);
    assertNoCanaryInWrittenFiles();
  }

  @Test
  void failingCompilesReportDiagnosticsWithoutTheCanary() throws Exception {
    Files.writeString(dir.resolve("formwork.yml"), FAILING_CONFIG);
    List<Run> runs = new ArrayList<>();
    Run text = cli("validate", "--stage", "dev", "--region", "eu-west-1");
    Run json = cli("validate", "--stage", "dev", "--region", "eu-west-1", "--error-format", "json");
    Run compile =
        cli("compile", "--stage", "dev", "--region", "eu-west-1", "--out", "build/template.json");
    runs.add(text);
    runs.add(json);
    runs.add(compile);
    assertEquals(1, text.exitCode());
    assertEquals(1, compile.exitCode());
    assertTrue(text.err().contains("security.dynamic-reference-in-output"), text.err());
    assertTrue(json.err().contains("security.dynamic-reference-in-output"), json.err());
    assertFalse(Files.exists(dir.resolve("build/template.json")), "nothing is written on error");
    assertNoCanary(runs);
    assertNoCanaryInWrittenFiles();
  }

  @Test
  void thePlaintextSecretWarningNamesTheVariableButNotItsValue() throws Exception {
    Files.writeString(
        dir.resolve("formwork.yml"),
        CONFIG.replace(
            "      environment:\n",
            "      environment:\n        - name: ADMIN_PASSWORD\n          value: "
                + CANARY
                + "\n"));
    Run text = cli("validate", "--stage", "dev", "--region", "eu-west-1");
    Run json = cli("validate", "--stage", "dev", "--region", "eu-west-1", "--error-format", "json");
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(
        text.err().contains("security.plaintext-secret") && text.err().contains("ADMIN_PASSWORD"),
        text.err());
    assertTrue(json.err().contains("security.plaintext-secret"), json.err());
    assertNoCanary(List.of(text, json));
  }

  /**
   * A password and an API key written in plain text, as Stacktape accepts them: they become NoEcho
   * template parameters that deploy supplies, so the canary is still in no template, diagnostic or
   * artifact.
   */
  @Test
  void plainTextPasswordsAndKeysBecomeNoEchoParametersAndAreNeverPrinted() throws Exception {
    Files.writeString(
        dir.resolve("formwork.yml"),
        """
        serviceName: vault
        providerConfig:
          upstash:
            accountEmail: ops@example.com
            apiKey: %1$s
        resources:
          api:
            type: function
            properties:
              packaging:
                type: stacktape-lambda-buildpack
                properties:
                  entryfilePath: src/app.py
              connectTo: [mainDb, cache]
              joinDefaultVpc: true
          mainDb:
            type: relational-database
            properties:
              credentials:
                masterUserPassword: %1$s
              engine:
                type: postgres
          cache:
            type: upstash-redis
        """
            .formatted(CANARY));
    List<Run> runs = new ArrayList<>();
    Run compiled =
        cli("compile", "--stage", "dev", "--region", "eu-west-1", "--out", "build/template.json");
    assertEquals(0, compiled.exitCode(), compiled.err());
    runs.add(compiled);
    runs.add(cli("validate", "--stage", "dev", "--region", "eu-west-1"));
    runs.add(cli("validate", "--stage", "dev", "--region", "eu-west-1", "--error-format", "json"));
    Run packaged = cli("package", "--stage", "dev", "--region", "eu-west-1");
    assertEquals(0, packaged.exitCode(), packaged.err());
    runs.add(packaged);
    assertTrue(compiled.err().contains("security.plain-text-secret-parameter"), compiled.err());
    String template = Files.readString(dir.resolve("build/template.json"));
    assertTrue(template.contains("\"MainDbMasterUserPassword\""), template);
    assertTrue(template.contains("\"UpstashApiKey\""), template);
    assertTrue(template.contains("\"NoEcho\": true"), template);
    assertNoCanary(runs);
    // The config itself holds the values in plain text; nothing formwork wrote does.
    assertNoCanaryInWrittenFiles(dir.resolve("formwork.yml"));
  }

  /** Runs the CLI in its own process, whose environment holds the canary. */
  private Run cli(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put(CANARY_VARIABLE, CANARY);
    builder.environment().put("STRIPE_KEY", CANARY);
    Path stdout = Files.createTempFile("canary-out", ".txt");
    Path stderr = Files.createTempFile("canary-err", ".txt");
    builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the CLI finished");
    Run run = new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    Files.delete(stdout);
    Files.delete(stderr);
    return run;
  }

  private static void assertNoCanary(List<Run> runs) {
    for (Run run : runs) {
      assertFalse(run.out().contains(CANARY), "stdout leaks the canary:\n" + run.out());
      assertFalse(run.err().contains(CANARY), "stderr leaks the canary:\n" + run.err());
    }
  }

  /**
   * Every file the runs wrote (templates, manifests, zips and their entries), except the planted
   * ones.
   */
  private void assertNoCanaryInWrittenFiles(Path... alsoPlanted) throws IOException {
    List<Path> planted =
        new ArrayList<>(
            List.of(dir.resolve(".env"), dir.resolve("secrets.json"), dir.resolve(".secrets.yml")));
    planted.addAll(List.of(alsoPlanted));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(file -> !planted.contains(file)).toList();
    }
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      assertFalse(
          new String(bytes, StandardCharsets.ISO_8859_1).contains(CANARY),
          file + " holds the canary");
      if (file.getFileName().toString().endsWith(".zip")) {
        assertNoCanaryInZip(file);
      }
    }
  }

  private static void assertNoCanaryInZip(Path zip) throws IOException {
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = archive.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        try (InputStream in = archive.getInputStream(entry)) {
          ByteArrayOutputStream content = new ByteArrayOutputStream();
          in.transferTo(content);
          assertFalse(
              content.toString(StandardCharsets.ISO_8859_1).contains(CANARY),
              zip + "!" + entry.getName() + " holds the canary");
        }
      }
    }
  }
}
