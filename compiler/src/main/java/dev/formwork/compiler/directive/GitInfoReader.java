package dev.formwork.compiler.directive;

import dev.formwork.process.ProcessCommand;
import dev.formwork.process.ProcessResult;
import dev.formwork.process.ProcessRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Answers $GitInfo properties: an explicit {@code STP_GIT_<PROPERTY>} variable first, then git in
 * the config's directory, then the variables GitHub Actions, GitLab CI and Bitbucket set (CI
 * checkouts are often detached or shallow, so git alone cannot tell the branch).
 */
final class GitInfoReader {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final Path directory;
  private final Map<String, String> environment;
  private final ProcessRunner processes;
  private final Map<String, Optional<String>> answers = new HashMap<>();

  GitInfoReader(Path directory, Map<String, String> environment, ProcessRunner processes) {
    this.directory = directory;
    this.environment = Map.copyOf(environment);
    this.processes = processes;
  }

  synchronized Optional<String> read(String property) {
    return answers.computeIfAbsent(property, this::lookUp);
  }

  private Optional<String> lookUp(String property) {
    Optional<String> explicit = env("STP_GIT_" + property.toUpperCase(Locale.ROOT));
    if (explicit.isPresent()) {
      return property.equals("gitUrl") ? explicit.map(GitUrls::sanitize) : explicit;
    }
    return switch (property) {
      case "commit" ->
          git("rev-parse", "HEAD")
              .or(() -> env("GITHUB_SHA"))
              .or(() -> env("CI_COMMIT_SHA"))
              .or(() -> env("BITBUCKET_COMMIT"));
      case "branch" ->
          git("rev-parse", "--abbrev-ref", "HEAD")
              .filter(branch -> !branch.equals("HEAD"))
              .or(() -> env("GITHUB_HEAD_REF"))
              .or(() -> env("GITHUB_REF_NAME"))
              .or(() -> env("CI_COMMIT_REF_NAME"))
              .or(() -> env("BITBUCKET_BRANCH"));
      case "username" ->
          git("config", "user.name")
              .or(() -> env("GITHUB_ACTOR"))
              .or(() -> env("GITLAB_USER_LOGIN"));
      case "gitUrl" ->
          git("config", "--get", "remote.origin.url")
              .or(this::githubUrl)
              .or(() -> env("CI_REPOSITORY_URL"))
              .or(() -> env("BITBUCKET_GIT_HTTP_ORIGIN"))
              .map(GitUrls::sanitize);
      case "hasUncommitedChanges" ->
          processes
              .tryRun(
                  ProcessCommand.of(List.of("git", "status", "--porcelain"), directory, TIMEOUT))
              .filter(ProcessResult::succeeded)
              .map(result -> Boolean.toString(!result.stdout().isBlank()));
      default -> Optional.empty();
    };
  }

  private Optional<String> githubUrl() {
    return env("GITHUB_SERVER_URL")
        .flatMap(server -> env("GITHUB_REPOSITORY").map(repo -> server + "/" + repo));
  }

  private Optional<String> git(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(arguments));
    return processes
        .tryRun(ProcessCommand.of(command, directory, TIMEOUT))
        .filter(ProcessResult::succeeded)
        .map(result -> result.stdout().trim())
        .filter(text -> !text.isEmpty());
  }

  private Optional<String> env(String name) {
    return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
  }
}
