package dev.formwork.packager;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The content of a Java function's zip in Lambda's layout: the build's classes and resources at the
 * root and the runtime dependency jars under {@code lib/}, or the entries of the shaded jar the
 * build made. https://docs.aws.amazon.com/lambda/latest/dg/java-package.html
 *
 * <p>The zip is written by {@link ReproducibleZip}, so it is reproducible even when the build's own
 * jar is not (jar tools stamp entry times); {@code META-INF/maven/} of a shaded jar is left out,
 * since maven-archiver may write a build timestamp into its {@code pom.properties}.
 */
record JavaLayout(SortedMap<String, ZipSource> entries) {

  private static final String MAVEN_METADATA = "META-INF/maven/";

  /** The layout of a Maven build: target/classes plus the classpath the dependency plugin wrote. */
  static JavaLayout ofMaven(Path projectFolder, Path classpathFile) throws IOException {
    Path target = projectFolder.resolve("target");
    Optional<Path> shaded = mavenShadedJar(target);
    if (shaded.isPresent()) {
      return new JavaLayout(jarEntries(shaded.get()));
    }
    List<Path> classpath = new ArrayList<>();
    if (Files.isRegularFile(classpathFile)) {
      String text = Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
      if (!text.isEmpty()) {
        for (String element : text.split(Pattern.quote(File.pathSeparator), -1)) {
          if (!element.isEmpty()) {
            classpath.add(Path.of(element));
          }
        }
      }
    }
    return of(List.of(target.resolve("classes")), classpath);
  }

  /** The layout the Gradle init script described: "classes", "lib" or "shaded" lines. */
  static JavaLayout ofGradle(Path layoutFile) throws IOException {
    List<Path> classes = new ArrayList<>();
    List<Path> libraries = new ArrayList<>();
    for (String line : Files.readAllLines(layoutFile, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t", 2);
      if (fields.length < 2) {
        continue;
      }
      Path path = Path.of(fields[1]);
      if (fields[0].equals("shaded")) {
        return new JavaLayout(jarEntries(path));
      }
      (fields[0].equals("classes") ? classes : libraries).add(path);
    }
    return of(classes, libraries);
  }

  /** Folders' files at the root; jars under lib/ (folders on the classpath go to the root too). */
  static JavaLayout of(List<Path> classFolders, List<Path> classpath) throws IOException {
    SortedMap<String, ZipSource> entries = new TreeMap<>();
    List<Path> folders = new ArrayList<>(classFolders);
    for (Path element : classpath) {
      if (Files.isDirectory(element)) {
        folders.add(element);
      } else if (Files.isRegularFile(element) && element.toString().endsWith(".jar")) {
        String name = "lib/" + element.getFileName();
        if (entries.containsKey(name)) {
          // Two artifacts with one file name (same artifactId in two groups): keep both.
          name =
              "lib/"
                  + Digests.ofText(element.toString()).substring(0, 8)
                  + "-"
                  + element.getFileName();
        }
        entries.put(name, new ZipSource.FromFile(element, false));
      }
    }
    for (Path folder : folders) {
      if (Files.isDirectory(folder)) {
        FileSets.files(folder, Set.of())
            .forEach((name, file) -> entries.put(name, new ZipSource.FromFile(file, false)));
      }
    }
    return new JavaLayout(entries);
  }

  /**
   * The jar maven-shade-plugin made: it keeps the unshaded jar as {@code original-<name>.jar} next
   * to the shaded {@code <name>.jar}.
   */
  private static Optional<Path> mavenShadedJar(Path target) throws IOException {
    if (!Files.isDirectory(target)) {
      return Optional.empty();
    }
    try (DirectoryStream<Path> originals = Files.newDirectoryStream(target, "original-*.jar")) {
      for (Path original : originals) {
        Path shaded =
            target.resolve(original.getFileName().toString().substring("original-".length()));
        if (Files.isRegularFile(shaded)) {
          return Optional.of(shaded);
        }
      }
    }
    return Optional.empty();
  }

  private static SortedMap<String, ZipSource> jarEntries(Path jar) throws IOException {
    SortedMap<String, ZipSource> entries = new TreeMap<>();
    try (InputStream in = Files.newInputStream(jar);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (!entry.isDirectory() && !entry.getName().startsWith(MAVEN_METADATA)) {
          entries.put(entry.getName(), new ZipSource.FromBytes(zip.readAllBytes(), false));
        }
      }
    }
    return entries;
  }
}
