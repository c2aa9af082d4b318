package dev.formwork.packager.bench;

import dev.formwork.packager.NodeFunctionBuild;
import dev.formwork.packager.Packager;
import dev.formwork.packager.PackagingPlan;
import dev.formwork.packager.PackagingResult;
import dev.formwork.packager.ProgressListener;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.json.JsonArray;
import dev.formwork.schema.json.JsonWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Benchmark entry point run by bench/packager/run.py in a fresh JVM per run: packages every {@code
 * src/functions/*.ts} of a generated project and prints one line of figures, then each esbuild
 * command it ran, one JSON array a line. Arguments: project folder, output folder, cache folder.
 */
public final class PackageBench {

  private PackageBench() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Path project = Path.of(args[0]).toAbsolutePath();
    List<String> names;
    try (Stream<Path> files = Files.list(project.resolve("src/functions"))) {
      names =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".ts"))
              .sorted()
              .toList();
    }
    List<dev.formwork.packager.FunctionBuild> functions = new ArrayList<>();
    for (String name : names) {
      String resource = name.substring(0, name.length() - 3);
      functions.add(
          NodeFunctionBuild.of(
                  resource,
                  ConfigPath.of("resources", resource, "entryfilePath"),
                  Path.of("src/functions", name))
              .withHandlerExport("handler"));
    }
    AtomicInteger esbuildStarts = new AtomicInteger();
    List<List<String>> esbuildCommands = new ArrayList<>();
    Packager packager =
        Packager.withProcessHook(
            command -> {
              esbuildStarts.incrementAndGet();
              synchronized (esbuildCommands) {
                esbuildCommands.add(List.copyOf(command));
              }
            });
    PackagingResult result =
        packager.packageAll(
            new PackagingPlan(project, functions, List.of()),
            Path.of(args[1]),
            Path.of(args[2]),
            ProgressListener.SILENT);
    if (result.hasErrors()) {
      System.err.println(result.diagnostics());
      System.exit(1);
    }
    System.out.printf(
        "functions=%d artifacts=%d esbuildProcesses=%d inProcessMs=%.1f%n",
        functions.size(),
        result.manifest().artifacts().size(),
        esbuildStarts.get(),
        (System.nanoTime() - start) / 1e6);
    // The esbuild commands, for the benchmark to time esbuild alone.
    for (List<String> command : esbuildCommands) {
      System.out.println(JsonWriter.compact(JsonArray.ofStrings(command)));
    }
  }
}
