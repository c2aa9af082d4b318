package dev.formwork.compiler.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.process.ProcessCommand;
import dev.formwork.process.ProcessResult;
import dev.formwork.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real host's files and git facts, against a real git repository and CI variables. */
class RealDirectiveHostTest {

  @TempDir Path directory;

  private String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "init.defaultBranch=main"));
    command.addAll(List.of(args));
    ProcessResult result =
        new ProcessRunner()
            .tryRun(ProcessCommand.of(command, directory, Duration.ofSeconds(20)))
            .orElseThrow();
    assertEquals(0, result.exitCode(), result.stderr());
    return result.stdout().trim();
  }

  @Test
  void readsFilesAsUtf8AndReportsMissingOnesAsEmpty() throws IOException {
    RealDirectiveHost host = RealDirectiveHost.withDefaults(directory, Map.of());
    Files.writeString(directory.resolve("a.txt"), "é\n");
    assertEquals(Optional.of("é\n"), host.readFile(directory.resolve("a.txt")));
    assertEquals(Optional.empty(), host.readFile(directory.resolve("missing.txt")));
    assertEquals(Optional.empty(), host.readFile(directory));
    Files.write(directory.resolve("latin1.txt"), new byte[] {(byte) 0xE9});
    assertEquals(Optional.empty(), host.readFile(directory.resolve("latin1.txt")));
  }

  @Test
  void gitFactsComeFromTheRepository() throws IOException {
    git("init", "-q");
    git("config", "user.name", "Ada Lovelace");
    git("config", "user.email", "ada@example.com");
    git("remote", "add", "origin", "https://ada:s3cret-token@github.com/acme/shop.git");
    Files.writeString(directory.resolve("f.txt"), "1");
    git("add", "f.txt");
    git("commit", "-q", "-m", "first");
    RealDirectiveHost host = RealDirectiveHost.withDefaults(directory, Map.of());
    assertEquals(Optional.of(git("rev-parse", "HEAD")), host.gitInfo("commit"));
    assertEquals(Optional.of("main"), host.gitInfo("branch"));
    assertEquals(Optional.of("Ada Lovelace"), host.gitInfo("username"));
    assertEquals(Optional.of("https://github.com/acme/shop"), host.gitInfo("gitUrl"));
    assertEquals(Optional.of("false"), host.gitInfo("hasUncommitedChanges"));
    Files.writeString(directory.resolve("g.txt"), "2");
    assertEquals(
        Optional.of("true"),
        RealDirectiveHost.withDefaults(directory, Map.of()).gitInfo("hasUncommitedChanges"));
  }

  @Test
  void outsideARepositoryCiVariablesAreUsed() {
    Map<String, String> ci =
        Map.of(
            "GITHUB_SHA", "0123abc",
            "GITHUB_REF_NAME", "feature/x",
            "GITHUB_ACTOR", "octocat",
            "GITHUB_SERVER_URL", "https://github.com",
            "GITHUB_REPOSITORY", "acme/shop");
    RealDirectiveHost host = RealDirectiveHost.withDefaults(directory, ci);
    assertEquals(Optional.of("0123abc"), host.gitInfo("commit"));
    assertEquals(Optional.of("feature/x"), host.gitInfo("branch"));
    // git answers first when it knows a user name (a global git config applies outside a repository
    // too).
    Optional<String> globalName =
        new ProcessRunner()
            .tryRun(
                ProcessCommand.of(
                    List.of("git", "config", "user.name"), directory, Duration.ofSeconds(20)))
            .filter(ProcessResult::succeeded)
            .map(result -> result.stdout().trim())
            .filter(name -> !name.isEmpty());
    assertEquals(Optional.of(globalName.orElse("octocat")), host.gitInfo("username"));
    assertEquals(Optional.of("https://github.com/acme/shop"), host.gitInfo("gitUrl"));
    assertEquals(Optional.empty(), host.gitInfo("hasUncommitedChanges"));
  }

  @Test
  void explicitStpVariablesWin() {
    RealDirectiveHost host =
        RealDirectiveHost.withDefaults(
            directory,
            Map.of(
                "STP_GIT_BRANCH",
                "release",
                "GITHUB_REF_NAME",
                "other",
                "STP_GIT_GITURL",
                "git@gitlab.com:g/p.git"));
    assertEquals(Optional.of("release"), host.gitInfo("branch"));
    assertEquals(Optional.of("https://gitlab.com/g/p"), host.gitInfo("gitUrl"));
    assertTrue(host.gitInfo("commit").isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "git@github.com:acme/shop.git, https://github.com/acme/shop",
    "https://user:token@github.com/acme/shop.git, https://github.com/acme/shop",
    "ssh://git@gitlab.example.com:2222/group/sub/app.git, https://gitlab.example.com/group/sub/app",
    "http://gitlab-ci-token:abc@gitlab.com/g/p.git, https://gitlab.com/g/p",
    "https://bitbucket.org/team/repo, https://bitbucket.org/team/repo",
  })
  void gitUrlsLoseCredentialsAndBecomeHttps(String remote, String expected) {
    assertEquals(expected, GitUrls.sanitize(remote));
  }
}
