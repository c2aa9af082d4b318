package dev.formwork.packager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

/**
 * The content of one zip entry: a file on disk or bytes in memory, and whether it is executable.
 */
public sealed interface ZipSource permits ZipSource.FromFile, ZipSource.FromBytes {

  byte[] read() throws IOException;

  boolean executable();

  /** An entry copied from a file; executable when the file is. */
  record FromFile(Path file, boolean executable) implements ZipSource {
    public static FromFile of(Path file) {
      return new FromFile(file, ownerExecutable(file));
    }

    @Override
    public byte[] read() throws IOException {
      return Files.readAllBytes(file);
    }

    /** The owner's x bit only, so a root user's view of permissions does not change the zip. */
    private static boolean ownerExecutable(Path file) {
      try {
        return Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_EXECUTE);
      } catch (UnsupportedOperationException | IOException e) {
        return false;
      }
    }
  }

  /** An entry generated in memory. */
  record FromBytes(byte[] bytes, boolean executable) implements ZipSource {
    @Override
    public byte[] read() {
      return bytes.clone();
    }
  }
}
