package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SourceScan} finds a file a build reads that is newer than the jar (the root and module
 * poms, anything under a module's src/main, however deep) and nothing else.
 */
class SourceScanTest {

  private static final long BUILT = 1_700_000_000_000L;

  @TempDir Path checkout;

  @BeforeEach
  void checkoutBuiltAfterEveryFile() throws Exception {
    for (String file :
        new String[] {
          "pom.xml",
          "schema/pom.xml",
          "schema/src/main/java/dev/formwork/schema/Code.java",
          "schema/src/main/resources/META-INF/services/x",
          "schema/src/test/java/CodeTest.java",
          "cli/target/formwork.jar",
          ".venv/src/main/site.py",
          "docs/architecture.md"
        }) {
      touch(file, BUILT - 60_000);
    }
  }

  @Test
  void nothingNewerIsFresh() {
    assertEquals(Optional.empty(), scan());
  }

  @Test
  void findsASourceEditedInPlaceDeepInAModule() throws Exception {
    touch("schema/src/main/java/dev/formwork/schema/Code.java", BUILT + 1_000);
    assertEquals(
        Optional.of(Path.of("schema/src/main/java/dev/formwork/schema/Code.java")), scan());
  }

  @Test
  void findsANewResourceFile() throws Exception {
    touch("schema/src/main/resources/new.txt", BUILT + 1_000);
    assertEquals(Optional.of(Path.of("schema/src/main/resources/new.txt")), scan());
  }

  @Test
  void findsTheRootPomAndAModulePom() throws Exception {
    touch("schema/pom.xml", BUILT + 1_000);
    assertEquals(Optional.of(Path.of("schema/pom.xml")), scan());
    touch("pom.xml", BUILT + 1_000);
    assertEquals(Optional.of(Path.of("pom.xml")), scan());
  }

  @Test
  void ignoresTestsBuildOutputHiddenFoldersAndDocs() throws Exception {
    touch("schema/src/test/java/CodeTest.java", BUILT + 1_000);
    touch("cli/target/classes/Main.class", BUILT + 1_000);
    touch(".venv/src/main/site.py", BUILT + 1_000);
    touch("docs/architecture.md", BUILT + 1_000);
    assertEquals(Optional.empty(), scan());
  }

  @Test
  void aMissingCheckoutIsFresh() {
    assertEquals(Optional.empty(), new SourceScan(checkout.resolve("gone"), BUILT).call());
  }

  private Optional<Path> scan() {
    return new SourceScan(checkout, BUILT).call();
  }

  private void touch(String file, long millis) throws Exception {
    Path path = checkout.resolve(file);
    Files.createDirectories(path.getParent());
    if (!Files.exists(path)) {
      Files.writeString(path, file);
    }
    Files.setLastModifiedTime(path, FileTime.fromMillis(millis));
  }
}
