package dev.formwork.packager;

import dev.formwork.schema.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs build tasks on up to {@code threads} threads and gathers their artifacts and diagnostics in
 * the tasks' order, so the result does not depend on which build finished first.
 */
final class ParallelBuilds {

  private record Finished(List<BuiltArtifact> built, List<Diagnostic> diagnostics) {}

  private ParallelBuilds() {}

  static List<BuiltArtifact> run(List<BuildTask> tasks, int threads, List<Diagnostic> diagnostics)
      throws IOException {
    List<BuiltArtifact> built = new ArrayList<>();
    if (tasks.isEmpty()) {
      return built;
    }
    ExecutorService executor =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(threads, tasks.size())),
            runnable -> {
              Thread thread = new Thread(runnable, "formwork-build");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Finished>> futures = new ArrayList<>();
      for (BuildTask task : tasks) {
        futures.add(
            executor.submit(
                () -> {
                  List<Diagnostic> found = new ArrayList<>();
                  return new Finished(task.run(found), found);
                }));
      }
      for (Future<Finished> future : futures) {
        Finished finished = join(future);
        built.addAll(finished.built());
        diagnostics.addAll(finished.diagnostics());
      }
      return built;
    } finally {
      executor.shutdownNow();
    }
  }

  private static Finished join(Future<Finished> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while packaging", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException unchecked) {
        throw unchecked.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }
}
