package dev.formwork.schema.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary siblings: new every time, across threads, and never an entry that already exists. */
class TempSiblingsTest {

  @TempDir Path folder;

  @Test
  void namesFilesAndFoldersAfterTheRunAndACounter() throws IOException {
    Path file = TempSiblings.file(folder, ".template.json.", ".tmp");
    Path directory = TempSiblings.directory(folder, "build");
    assertThat(file.getFileName().toString()).matches("\\.template\\.json\\.[0-9a-z]+-\\d+\\.tmp");
    assertThat(directory.getFileName().toString()).matches("build[0-9a-z]+-\\d+");
    assertThat(file).isEmptyFile();
    assertThat(directory).isEmptyDirectory();
    assertThat(file.getParent()).isEqualTo(folder);
  }

  @Test
  void skipsNamesThatExistAlready() throws IOException {
    Path first = TempSiblings.file(folder, "x", ".tmp");
    String name = first.getFileName().toString();
    long n = Long.parseLong(name.substring(name.indexOf('-') + 1, name.length() - ".tmp".length()));
    String stem = name.substring(0, name.indexOf('-') + 1);
    // Taken by another process, or left behind: a file, a folder, a dangling link.
    Files.writeString(folder.resolve(stem + (n + 1) + ".tmp"), "keep");
    Files.createDirectory(folder.resolve(stem + (n + 2) + ".tmp"));
    Files.createSymbolicLink(folder.resolve(stem + (n + 3) + ".tmp"), folder.resolve("nowhere"));
    Path next = TempSiblings.file(folder, "x", ".tmp");
    assertThat(next.getFileName().toString()).isEqualTo(stem + (n + 4) + ".tmp");
    assertThat(folder.resolve(stem + (n + 1) + ".tmp")).hasContent("keep");
    assertThat(folder.resolve("nowhere")).doesNotExist();
  }

  @Test
  void parallelCallersGetDistinctFiles() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Path>> files = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        files.add(pool.submit(() -> TempSiblings.file(folder, ".entry", ".tmp")));
      }
      Set<Path> distinct = new HashSet<>();
      for (Future<Path> file : files) {
        distinct.add(file.get());
      }
      assertThat(distinct).hasSize(200).allMatch(Files::isRegularFile);
    } finally {
      pool.shutdownNow();
    }
  }
}
