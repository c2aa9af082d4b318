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

  static final List<Entry> ALL =
      List.of(
          new Entry(
              "init",
              List.of(),
              "Create a minimal project here: config, one TypeScript handler, .gitignore.",
              InitCommand::new),
          new Entry(
              "compile",
              List.of(),
              "Compile the config into a CloudFormation template (JSON by default).",
              CompileCommand::new),
          new Entry(
              "validate",
              List.of(),
              "Check the config and print its diagnostics; writes no template.",
              ValidateCommand::new),
          new Entry(
              "package",
              List.of(),
              "Build every function and layer into reproducible zips plus manifest.json.",
              PackageCommand::new),
          new Entry(
              "deploy",
              List.of(),
              "Package, compile and deploy the stack through a change set; print the outputs.",
              DeployCommand::new),
          new Entry(
              "preview",
              List.of(),
              "Show what a deploy would change (a change set that is created, printed, deleted).",
              PreviewCommand::new),
          new Entry(
              "diff",
              List.of(),
              "Compare the compiled template with the deployed one, resource by resource.",
              DiffCommand::new),
          new Entry(
              "info",
              List.of(),
              "Show the deployed stack: status, outputs, and each resource's parameters.",
              InfoCommand::new),
          new Entry(
              "invoke",
              List.of(),
              "Invoke a function in AWS, or --local on this machine with a sample event.",
              InvokeCommand::new),
          new Entry(
              "script-run",
              List.of(),
              "Run one script from `scripts`, with its connectTo variables from the stack.",
              ScriptRunCommand::new),
          new Entry(
              "rollback",
              List.of(),
              "Continue the rollback of a stack in UPDATE_ROLLBACK_FAILED.",
              RollbackCommand::new),
          new Entry(
              "delete",
              List.of("destroy", "remove"),
              "Delete the stack: empty its deployment bucket and non-retained buckets, then delete"
                  + " it.",
              DeleteCommand::new),
          new Entry(
              "schema",
              List.of(),
              "Print the JSON Schema of the config language (editor completion and checks).",
              SchemaCommand::new),
          new Entry(
              "completion",
              List.of(),
              "Print a shell completion script for bash or zsh.",
              CompletionCommand::new),
          new Entry(
              "help", List.of(), "Show the help of formwork or of one command.", HelpCommand::new));

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
