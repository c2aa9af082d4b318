package dev.formwork.packager;

import java.util.List;

/** The sizes of one built artifact and its biggest files, which is all the size checks need. */
public record ArtifactSizes(
    String resourceName,
    long zippedBytes,
    long unzippedBytes,
    List<ZipContents.Entry> biggestEntries) {

  public ArtifactSizes {
    biggestEntries = List.copyOf(biggestEntries);
  }
}
