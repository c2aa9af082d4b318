package dev.formwork.cli;

import static dev.formwork.cli.QuickParser.constant;
import static dev.formwork.cli.QuickParser.path;
import static dev.formwork.cli.QuickParser.store;

import dev.formwork.cli.CompileCommand.TemplateFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The commands CI jobs run on every push ({@code compile}, {@code validate}, {@code package}) with
 * their options as {@link QuickParser} reads them, so a well-formed run starts without building
 * picocli's model; anything else goes to picocli. The options mirror the commands' annotations
 * (mixins included), which {@code QuickParserTest} checks.
 */
final class QuickCommands {

  private QuickCommands() {}

  /**
   * The command {@code args} invokes, its options set, when it is one of these and its arguments
   * need no picocli; {@code args[0]} is the command's name.
   */
  static Optional<? extends FormworkCommand> parse(String[] args, CliContext context) {
    List<String> options = Arrays.asList(args).subList(1, args.length);
    return parser(args[0]).flatMap(parser -> parser.parse(options, context));
  }

  /** The quick parser of a command, by the name it was invoked with. */
  static Optional<QuickParser<? extends FormworkCommand>> parser(String name) {
    return switch (name) {
      case "compile" -> Optional.of(compile());
      case "validate" -> Optional.of(validate());
      case "package" -> Optional.of(pack());
      default -> Optional.empty();
    };
  }

  private static QuickParser<CompileCommand> compile() {
    return configCommand(context -> new CompileCommand(context))
        .value(List.of("--manifest"), (c, v) -> store(path(v), p -> c.manifest.manifest = p))
        .value(List.of("--out"), (c, v) -> store(path(v), p -> c.out = p))
        .value(
            List.of("--format"),
            (c, v) -> store(constant(TemplateFormat.values(), v), f -> c.format = f));
  }

  private static QuickParser<ValidateCommand> validate() {
    return configCommand(context -> new ValidateCommand(context))
        .value(List.of("--manifest"), (c, v) -> store(path(v), p -> c.manifest.manifest = p));
  }

  private static QuickParser<PackageCommand> pack() {
    return configCommand(context -> new PackageCommand(context))
        .value(
            List.of("-o", "--output"),
            (c, v) -> store(constant(OutputFormat.values(), v), f -> c.output.output = f))
        .flag(List.of("--offline"), c -> c.build.offline = true)
        .flag(List.of("--run-tests"), c -> c.build.runTests = true)
        .value(List.of("--out"), (c, v) -> store(path(v), p -> c.out = p))
        .value(List.of("--cache"), (c, v) -> store(path(v), p -> c.cache = p));
  }

  /** The options of {@link CommonOptions} and {@link ConfigOptions}, but help. */
  private static <C extends ConfigCommand> QuickParser<C> configCommand(
      Function<CliContext, C> factory) {
    return new QuickParser<>(factory)
        .value(
            List.of("--error-format"),
            (c, v) -> store(constant(ErrorFormat.values(), v), f -> c.common.errorFormat = f))
        .flag(List.of("--no-color"), c -> c.common.noColor = true)
        .flag(List.of("--debug"), c -> c.common.debug = true)
        .value(List.of("-c", "--config"), (c, v) -> store(path(v), p -> c.config.config = p))
        .value(List.of("-s", "--stage"), (c, v) -> store(Optional.of(v), s -> c.config.stage = s))
        .value(List.of("-r", "--region"), (c, v) -> store(Optional.of(v), r -> c.config.region = r))
        .value(
            List.of("--project-name"),
            (c, v) -> store(Optional.of(v), n -> c.config.projectName = n))
        .repeatable(List.of("--arg"), QuickCommands::cliArg);
  }

  /**
   * {@code --arg KEY=VALUE}; a value without a key or value, or with quotes (which picocli reads
   * specially), is left to picocli.
   */
  private static boolean cliArg(ConfigCommand command, String value) {
    int equals = value.indexOf('=');
    if (equals <= 0 || equals == value.length() - 1 || value.indexOf('"') >= 0) {
      return false;
    }
    command.config.args.put(value.substring(0, equals), value.substring(equals + 1));
    return true;
  }
}
