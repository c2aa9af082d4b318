package dev.formwork.compiler.testing;

import dev.formwork.compiler.lint.PythonTools;
import dev.formwork.process.ProcessCommand;
import dev.formwork.process.ProcessResult;
import dev.formwork.process.ProcessRunner;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonObject;
import dev.formwork.schema.json.JsonParser;
import dev.formwork.schema.json.JsonString;
import dev.formwork.schema.json.JsonValue;
import dev.formwork.schema.testing.RepoRoot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the official CloudFormation linter (cfn-lint, pinned in scripts/python-requirements.txt)
 * over templates in one process and returns its findings, except informational ones and the
 * warnings in {@link #DOCUMENTED_WARNINGS}.
 */
public final class CfnLint {

  /**
   * Warnings formwork accepts on purpose: W2531 — a deprecated Lambda runtime, which the golden
   * case deprecated-runtime-warning uses to test formwork's own warning for it; W1011 — a secret
   * passed as a parameter, which is what formwork does with a password the config writes in plain
   * text (a NoEcho parameter), with its own warning security.plain-text-secret-parameter asking for
   * $Secret() instead; W3690/W3691 — an RDS engine version AWS no longer creates, which the public
   * Stacktape starter stacktape-starter-lambda-api-mysql pins and its golden keeps as written.
   */
  public static final Set<String> DOCUMENTED_WARNINGS = Set.of("W2531", "W1011", "W3690", "W3691");

  /**
   * Minimal schemas of the public third-party registry types formwork emits, written for these
   * tests.
   */
  public static final String REGISTRY_SCHEMAS = "compiler/src/test/resources/registry-schemas";

  private CfnLint() {}

  /** The findings on these templates, one line each (level, rule, file, message). */
  public static List<String> problems(List<Path> templates) throws Exception {
    Path root = RepoRoot.path();
    // Third-party registry types (Upstash, MongoDB Atlas) are unknown to cfn-lint (E3006) unless
    // their schemas are given; RegistrySchemaConformanceTest checks the emitted properties against
    // them, because cfn-lint 1.x uses registry schemas only to know the type exists.
    List<String> command =
        new ArrayList<>(
            List.of(
                PythonTools.venv().resolve("bin/cfn-lint").toString(),
                "--format",
                "json",
                "--regions",
                "eu-west-1",
                "--registry-schemas",
                root.resolve(REGISTRY_SCHEMAS).toString(),
                "--"));
    templates.forEach(template -> command.add(template.toString()));
    ProcessResult lint =
        new ProcessRunner().run(ProcessCommand.of(command, root, Duration.ofMinutes(5)));
    List<String> problems = new ArrayList<>();
    if (lint.timedOut()) {
      problems.add("cfn-lint did not finish in 5 minutes");
      return problems;
    }
    if (lint.stdout().isBlank() && lint.exitCode() != 0) {
      problems.add("cfn-lint failed: " + lint.stderr());
      return problems;
    }
    JsonValue parsed = JsonParser.parse(lint.stdout().isBlank() ? "[]" : lint.stdout());
    for (JsonValue match : ((JsonArray) parsed).items()) {
      JsonObject finding = (JsonObject) match;
      String level = text(finding.get("Level").orElseThrow());
      String rule = text(((JsonObject) finding.get("Rule").orElseThrow()).get("Id").orElseThrow());
      if (level.equals("Informational")
          || (level.equals("Warning") && DOCUMENTED_WARNINGS.contains(rule))) {
        continue;
      }
      problems.add(
          level
              + " "
              + rule
              + " "
              + text(finding.get("Filename").orElseThrow())
              + ": "
              + text(finding.get("Message").orElseThrow()));
    }
    return problems;
  }

  private static String text(JsonValue value) {
    return ((JsonString) value).value();
  }
}
