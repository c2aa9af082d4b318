package dev.formwork.compiler.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Benchmark harness (not a unit test): prints the first load in a fresh JVM and the warm median for
 * a generated config. Arguments: function count (default 2000) and warm runs (default 31). Run it
 * with the command in docs/yaml-loading.md.
 */
public final class YamlSourceLoaderBenchmark {

  private YamlSourceLoaderBenchmark() {}

  public static void main(String[] args) {
    int functions = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 31;
    YamlSourceLoader loader = new YamlSourceLoader(YamlLimits.defaults());
    byte[] content = LargeConfigs.functions(functions).getBytes(StandardCharsets.UTF_8);
    long coldStart = System.nanoTime();
    check(loader.load("bench.yml", content));
    double cold = (System.nanoTime() - coldStart) / 1e6;
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      check(loader.load("bench.yml", content));
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(times);
    System.out.printf(
        Locale.ROOT,
        "%d functions, %d bytes: first load %.1f ms, median of %d warm loads %.1f ms (min %.1f, max"
            + " %.1f)%n",
        functions,
        content.length,
        cold,
        runs,
        times[runs / 2],
        times[0],
        times[runs - 1]);
  }

  private static void check(LoadResult result) {
    if (result.root().isEmpty()) {
      throw new IllegalStateException("benchmark config failed to load: " + result.diagnostics());
    }
  }
}
