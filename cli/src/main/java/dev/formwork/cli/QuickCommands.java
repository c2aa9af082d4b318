package dev.formwork.cli;

import static dev.formwork.cli.QuickParser.constant;
import static dev.formwork.cli.QuickParser.path;

import dev.formwork.cli.CompileCommand.TemplateFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
    Optional<QuickParser<? extends FormworkCommand>> parser = parser(args[0]);
    return parser.isPresent() ? parser.get().parse(options, context) : Optional.empty();
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
    return configOptions(new QuickParser<>(new Compile()))
        .value("--manifest")
        .value("--out")
        .value("--format");
  }

  private static QuickParser<ValidateCommand> validate() {
    return configOptions(new QuickParser<>(new Validate())).value("--manifest");
  }

  private static QuickParser<PackageCommand> pack() {
    return configOptions(new QuickParser<>(new Package()))
        .value("-o", "--output")
        .flag("--offline")
        .flag("--run-tests")
        .value("--out")
        .value("--cache");
  }

  /** The options of {@link CommonOptions} and {@link ConfigOptions}, but help. */
  private static <C extends ConfigCommand> QuickParser<C> configOptions(QuickParser<C> parser) {
    return parser
        .value("--error-format")
        .flag("--no-color")
        .flag("--debug")
        .value("-c", "--config")
        .value("-s", "--stage")
        .value("-r", "--region")
        .value("--project-name")
        .repeatable("--arg");
  }

  // A value that does not convert (a path the OS rejects, an unknown constant) is stored as null
  // and declined: the command is then dropped, and picocli reads the arguments and reports it.

  /** compile: the config options, --manifest, --out and --format. */
  private static final class Compile implements QuickParser.Target<CompileCommand> {

    @Override
    public CompileCommand create(CliContext context) {
      return new CompileCommand(context);
    }

    @Override
    public boolean set(CompileCommand command, String option, String value) {
      switch (option) {
        case "--manifest":
          command.manifest.manifest = path(value).orElse(null);
          return command.manifest.manifest != null;
        case "--out":
          command.out = path(value).orElse(null);
          return command.out != null;
        case "--format":
          command.format = constant(TemplateFormat.values(), value).orElse(null);
          return command.format != null;
        default:
          return setConfigOption(command, option, value);
      }
    }
  }

  /** validate: the config options and --manifest. */
  private static final class Validate implements QuickParser.Target<ValidateCommand> {

    @Override
    public ValidateCommand create(CliContext context) {
      return new ValidateCommand(context);
    }

    @Override
    public boolean set(ValidateCommand command, String option, String value) {
      if (option.equals("--manifest")) {
        command.manifest.manifest = path(value).orElse(null);
        return command.manifest.manifest != null;
      }
      return setConfigOption(command, option, value);
    }
  }

  /** package: the config options, --output, --offline, --run-tests, --out and --cache. */
  private static final class Package implements QuickParser.Target<PackageCommand> {

    @Override
    public PackageCommand create(CliContext context) {
      return new PackageCommand(context);
    }

    @Override
    public boolean set(PackageCommand command, String option, String value) {
      switch (option) {
        case "-o":
          command.output.output = constant(OutputFormat.values(), value).orElse(null);
          return command.output.output != null;
        case "--offline":
          command.build.offline = true;
          return true;
        case "--run-tests":
          command.build.runTests = true;
          return true;
        case "--out":
          command.out = path(value).orElse(null);
          return command.out != null;
        case "--cache":
          command.cache = path(value).orElse(null);
          return command.cache != null;
        default:
          return setConfigOption(command, option, value);
      }
    }
  }

  /** The options every config command has ({@link CommonOptions}, {@link ConfigOptions}). */
  private static boolean setConfigOption(ConfigCommand command, String option, String value) {
    switch (option) {
      case "--error-format":
        command.common.errorFormat = constant(ErrorFormat.values(), value).orElse(null);
        return command.common.errorFormat != null;
      case "--no-color":
        command.common.noColor = true;
        return true;
      case "--debug":
        command.common.debug = true;
        return true;
      case "-c":
        command.config.config = path(value).orElse(null);
        return command.config.config != null;
      case "-s":
        command.config.stage = value;
        return true;
      case "-r":
        command.config.region = value;
        return true;
      case "--project-name":
        command.config.projectName = value;
        return true;
      case "--arg":
        return cliArg(command, value);
      default:
        throw new IllegalArgumentException("No quick option " + option);
    }
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
