package dev.formwork.cli;

import dev.formwork.deployer.aws.AwsSettings;
import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code formwork} command line: compiles, validates, packages and deploys Stacktape-style
 * configs.
 */
@Command(
    name = "formwork",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Compile a Stacktape-style config into AWS CloudFormation, package its code and deploy it.",
    footer = {
      "",
      "Run `formwork help COMMAND` for a command's options and an example.",
      "",
      "Exit codes: 0 ok, 1 config errors, 2 usage error, 3 AWS or deployment failure,"
          + " 4 differences found (diff/preview --fail), 130 interrupted (Ctrl-C),"
          + " 70 a bug in formwork."
    })
public final class Main {

  private static final int SUMMARY_COLUMN = 15;
  private static final int WIDTH = 80;

  public static void main(String[] args) {
    CliContext context = CliContext.system(StaleJarGuard.start(args));
    int code = run(args, context);
    context.flush();
    System.exit(code);
  }

  /** Runs formwork as a function (used by tests): returns the exit code. */
  public static int run(String[] args, Path workingDirectory, PrintStream out, PrintStream err) {
    return run(
        args,
        CliContext.create(workingDirectory, out, err, System.getenv(), false, AwsSettings.DEFAULT));
  }

  static int run(String[] args, CliContext context) {
    try {
      // compile, validate and package, when their arguments are plain, start without picocli, and
      // their compile runs beside the stale-jar scan: each awaits it before its first output.
      Optional<? extends FormworkCommand> quick =
          args.length == 0 ? Optional.empty() : QuickCommands.parse(args, context);
      if (quick.isPresent()) {
        return quick.get().call();
      }
      context.staleJar().awaitFresh();
      if (args.length == 0) {
        commandLine(context, Optional.empty()).usage(context.err());
        return ExitCodes.USAGE;
      }
      Optional<CommandRegistry.Entry> command = CommandRegistry.find(args[0]);
      if (command.isEmpty() && !args[0].startsWith("-")) {
        return fail(context, args, CommandFailure.of(CommandRegistry.unknown(args[0])));
      }
      return commandLine(context, command).execute(args);
    } finally {
      context.flush();
    }
  }

  /** The usage of formwork itself, with the command list from the registry. */
  static void usage(CliContext context) {
    commandLine(context, Optional.empty()).usage(context.out());
  }

  /** The usage of one command, as `formwork COMMAND --help` prints it. */
  static void usage(CliContext context, CommandRegistry.Entry command) {
    commandLine(context, Optional.of(command))
        .getSubcommands()
        .get(command.name())
        .usage(context.out());
  }

  /**
   * The command line with at most the one subcommand being run: picocli's reflective set-up costs
   * about 10 ms per command at start-up, so `--help`, `help` and typos list the commands from the
   * registry instead of building them.
   */
  static CommandLine commandLine(CliContext context, Optional<CommandRegistry.Entry> only) {
    CommandLine commandLine = new CommandLine(new Main());
    only.ifPresent(entry -> add(commandLine, entry, context));
    commandLine
        .getHelpSectionMap()
        .put(
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
            help -> System.lineSeparator() + "Commands:" + System.lineSeparator());
    commandLine
        .getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> commandList());
    configure(commandLine, context);
    return commandLine;
  }

  /** Every command, for the completion script (only `formwork completion` builds this). */
  static CommandLine fullCommandLine(CliContext context) {
    CommandLine commandLine = new CommandLine(new Main());
    CommandRegistry.ALL.forEach(entry -> add(commandLine, entry, context));
    configure(commandLine, context);
    return commandLine;
  }

  private static void add(CommandLine parent, CommandRegistry.Entry entry, CliContext context) {
    CommandLine sub = new CommandLine(entry.factory().apply(context));
    sub.getCommandSpec().usageMessage().description(entry.summary());
    parent.addSubcommand(entry.name(), sub, entry.aliases().toArray(String[]::new));
  }

  private static void configure(CommandLine commandLine, CliContext context) {
    commandLine.setOut(
        new PrintWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true));
    commandLine.setErr(
        new PrintWriter(new OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(
        (failure, arguments) -> fail(context, arguments, CommandFailure.of(usageFailure(failure))));
    commandLine.setExecutionExceptionHandler(
        (failure, command, parsed) ->
            fail(
                context,
                parsed.originalArgs().toArray(String[]::new),
                CommandFailure.internal(failure)));
  }

  /** A picocli parse error as a usage failure: unknown options get a did-you-mean. */
  static UsageException usageFailure(CommandLine.ParameterException failure) {
    CommandSpec spec = failure.getCommandLine().getCommandSpec();
    String help = "Run `" + spec.qualifiedName() + " --help` for its options.";
    if (failure instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      String word = unmatched.getUnmatched().get(0);
      if (word.startsWith("-")) {
        String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        List<String> names = new ArrayList<>();
        for (OptionSpec known : spec.options()) {
          names.addAll(Arrays.asList(known.names()));
        }
        return new UsageException(
            Code.CLI_UNKNOWN_OPTION,
            "`" + spec.qualifiedName() + "` has no option '" + option + "'.",
            Optional.of(
                Suggestions.didYouMean(option, names).map(hint -> hint + " ").orElse("") + help));
      }
      return new UsageException(
          Code.CLI_UNKNOWN_OPTION,
          "`" + spec.qualifiedName() + "` takes no argument '" + word + "'.",
          Optional.of(help));
    }
    return new UsageException(Code.CLI_USAGE, sentence(failure.getMessage()), Optional.of(help));
  }

  /**
   * Where errors go before a command's own options are parsed: --error-format and --no-color are
   * read from the raw arguments.
   */
  private static ErrorOutput rawErrors(CliContext context, String[] args) {
    List<String> list = Arrays.asList(args);
    int format = list.indexOf("--error-format");
    boolean json =
        list.contains("--error-format=json")
            || (format >= 0
                && format + 1 < list.size()
                && list.get(format + 1).equalsIgnoreCase("json"));
    return new ErrorOutput(
        context.err(),
        json ? ErrorFormat.json : ErrorFormat.text,
        context.color(list.contains("--no-color")),
        list.contains("--debug"));
  }

  /** Reports a failure found before a command ran (or by picocli) and returns its exit code. */
  private static int fail(CliContext context, String[] args, CommandFailure failure) {
    ErrorOutput errors = rawErrors(context, args);
    int code = errors.failure(failure);
    errors.finish();
    return code;
  }

  private static String commandList() {
    StringBuilder table = new StringBuilder();
    String indent = " ".repeat(SUMMARY_COLUMN);
    for (CommandRegistry.Entry entry : CommandRegistry.ALL) {
      List<String> lines = wrap(entry.summary(), WIDTH - SUMMARY_COLUMN);
      table.append(String.format("  %-" + (SUMMARY_COLUMN - 2) + "s", entry.name()));
      table.append(lines.get(0)).append(System.lineSeparator());
      for (String more : lines.subList(1, lines.size())) {
        table.append(indent).append(more).append(System.lineSeparator());
      }
      if (!entry.aliases().isEmpty()) {
        table
            .append(indent)
            .append("Also: ")
            .append(String.join(", ", entry.aliases()))
            .append('.')
            .append(System.lineSeparator());
      }
    }
    return table.toString();
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String sentence(String message) {
    String text = message == null ? "The command line is not valid" : message.trim();
    return text.endsWith(".") ? text : text + ".";
  }
}
