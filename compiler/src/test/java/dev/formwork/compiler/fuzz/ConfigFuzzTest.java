package dev.formwork.compiler.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.report.DiagnosticRenderer;
import dev.formwork.compiler.testing.CompileFixture;
import dev.formwork.schema.diag.Diagnostic;
import dev.formwork.schema.testing.RepoRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded fuzz run over the whole compiler: the golden configs, mutated structurally
 * ({@link ConfigMutator}), must each end in a template or in diagnostics, never in an exception,
 * within a time budget, with rendered diagnostics that hold no raw control characters and stay
 * small. The fixed cases in {@code fuzz/} are the inputs earlier fuzz runs found (crashes, hangs,
 * echoed megabytes); they run first, every time.
 */
class ConfigFuzzTest {

  /** Cases per run; {@code -Dformwork.fuzz.cases=25000} runs a long campaign by hand. */
  private static final int CASES = Integer.getInteger("formwork.fuzz.cases", 2500);

  private static final long SEED = Long.getLong("formwork.fuzz.seed", 12L);

  /** One compile of a mutated config must stay well under this. */
  private static final long CASE_BUDGET_MILLIS = 3_000;

  /** What one run may print for a case; a megabyte value must not be echoed back. */
  private static final int RENDERED_BUDGET_CHARS = 200_000;

  @Test
  void regressionCorpusEndsInDiagnosticsNotCrashes() throws IOException {
    for (Path file : corpusFiles()) {
      byte[] content = Files.readAllBytes(file);
      Outcome outcome = check(file.getFileName().toString(), content, file.getParent());
      assertThat(outcome.result().hasErrors())
          .as("%s should be refused with a diagnostic", file.getFileName())
          .isTrue();
    }
  }

  @Test
  void hugeValuesAreBoundedInTimeAndEcho() {
    // Parsing alone costs about 2 s per MB, so 300 KB keeps the suite fast; the echo and the
    // "did you mean" are what must not grow with the value (SuggestionsTest covers 2 MB).
    String huge = "x".repeat(300_000);
    for (String yaml :
        List.of(
            config("runtime: " + huge),
            config(huge + ": 1"),
            config("connectTo: [" + huge + "]"),
            config("memory: " + "9".repeat(300_000)),
            config("environment: [{name: AB, value: " + "9".repeat(300_000) + "}]"))) {
      Outcome outcome = check("huge value", yaml.getBytes(StandardCharsets.UTF_8), folder());
      assertThat(outcome.result().hasErrors()).isTrue();
    }
  }

  @Test
  void mutatedGoldenConfigsNeverCrash() throws IOException {
    List<Path> seeds = seedConfigs();
    List<String> texts = new ArrayList<>();
    for (Path seed : seeds) {
      texts.add(Files.readString(seed));
    }
    Random random = new Random(SEED);
    ConfigMutator mutator = new ConfigMutator(random);
    for (int i = 0; i < CASES; i++) {
      int pick = random.nextInt(seeds.size());
      Path seed = seeds.get(pick);
      Optional<String> mutant = mutator.mutate(texts.get(pick));
      if (mutant.isEmpty()) {
        continue;
      }
      check(
          "case " + i + " (seed " + SEED + ", from " + seed.getParent().getFileName() + ")",
          mutant.get().getBytes(StandardCharsets.UTF_8),
          seed.getParent());
    }
  }

  private record Outcome(CompileResult result, String rendered) {}

  private static Outcome check(String name, byte[] content, Path folder) {
    long started = System.nanoTime();
    CompileResult result;
    try {
      result = CompileFixture.compile(content, CompileFixture.options().folder(folder));
    } catch (RuntimeException | StackOverflowError crash) {
      throw new AssertionError(
          name + " crashed the compiler:\n" + new String(content, StandardCharsets.UTF_8), crash);
    }
    String text = new String(content, StandardCharsets.UTF_8);
    DiagnosticRenderer renderer = new DiagnosticRenderer(file -> Optional.of(text));
    String rendered = renderer.text(result.diagnostics()) + renderer.json(result.diagnostics());
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(millis).as("%s took %d ms", name, millis).isLessThan(CASE_BUDGET_MILLIS);
    assertThat(rendered.length()).as("%s printed too much", name).isLessThan(RENDERED_BUDGET_CHARS);
    assertThat(rendered.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t').count())
        .as("%s printed raw control characters", name)
        .isZero();
    assertThat(result.template().isPresent() || result.hasErrors())
        .as("%s gave neither a template nor an error", name)
        .isTrue();
    for (Diagnostic diagnostic : result.diagnostics()) {
      assertThat(diagnostic.message()).as(name).isNotBlank();
    }
    return new Outcome(result, rendered);
  }

  private static String config(String functionProperty) {
    return "resources:\n"
        + "  api:\n"
        + "    type: function\n"
        + "    properties:\n"
        + "      packaging:\n"
        + "        type: stacktape-lambda-buildpack\n"
        + "        properties:\n"
        + "          entryfilePath: a.ts\n"
        + "      "
        + functionProperty
        + "\n";
  }

  private static Path folder() {
    return RepoRoot.resolve("compiler/src/test/resources/fuzz");
  }

  private static List<Path> corpusFiles() throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
    }
  }

  /** Every golden and example config: valid ones and error cases alike. */
  private static List<Path> seedConfigs() throws IOException {
    List<Path> seeds = new ArrayList<>();
    for (Path root :
        List.of(
            RepoRoot.resolve("compiler/src/test/resources/golden"), RepoRoot.resolve("examples"))) {
      try (Stream<Path> folders = Files.list(root)) {
        folders
            .map(folder -> folder.resolve("formwork.yml"))
            .filter(Files::isRegularFile)
            .sorted()
            .forEach(seeds::add);
      }
    }
    return seeds;
  }
}
