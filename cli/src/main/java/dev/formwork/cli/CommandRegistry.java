package dev.formwork.cli;

import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every formwork command, in the order {@code --help} lists them: name, aliases, one-line summary
 * (the summary in {@code --help} and in the command's own help) and how to build it. Help, the
 * command list, completion and did-you-mean read this list, so a run builds only the command it
 * invokes (picocli's set-up costs about 10 ms per command).
 */
final class CommandRegistry {

  /** One command. */
  record Entry(
      String name, List<String> aliases, String summary, Function<CliContext, Object> factory) {

    boolean answersTo(String word) {
      return name.equals(word) || aliases.contains(word);
    }
  }

  // Lambdas rather than constructor references: a command's class is loaded only when it runs.
  static final List<Entry> ALL =
      List.of(
          new Entry(
              "init",
              List.of(),
              "Create a minimal project: config, TypeScript handler, .gitignore.",
              context -> new InitCommand(context)),
          new Entry(
              "compile",
              List.of(),
              "Compile the config into a CloudFormation template.",
              context -> new CompileCommand(context)),
          new Entry(
              "validate",
              List.of(),
              "Check the config and print its diagnostics.",
              context -> new ValidateCommand(context)),
          new Entry(
              "package",
              List.of(),
              "Build functions and layers into reproducible zips and a manifest.",
              context -> new PackageCommand(context)),
          new Entry(
              "deploy",
              List.of(),
              "Package, compile and deploy the stack through a change set.",
              context -> new DeployCommand(context)),
          new Entry(
              "preview",
              List.of(),
              "Show what a deploy would change, without changing anything.",
              context -> new PreviewCommand(context)),
          new Entry(
              "diff",
              List.of(),
              "Compare the compiled template with the deployed one.",
              context -> new DiffCommand(context)),
          new Entry(
              "info",
              List.of(),
              "Show the deployed stack: status, outputs, resource parameters.",
              context -> new InfoCommand(context)),
          new Entry(
              "invoke",
              List.of(),
              "Invoke a function in AWS, or --local with a sample event.",
              context -> new InvokeCommand(context)),
          new Entry(
              "script-run",
              List.of(),
              "Run a script from `scripts` with its connectTo variables.",
              context -> new ScriptRunCommand(context)),
          new Entry(
              "logs",
              List.of(),
              "Show (or --follow) the CloudWatch Logs of functions and other resources.",
              context -> new LogsCommand(context)),
          new Entry(
              "dev",
              List.of(),
              "Watch the sources, rebuild and hotswap what changed, stream its logs.",
              context -> new DevCommand(context)),
          new Entry(
              "rollback",
              List.of(),
              "Redeploy a recorded deployment (--to N, --previous), or --continue a failed"
                  + " rollback.",
              context -> new RollbackCommand(context)),
          new Entry(
              "delete",
              List.of("destroy", "remove"),
              "Empty the stack's buckets, then delete it.",
              context -> new DeleteCommand(context)),
          new Entry(
              "schema",
              List.of(),
              "Print the JSON Schema of the config, for editors.",
              context -> new SchemaCommand(context)),
          new Entry(
              "completion",
              List.of(),
              "Print a shell completion script for bash or zsh.",
              context -> new CompletionCommand(context)),
          new Entry(
              "help",
              List.of(),
              "Show the help of formwork or of one command.",
              context -> new HelpCommand(context)));

  private CommandRegistry() {}

  static Optional<Entry> find(String word) {
    return ALL.stream().filter(entry -> entry.answersTo(word)).findFirst();
  }

  /** Every name and alias, for did-you-mean. */
  static List<String> words() {
    List<String> words = new ArrayList<>();
    for (Entry entry : ALL) {
      words.add(entry.name());
      words.addAll(entry.aliases());
    }
    return words;
  }

  /** "Unknown command", with the closest name as a hint. */
  static UsageException unknown(String word) {
    return new UsageException(
        Code.CLI_UNKNOWN_COMMAND,
        "'" + word + "' is not a formwork command.",
        Optional.of(
            Suggestions.didYouMean(word, words()).map(hint -> hint + " ").orElse("")
                + "Run `formwork help` for the list of commands."));
  }
}
