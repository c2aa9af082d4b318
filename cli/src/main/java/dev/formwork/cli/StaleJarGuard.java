package dev.formwork.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Keeps a CLI started from a formwork checkout from running older code than the checkout holds. The
 * launcher names its checkout ({@value #CHECKOUT_PROPERTY}); a background thread looks for a source
 * newer than the jar ({@link SourceScan}) while the command starts and compiles, and {@link
 * #awaitFresh} waits for that look before the command's first output or effect. When a source is
 * newer, the launcher runs again with {@value #REBUILD_VARIABLE} naming it, which makes it rebuild
 * the jar first, and this process ends with that run's exit code. The look runs beside the compile
 * rather than in the launcher, where a {@code find} over the sources cost every command about 5 ms.
 */
final class StaleJarGuard {

  /** The system property the launcher sets to its checkout; empty or absent: no guard. */
  static final String CHECKOUT_PROPERTY = "formwork.checkout";

  /** The variable that tells the launcher to rebuild, naming the source that changed. */
  static final String REBUILD_VARIABLE = "FORMWORK_REBUILD";

  private static final StaleJarGuard OFF = new StaleJarGuard(null, null, List.of());

  private final FutureTask<Optional<Path>> scan;
  private final Path checkout;
  private final List<String> args;

  private StaleJarGuard(FutureTask<Optional<Path>> scan, Path checkout, List<String> args) {
    this.scan = scan;
    this.checkout = checkout;
    this.args = args;
  }

  /** No guard: in-process runs and tests, and a jar not started by a checkout's launcher. */
  static StaleJarGuard off() {
    return OFF;
  }

  /**
   * The guard for this process, its scan started, when the launcher named a checkout with a built
   * jar; {@code args} are the command's, for the run after a rebuild.
   */
  static StaleJarGuard start(String[] args) {
    String named = System.getProperty(CHECKOUT_PROPERTY, "");
    return named.isEmpty() ? OFF : start(Path.of(named), List.of(args));
  }

  /** The guard of a checkout, its scan started; off when the checkout has no built jar. */
  static StaleJarGuard start(Path checkout, List<String> args) {
    long built = checkout.resolve("cli/target/formwork.jar").toFile().lastModified();
    if (built == 0) {
      return OFF; // No jar: this is not the launcher's start.
    }
    FutureTask<Optional<Path>> scan = new FutureTask<>(new SourceScan(checkout, built));
    Thread thread = new Thread(scan, "formwork-source-scan");
    // A command that never awaits the scan (it failed first) must not wait for it to exit.
    thread.setDaemon(true);
    thread.start();
    return new StaleJarGuard(scan, checkout, List.copyOf(args));
  }

  /**
   * Returns once the jar is known to be as new as the checkout's sources; otherwise rebuilds and
   * runs the command through the launcher, and exits with its code. Call before the first output.
   */
  void awaitFresh() {
    Optional<Path> newer = newerSource();
    if (newer.isPresent()) {
      System.exit(rebuildAndRun(newer.get()));
    }
  }

  /** Waits for the scan: the checkout's source found newer than the jar, if any. */
  Optional<Path> newerSource() {
    if (scan == null) {
      return Optional.empty();
    }
    try {
      return scan.get();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException failed) {
      // SourceScan reads only file times and catches their failures; nothing a rebuild would fix.
      return Optional.empty();
    }
  }

  private int rebuildAndRun(Path changed) {
    List<String> command = new ArrayList<>();
    command.add(checkout.resolve("formwork").toString());
    command.addAll(args);
    ProcessBuilder launcher = new ProcessBuilder(command).inheritIO();
    launcher.environment().put(REBUILD_VARIABLE, changed.toString());
    try {
      return launcher.start().waitFor();
    } catch (IOException cannotStart) {
      System.err.println(
          "formwork: "
              + changed
              + " changed after the CLI jar was built, and "
              + command.get(0)
              + " could not be started to rebuild it ("
              + cannotStart.getMessage()
              + "). Run `mvn -DskipTests package` in "
              + checkout
              + ".");
      return ExitCodes.USAGE;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return ExitCodes.INTERRUPTED;
    }
  }
}
