package dev.formwork.packager;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the entry sizes of an existing zip, to count unzipped bytes and name the biggest files. */
public final class ZipContents {

  /** One file in a zip and its unzipped size. */
  public record Entry(String name, long unzippedBytes) {}

  private ZipContents() {}

  /** All file entries, biggest first (then by name, so the order is stable). */
  public static List<Entry> entries(Path zip) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        if (!entry.isDirectory()) {
          entries.add(new Entry(entry.getName(), Math.max(0, entry.getSize())));
        }
      }
    }
    entries.sort(
        Comparator.comparingLong(Entry::unzippedBytes).reversed().thenComparing(Entry::name));
    return entries;
  }

  public static long unzippedBytes(Path zip) throws IOException {
    return entries(zip).stream().mapToLong(Entry::unzippedBytes).sum();
  }
}
