package dev.formwork.compiler.golden;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * The committed {@code formwork.schema.json} agrees with the compiler on the golden corpus: every
 * config that compiles passes it, and every config the binder rejects is rejected by it, at the
 * place the binder names. The configs whose errors JSON Schema cannot express are listed with the
 * reason.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ConfigSchemaTest {

  /**
   * The configs the binder rejects but the schema accepts, each with the reason. (Configs rejected
   * before binding, by the YAML loader or the directive pass, or after it, by rules that need other
   * resources, the template or limits, are outside what this schema describes.)
   */
  private static final Map<String, String> BEYOND_THE_SCHEMA =
      Map.ofEntries(
          entry(
              "error-bucket-lifecycle",
              "which property a lifecycle rule needs depends on its type: a constructor rule"
                  + " (ModelConstraintException), which the generator cannot read"),
          entry(
              "error-deployment-config-rollback",
              "triggerRollbackOnAlarms and disableAutoRollback exclude each other: a constructor"
                  + " rule (ModelConstraintException)"),
          entry(
              "error-fifo-only-options",
              "contentBasedDeduplication, fifoHighThroughput and shardCount depend on another"
                  + " property (fifoEnabled, capacityMode), and a redrive policy needs exactly one"
                  + " of two: constructor rules (ModelConstraintException)"));

  /**
   * The rules the schema expresses, by code and message: the binder's own (codes it shares with
   * constructor rules, ModelConstraintException, are told apart by its wording) and the resource
   * name rule of the compiler's validation. The schema must report each such diagnostic at its
   * place.
   */
  private static final List<Pattern> BINDER_RULES =
      List.of(
          Pattern.compile("config\\.unknown-property: Unknown property '.*"),
          Pattern.compile("config\\.wrong-type: Expected .*"),
          Pattern.compile("config\\.out-of-range: '.*' must be .*, got .*"),
          Pattern.compile("config\\.out-of-range: The number .* is too large\\."),
          Pattern.compile("config\\.invalid-value: '.*' is not valid here: it must be .*"),
          Pattern.compile("config\\.invalid-value: '.*' is not a valid value for '.*'\\."),
          Pattern.compile("config\\.invalid-type: '.*' is not a valid .*"),
          Pattern.compile("config\\.not-supported: formwork does not support .* yet\\."),
          Pattern.compile("config\\.missing-property: Missing required property '.*"),
          Pattern.compile("config\\.missing-property: Property '.*' must have a value.*"),
          Pattern.compile("config\\.directive-not-allowed: \\$.*\\(\\) is only known when .*"),
          Pattern.compile("config\\.invalid-name: Resource name .*"));

  private static final Pattern DIAGNOSTIC =
      Pattern.compile(
          "^error\\[([a-z.-]+)\\]: (.*)\\n(?:  --> [^ ]+ \\((.*)\\)$)?", Pattern.MULTILINE);

  private static final Pattern PATH_SEGMENT = Pattern.compile("\\[(\\d+)\\]|([^.\\[]+)");

  private final CommittedSchema schema = new CommittedSchema();

  /** Compiled once for the class: the three checks below read the same verdicts. */
  private List<Rejected> rejected;

  @BeforeAll
  void compileTheRejectedConfigs() throws IOException {
    rejected = rejectedConfigs();
  }

  @Test
  void everyConfigThatCompilesPassesTheSchema() throws IOException {
    Map<String, List<String>> failures = new TreeMap<>();
    for (GoldenCase golden : GoldenCases.all()) {
      if (Files.exists(golden.expectedTemplate())) {
        List<String> errors = describe(schema.validate(golden.config()).orElseThrow());
        if (!errors.isEmpty()) {
          failures.put(golden.name(), errors);
        }
      }
    }
    assertTrue(failures.isEmpty(), "valid configs the schema rejects: " + failures);
  }

  @Test
  void theSchemaReportsEveryBinderErrorWhereTheBinderDoes() throws IOException {
    Map<String, List<String>> missed = new TreeMap<>();
    int checked = 0;
    for (Rejected config : rejected) {
      List<String> unreported = new ArrayList<>();
      for (ExpectedError expected : config.errors()) {
        if (!expected.isBinderRule()) {
          continue;
        }
        checked++;
        if (config.schemaErrors().stream().noneMatch(error -> expected.locates(error))) {
          unreported.add(expected.toString());
        }
      }
      if (!unreported.isEmpty()) {
        missed.put(config.name(), unreported);
      }
    }
    // 47 when written; fewer would mean the diagnostics are no longer recognised.
    assertTrue(checked >= 47, "only " + checked + " diagnostics of the binder's rules were found");
    assertTrue(missed.isEmpty(), "binder errors the schema does not report: " + missed);
  }

  @Test
  void theSchemaRejectsNothingTheBinderAccepts() throws IOException {
    Map<String, List<String>> extra = new TreeMap<>();
    for (Rejected config : rejected) {
      if (config.stage() == Stage.BEFORE_BINDING) {
        continue; // the binder never saw these configs, so it has no verdict to compare with
      }
      List<String> unexpected = new ArrayList<>();
      for (Error error : config.schemaErrors()) {
        if (config.errors().stream().noneMatch(expected -> expected.isOnTheWayTo(error))) {
          unexpected.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
      }
      if (!unexpected.isEmpty()) {
        extra.put(config.name(), unexpected);
      }
    }
    assertTrue(extra.isEmpty(), "schema errors where the compiler reports none: " + extra);
  }

  @Test
  void everyConfigTheBinderRejectsIsRejectedByTheSchemaUnlessListed() throws IOException {
    Set<String> passingAtBinding = new TreeSet<>();
    Map<Stage, Integer> passing = new EnumMap<>(Stage.class);
    Map<Stage, Integer> total = new EnumMap<>(Stage.class);
    for (Rejected config : rejected) {
      total.merge(config.stage(), 1, Integer::sum);
      if (config.schemaErrors().isEmpty()) {
        passing.merge(config.stage(), 1, Integer::sum);
        if (config.stage() == Stage.BINDING) {
          passingAtBinding.add(config.name());
        }
      }
    }
    // The measurement the schema is judged by; printed so a change in it shows in the build log.
    System.out.printf(
        "ConfigSchemaTest: %d of %d rejected configs pass the schema (passing/rejected by stage:"
            + " %s / %s)%n",
        passing.values().stream().mapToInt(Integer::intValue).sum(),
        rejected.size(),
        passing,
        total);
    assertEquals(
        new TreeSet<>(BEYOND_THE_SCHEMA.keySet()),
        passingAtBinding,
        "the configs the binder rejects and the schema accepts must be exactly those listed in"
            + " BEYOND_THE_SCHEMA");
  }

  /** How far the compiler got with a rejected config. */
  private enum Stage {
    /** Loading the YAML or resolving directives stopped it; the binder never ran. */
    BEFORE_BINDING,
    /** The binder (with the records' own constructor rules) rejected it. */
    BINDING,
    /** It was bound; validation, synthesis or the template checks rejected it. */
    AFTER_BINDING
  }

  /** A golden config the compiler rejects, with its expected errors and the schema's. */
  private record Rejected(
      String name, Stage stage, List<ExpectedError> errors, List<Error> schemaErrors) {}

  private List<Rejected> rejectedConfigs() throws IOException {
    List<Rejected> rejected = new ArrayList<>();
    for (GoldenCase golden : GoldenCases.all()) {
      if (Files.exists(golden.expectedTemplate()) || !Files.exists(golden.expectedDiagnostics())) {
        continue;
      }
      List<ExpectedError> errors = expectedErrors(golden);
      Stage stage =
          golden.compile().bound()
              ? Stage.AFTER_BINDING
              : errors.stream().anyMatch(ExpectedError::isBeforeBinding)
                  ? Stage.BEFORE_BINDING
                  : Stage.BINDING;
      rejected.add(
          new Rejected(
              golden.name(), stage, errors, schema.validate(golden.config()).orElse(List.of())));
    }
    return rejected;
  }

  /** One error of an expected.txt: its code, message and config path. */
  private record ExpectedError(String code, String message, List<String> path) {

    boolean isBinderRule() {
      String text = code + ": " + message;
      return BINDER_RULES.stream().anyMatch(rule -> rule.matcher(text).matches());
    }

    boolean isBeforeBinding() {
      return code.startsWith("yaml.") || code.startsWith("directive.");
    }

    /** Whether the schema error is at this path, or names it from the parent mapping. */
    boolean locates(Error error) {
      List<String> at = segments(error.getInstanceLocation());
      return at.equals(path)
          || !path.isEmpty()
              && at.equals(path.subList(0, path.size() - 1))
              && path.get(path.size() - 1).equals(error.getProperty());
    }

    /** Whether the schema error is at this path, inside it, or at a mapping that holds it. */
    boolean isOnTheWayTo(Error error) {
      List<String> at = segments(error.getInstanceLocation());
      int common = Math.min(at.size(), path.size());
      return at.subList(0, common).equals(path.subList(0, common));
    }

    @Override
    public String toString() {
      return code + " at " + String.join(".", path);
    }
  }

  private static List<ExpectedError> expectedErrors(GoldenCase golden) throws IOException {
    List<ExpectedError> found = new ArrayList<>();
    Matcher diagnostic = DIAGNOSTIC.matcher(Files.readString(golden.expectedDiagnostics()));
    while (diagnostic.find()) {
      found.add(
          new ExpectedError(
              diagnostic.group(1), diagnostic.group(2), configPath(diagnostic.group(3))));
    }
    return found;
  }

  private static List<String> segments(NodePath location) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < location.getNameCount(); i++) {
      names.add(String.valueOf(location.getElement(i)));
    }
    return names;
  }

  private static List<String> configPath(String rendered) {
    List<String> names = new ArrayList<>();
    if (rendered == null) {
      return names;
    }
    Matcher segment = PATH_SEGMENT.matcher(rendered);
    while (segment.find()) {
      names.add(segment.group(1) != null ? segment.group(1) : segment.group(2));
    }
    return names;
  }

  private static List<String> describe(List<Error> errors) {
    return errors.stream()
        .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
        .collect(Collectors.toList());
  }
}
