package dev.formwork.packager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Helpers for tests: write project files, read zips, run node, count processes. */
final class TestFiles {

  private TestFiles() {}

  static Path write(Path root, String relative, String content) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> entryNames(Path zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  static String entryText(Path zip, String name) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      ZipEntry entry = file.getEntry(name);
      if (entry == null) {
        throw new AssertionError(name + " is not in " + zip + "; entries: " + entryNames(zip));
      }
      return new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Unzips with the JDK into a folder, for running the bundle. */
  static Path unzip(Path zip, Path target) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        Path out = target.resolve(entry.getName());
        Files.createDirectories(out.getParent());
        Files.write(out, file.getInputStream(entry).readAllBytes());
      }
    }
    return target;
  }

  /** Runs a command and returns its stdout; fails the test on a non-zero exit. */
  static String run(Path directory, String... command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }

  /** A process hook that counts esbuild starts (and remembers every command). */
  static final class ProcessCounter implements Consumer<List<String>> {
    final AtomicInteger esbuildStarts = new AtomicInteger();
    final AtomicInteger pipStarts = new AtomicInteger();
    final List<List<String>> commands = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void accept(List<String> command) {
      commands.add(command);
      if (Path.of(command.get(0)).getFileName().toString().startsWith("esbuild")) {
        esbuildStarts.incrementAndGet();
      }
      if (command.contains("pip")) {
        pipStarts.incrementAndGet();
      }
    }
  }

  /** A packager using the per-user esbuild cache and reporting process starts to the counter. */
  static Packager packager(ProcessCounter counter) {
    return Packager.withProcessHook(counter);
  }
}
