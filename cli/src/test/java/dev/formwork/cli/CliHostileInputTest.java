package dev.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs found by fuzzing the CLI that ended in exit 70, a stack trace, megabytes on stderr or a
 * silently overwritten config: each is now a diagnostic (exit 1) or a usage error (exit 2).
 */
class CliHostileInputTest {

  @TempDir Path dir;

  private static final String VALID =
      """
      resources:
        api:
          type: function
          properties:
            packaging:
              type: stacktape-lambda-buildpack
              properties:
                entryfilePath: index.ts
      """;

  private InProcessCli.Result run(String... args) {
    return InProcessCli.launched(dir).run(args);
  }

  private InProcessCli.Result compile(String... extra) {
    String[] args = new String[6 + extra.length];
    System.arraycopy(
        new String[] {"compile", "--stage", "dev", "--region", "eu-west-1", "--config"},
        0,
        args,
        0,
        6);
    System.arraycopy(extra, 0, args, 6, extra.length);
    return run(args);
  }

  private void project() throws IOException {
    Files.writeString(dir.resolve("formwork.yml"), VALID);
    Files.writeString(dir.resolve("index.ts"), "export default async () => 'ok';\n");
  }

  @Test
  void aOneGibibyteConfigIsRefusedWithoutReadingItWhole() throws IOException {
    Path config = dir.resolve("formwork.yml");
    // Sparse: 1 GiB on paper, nothing on disk; reading it whole would need 1 GiB of heap.
    try (RandomAccessFile file = new RandomAccessFile(config.toFile(), "rw")) {
      file.setLength(1L << 30);
    }
    InProcessCli.Result run = compile("formwork.yml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("error[config.too-large]")
        .contains("larger than the limit of 2097152 bytes");
    assertThat(run.err().length()).isLessThan(4_000);
  }

  @Test
  void aHugeSingleLineConfigEchoesOnlyAnExcerpt() throws IOException {
    Path config = dir.resolve("formwork.yml");
    Files.writeString(config, "resources: " + "x".repeat(3 * 1024 * 1024) + "\n");
    InProcessCli.Result run = compile("formwork.yml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("error[config.too-large]")
        .contains(" 1 | resources: xxxx")
        .contains("xxx…\n");
    assertThat(run.err().length()).isLessThan(4_000);
  }

  @Test
  void controlBytesFromTheConfigAreEscapedInDiagnostics() throws IOException {
    project();
    Files.writeString(
        dir.resolve("formwork.yml"), VALID + "      runtime: \"nodejs\\e]0;title\\a\"\n");
    InProcessCli.Result run = compile("formwork.yml");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("'nodejs\\u001B]0;title\\u0007' is not a valid value for 'runtime'")
        .doesNotContain("\u001b")
        .doesNotContain("\u0007");
  }

  @Test
  void outNamingAFolderIsAUsageError() throws IOException {
    project();
    Files.createDirectories(dir.resolve("build"));
    InProcessCli.Result run = compile("formwork.yml", "--out", "build");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "error[cli.file]: --out build is a folder.\n"
                + "  = hint: Give the template's file name, e.g. --out build/template.json.")
        .doesNotContain("Exception");
    assertThat(dir.resolve("build")).isEmptyDirectory();
  }

  @Test
  void outNamingTheConfigFileIsRefused() throws IOException {
    project();
    InProcessCli.Result run = compile("formwork.yml", "--out", "./formwork.yml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "--out ./formwork.yml is the config file itself; writing the template would"
                + " overwrite it.");
    assertThat(Files.readString(dir.resolve("formwork.yml"))).isEqualTo(VALID);
  }

  @Test
  void outUnderAFileCannotBeWritten() throws IOException {
    project();
    InProcessCli.Result run = compile("formwork.yml", "--out", "index.ts/template.json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--out index.ts/template.json cannot be written:")
        .contains("index.ts is a file.");
  }
}
