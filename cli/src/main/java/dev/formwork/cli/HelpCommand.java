package dev.formwork.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code formwork help [COMMAND]}: the usage of formwork, or of one command. */
@Command(
    name = "help",
    footer = {"", "Examples:", "  formwork help", "  formwork help deploy"})
final class HelpCommand extends FormworkCommand {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "COMMAND",
      description = "The command to explain (default: list every command).")
  String command;

  HelpCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    if (command == null) {
      Main.usage(context);
      return ExitCodes.OK;
    }
    Main.usage(
        context, CommandRegistry.find(command).orElseThrow(() -> CommandRegistry.unknown(command)));
    return ExitCodes.OK;
  }
}
