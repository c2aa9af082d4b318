package dev.formwork.cli;

import dev.formwork.deployer.aws.AwsSettings;
import dev.formwork.packager.EsbuildLocator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workload the launcher records its class-data-sharing archive from, once per jar build: in
 * this one process, every golden config and example is compiled (every resource and event type,
 * errors and warnings), validated with JSON errors, written as YAML, the help and usage errors are
 * printed, the orders example is packaged cold and from its cache, and the scan for changed sources
 * that starts every command runs once. The JVM lists every class this loads ({@code
 * -XX:DumpLoadedClassList}) and the launcher archives them, so a real compile or package finds its
 * classes parsed and verified already. Usage: {@code StartupTraining REPO_ROOT WORK_DIR}; writes
 * its outputs and a copy of the JDK's own class list ({@code jdk-classlist}) into WORK_DIR, and
 * prints one line per command that failed with a bug (exit 70), nothing else.
 */
public final class StartupTraining {

  private StartupTraining() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]).toAbsolutePath();
    Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
    // The JDK's own list, which the launcher adds to this run's: see the launcher.
    Path jdkList = Path.of(System.getProperty("java.home"), "lib", "classlist");
    if (Files.isRegularFile(jdkList)) {
      Files.copy(jdkList, work.resolve("jdk-classlist"));
    } else {
      Files.writeString(work.resolve("jdk-classlist"), "");
    }
    // The launcher's start: the scan for sources newer than the jar, on its own thread.
    StaleJarGuard.start(root, List.of()).newerSource();
    for (Run run : runs(root, work)) {
      run.execute();
    }
  }

  /** One command line, run in {@code folder}. */
  private record Run(Path folder, List<String> args) {

    void execute() {
      CliContext context =
          CliContext.create(
              folder,
              OutputStream.nullOutputStream(),
              OutputStream.nullOutputStream(),
              System.getenv(),
              false,
              AwsSettings.DEFAULT);
      int code = Main.run(args.toArray(String[]::new), context);
      if (code == ExitCodes.INTERNAL) {
        System.out.println("training run failed (exit 70): formwork " + String.join(" ", args));
      }
    }
  }

  private static List<Run> runs(Path root, Path work) throws IOException {
    List<Run> runs = new ArrayList<>();
    List<String> target = List.of("--stage", "dev", "--region", "eu-west-1");
    for (Path config : configs(root)) {
      List<String> args = new ArrayList<>(List.of("compile", "--config", config.toString()));
      args.addAll(target);
      Path manifest = config.resolveSibling("manifest.json");
      if (Files.isRegularFile(manifest)) {
        args.addAll(List.of("--manifest", manifest.toString()));
      }
      args.addAll(List.of("--out", work.resolve("template.json").toString()));
      runs.add(new Run(config.getParent(), args));
    }
    Path orders = root.resolve("examples/orders");
    Path ordersConfig = orders.resolve("formwork.yml");
    runs.add(
        new Run(
            orders,
            concat(List.of("compile", "-c", ordersConfig.toString(), "--format", "yaml"), target)));
    runs.add(
        new Run(
            orders,
            concat(
                List.of("validate", "-c", ordersConfig.toString(), "--error-format", "json"),
                target)));
    Path broken = root.resolve("compiler/src/test/resources/golden/error-wrong-types/formwork.yml");
    runs.add(
        new Run(
            broken.getParent(),
            concat(
                List.of("validate", "-c", broken.toString(), "--error-format", "json"), target)));
    runs.add(new Run(orders, List.of("--help")));
    runs.add(new Run(orders, List.of("compile", "--help")));
    runs.add(new Run(orders, List.of("--version")));
    runs.add(new Run(orders, List.of("compil")));
    runs.add(new Run(orders, List.of("compile", "--stag", "dev")));
    // Packaging runs the real esbuild: only when it is here already (training never downloads).
    if (EsbuildLocator.forUser().pendingDownload(orders).isEmpty()) {
      List<String> pack =
          concat(
              List.of(
                  "package",
                  "-c",
                  ordersConfig.toString(),
                  "--out",
                  work.resolve("artifacts").toString(),
                  "--cache",
                  work.resolve("cache").toString()),
              target);
      runs.add(new Run(orders, pack));
      runs.add(new Run(orders, pack));
    }
    return runs;
  }

  /** The golden configs and the examples, in a fixed order. */
  private static List<Path> configs(Path root) throws IOException {
    List<Path> configs = new ArrayList<>();
    for (Path parent :
        List.of(root.resolve("compiler/src/test/resources/golden"), root.resolve("examples"))) {
      if (!Files.isDirectory(parent)) {
        continue;
      }
      try (Stream<Path> folders = Files.list(parent)) {
        folders
            .map(folder -> folder.resolve("formwork.yml"))
            .filter(Files::isRegularFile)
            .sorted(Comparator.naturalOrder())
            .forEach(configs::add);
      }
    }
    return configs;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
