package dev.formwork.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code formwork completion bash|zsh}: a completion script for commands, aliases and options. The
 * same script serves both shells (it turns on zsh's bash-completion support itself).
 */
@Command(
    name = "completion",
    footer = {
      "",
      "Examples:",
      "  source <(formwork completion bash)                  # this shell only",
      "  formwork completion zsh > \"${fpath[1]}/_formwork\"   # every zsh",
      "  formwork completion bash > ~/.local/share/bash-completion/completions/formwork"
    })
final class CompletionCommand extends FormworkCommand {

  /** The shells the script supports. */
  enum Shell {
    bash,
    zsh
  }

  @Parameters(
      index = "0",
      paramLabel = "SHELL",
      description = "The shell: ${COMPLETION-CANDIDATES}.")
  Shell shell;

  CompletionCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    // Only this command builds every other one: the script must know all their options.
    context.out().print(AutoComplete.bash("formwork", Main.fullCommandLine(context)));
    return ExitCodes.OK;
  }
}
