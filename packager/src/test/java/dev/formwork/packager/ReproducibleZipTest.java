package dev.formwork.packager;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zip writer: same entries give the same bytes, whatever the files' times; fixed modes and
 * times.
 */
class ReproducibleZipTest {

  @TempDir Path temp;

  @Test
  void sameContentGivesSameBytesRegardlessOfFileTimesAndFolders() throws Exception {
    Path a = TestFiles.write(temp, "one/a.txt", "alpha");
    Path b = TestFiles.write(temp, "two/a.txt", "alpha");
    Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2001-02-03T04:05:06Z")));
    Files.setLastModifiedTime(b, FileTime.from(Instant.parse("2024-12-31T23:59:59Z")));
    TreeMap<String, ZipSource> first = new TreeMap<>();
    first.put("z/last.txt", new ZipSource.FromBytes("z".getBytes(StandardCharsets.UTF_8), false));
    first.put("a.txt", ZipSource.FromFile.of(a));
    TreeMap<String, ZipSource> second = new TreeMap<>();
    second.put("a.txt", ZipSource.FromFile.of(b));
    second.put("z/last.txt", new ZipSource.FromBytes("z".getBytes(StandardCharsets.UTF_8), false));

    ZipStats one = ReproducibleZip.write(first, temp.resolve("1.zip"));
    ZipStats two = ReproducibleZip.write(second, temp.resolve("2.zip"));

    assertArrayEquals(Files.readAllBytes(one.file()), Files.readAllBytes(two.file()));
    assertEquals(one.sha256(), Digests.ofFile(two.file()));
    assertEquals(6, one.unzippedBytes());
    assertEquals(Files.size(one.file()), one.zippedBytes());
    assertEquals(List.of("a.txt", "z/last.txt"), TestFiles.entryNames(one.file()));
    for (int[] header : ZipModes.headers(one.file())) {
      assertEquals(0x0314, header[0], "made by Unix, zip 2.0");
      assertEquals(0, header[1], "time 00:00");
      assertEquals(0x21, header[2], "date 1980-01-01");
    }
    assertEquals("alpha", TestFiles.entryText(one.file(), "a.txt"));
  }

  @Test
  void executablesKeep0755AndOtherFiles0644() throws Exception {
    TreeMap<String, ZipSource> entries = new TreeMap<>();
    entries.put("bootstrap", new ZipSource.FromBytes(new byte[] {1}, true));
    entries.put("empty.txt", new ZipSource.FromBytes(new byte[0], false));

    ZipStats zip = ReproducibleZip.write(entries, temp.resolve("modes.zip"));

    assertEquals("100755 100644", ZipModes.modes(zip.file()));
    String listing =
        TestFiles.run(
            temp,
            "python3",
            "-c",
            "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); print([(i.filename,"
                + " oct(i.external_attr>>16), i.date_time) for i in z.infolist()]); z.testzip()",
            zip.file().toString());
    assertEquals(
        "[('bootstrap', '0o100755', (1980, 1, 1, 0, 0, 0)), ('empty.txt', '0o100644', (1980, 1, 1,"
            + " 0, 0, 0))]",
        listing.strip());
  }
}
