package dev.formwork.compiler.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.split.DeployedPlacement;
import dev.formwork.compiler.split.NestedTemplate;
import dev.formwork.compiler.template.Template;
import dev.formwork.compiler.testing.CfnLint;
import dev.formwork.compiler.testing.SplitChecks;
import dev.formwork.compiler.testing.SplitInliner;
import dev.formwork.schema.artifact.ArtifactManifest;
import dev.formwork.schema.json.JsonWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property, over every golden app: split with small per-stack limits, then put back together by
 * {@link SplitInliner} (which follows parameters and outputs without the splitter's code), every
 * resource reads exactly what it reads in the merged template, the root keeps the merged outputs
 * and parameters, and every DependsOn of the merged view still orders the two resources. Every
 * template of every split passes cfn-lint, in one run after the cases.
 */
class SplitPreservesReferencesTest {

  /** Per-stack resource limits tried in turn: the first that splits the app is checked. */
  private static final List<Integer> LIMITS = List.of(3, 4, 6, 10, 16, 32, 64);

  /**
   * Golden apps with more than one unit that fits a stack; the others are a single function with
   * what only it uses, which no limit splits.
   */
  private static final int AT_LEAST_SPLIT = 30;

  private static final AtomicInteger SPLIT_CASES = new AtomicInteger();

  /** The templates of every split, for one cfn-lint run after the cases. */
  private static final List<Path> SPLIT_TEMPLATES = new CopyOnWriteArrayList<>();

  @TempDir static Path splits;

  @TestFactory
  Stream<DynamicTest> everyReferenceReadsTheSameResourceAfterTheSplit() {
    Stream<DynamicTest> cases =
        GoldenCases.all().stream()
            .filter(golden -> golden.expectedTemplate().toFile().exists())
            .map(golden -> DynamicTest.dynamicTest(golden.name(), () -> check(golden)));
    // Runs after the cases (dynamic tests run in order): the property was not checked vacuously.
    DynamicTest enough =
        DynamicTest.dynamicTest(
            "enough golden apps were split",
            () -> assertThat(SPLIT_CASES.get()).isGreaterThanOrEqualTo(AT_LEAST_SPLIT));
    DynamicTest lint =
        DynamicTest.dynamicTest(
            "every template of every split passes cfn-lint",
            () -> assertThat(CfnLint.problems(SPLIT_TEMPLATES)).isEmpty());
    return Stream.concat(cases, Stream.of(enough, lint));
  }

  private static void check(GoldenCase golden) throws Exception {
    CompileResult first = golden.compile().result();
    ArtifactManifest manifest = SplitChecks.manifestFor(first.config().orElseThrow());
    Template merged =
        golden
            .compile(
                options ->
                    options
                        .manifest(manifest)
                        .limits(SplitChecks.limits(1_000_000))
                        .deployedPlacement(DeployedPlacement.NONE))
            .result()
            .template()
            .orElseThrow();
    for (int limit : LIMITS) {
      CompileResult split =
          golden
              .compile(options -> options.manifest(manifest).limits(SplitChecks.limits(limit)))
              .result();
      if (split.template().isPresent() && split.isSplit()) {
        SplitChecks.assertSameReads(merged, split);
        SPLIT_CASES.incrementAndGet();
        write(golden.name(), split);
        return;
      }
    }
  }

  private static void write(String name, CompileResult split) throws Exception {
    Path folder = splits.resolve(name.replace('/', '_'));
    Files.createDirectories(folder);
    Path root = folder.resolve("root.json");
    Files.writeString(root, JsonWriter.pretty(split.template().orElseThrow().toJson()));
    SPLIT_TEMPLATES.add(root);
    for (NestedTemplate nested : split.nestedTemplates().values()) {
      Path file = folder.resolve(nested.logicalId() + ".json");
      Files.writeString(file, nested.body());
      SPLIT_TEMPLATES.add(file);
    }
  }
}
