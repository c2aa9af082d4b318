package dev.formwork.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one command's options without picocli, for the commands CI jobs run most: picocli builds
 * its model by reflection over the annotations, which costs more than a whole one-function compile.
 * It takes only what it fully understands ({@code --name value}, {@code --name=value}, {@code -x
 * value}, flags, repeatable {@code --arg KEY=VALUE}) and declines everything else (help, an unknown
 * or repeated option, a value that starts with a dash, an {@code @file}, a positional argument, a
 * value picocli would have to convert or reject), which then goes through picocli as before, so
 * every help text and message stays picocli's. {@code QuickParserTest} checks that a command's
 * quick options are exactly its picocli options and that both read the same arguments alike.
 *
 * @param <C> the command it fills in
 */
final class QuickParser<C extends FormworkCommand> {

  /**
   * How a command is made and how it stores an option's value: a class per command with a switch
   * over the option names, rather than a lambda per option (each costs start-up time: see
   * "Start-up" in docs/architecture.md).
   */
  interface Target<C> {

    C create(CliContext context);

    /**
     * Stores {@code value} (empty for a flag) of the option whose first name is {@code option};
     * false when the value is one for picocli to judge.
     */
    boolean set(C command, String option, String value);
  }

  /** One option: its names (the first is the one {@link Target#set} gets), and how it is given. */
  record QuickOption(List<String> names, boolean takesValue, boolean repeatable) {}

  private final Target<C> target;
  private final Map<String, QuickOption> byName = new HashMap<>();

  QuickParser(Target<C> target) {
    this.target = target;
  }

  /** An option that takes one value, given at most once. */
  QuickParser<C> value(String... names) {
    return add(new QuickOption(List.of(names), true, false));
  }

  /** An option that takes one value each time it is given. */
  QuickParser<C> repeatable(String... names) {
    return add(new QuickOption(List.of(names), true, true));
  }

  /** A flag: it takes no value and is true when given. */
  QuickParser<C> flag(String... names) {
    return add(new QuickOption(List.of(names), false, false));
  }

  private QuickParser<C> add(QuickOption option) {
    for (String name : option.names()) {
      byName.put(name, option);
    }
    return this;
  }

  /** Every option name this parser knows (for the test against picocli's model). */
  Set<String> names() {
    return byName.keySet();
  }

  /**
   * The command with its options set from {@code args} (the command's own arguments, without its
   * name), or empty when picocli has to read them.
   */
  Optional<C> parse(List<String> args, CliContext context) {
    C command = target.create(context);
    // By identity: a record's hashCode links method handles on first use (costly at start-up).
    Set<QuickOption> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      int equals = arg.indexOf('=');
      boolean attached = arg.startsWith("--") && equals > 2;
      QuickOption option = byName.get(attached ? arg.substring(0, equals) : arg);
      if (option == null || (!seen.add(option) && !option.repeatable())) {
        return Optional.empty();
      }
      if (!option.takesValue()) {
        if (attached) {
          return Optional.empty();
        }
        target.set(command, option.names().get(0), "");
        continue;
      }
      String value;
      if (attached) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        return Optional.empty();
      }
      if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
        return Optional.empty();
      }
      if (!target.set(command, option.names().get(0), value)) {
        return Optional.empty();
      }
    }
    return Optional.of(command);
  }

  /** A path as picocli converts it, or empty when that would fail. */
  static Optional<Path> path(String value) {
    try {
      return Optional.of(Path.of(value));
    } catch (InvalidPathException invalid) {
      return Optional.empty();
    }
  }

  /**
   * An enum constant named {@code value} in any case (the CLI allows case-insensitive enum values),
   * or empty when picocli would have to report it.
   */
  static <E extends Enum<E>> Optional<E> constant(E[] constants, String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= 0x80) {
        return Optional.empty();
      }
    }
    for (E constant : constants) {
      if (constant.name().toUpperCase(Locale.ROOT).equals(value.toUpperCase(Locale.ROOT))) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
