package dev.formwork.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

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

  /** Stores an option's value in the command; false when the value is one for picocli to judge. */
  interface Setter<C> {
    boolean set(C command, String value);
  }

  /** One option: its names, whether it takes a value, and how the value is stored. */
  record QuickOption<C>(
      List<String> names, boolean takesValue, boolean repeatable, Setter<C> set) {}

  private final Function<CliContext, C> factory;
  private final List<QuickOption<C>> options = new ArrayList<>();
  private final Map<String, QuickOption<C>> byName = new HashMap<>();

  QuickParser(Function<CliContext, C> factory) {
    this.factory = factory;
  }

  /** An option that takes one value, given at most once. */
  QuickParser<C> value(List<String> names, Setter<C> set) {
    return add(new QuickOption<>(names, true, false, set));
  }

  /** An option that takes one value each time it is given. */
  QuickParser<C> repeatable(List<String> names, Setter<C> set) {
    return add(new QuickOption<>(names, true, true, set));
  }

  /** A flag: it takes no value and is true when given. */
  QuickParser<C> flag(List<String> names, Consumer<C> set) {
    return add(
        new QuickOption<>(
            names,
            false,
            false,
            (command, value) -> {
              set.accept(command);
              return true;
            }));
  }

  private QuickParser<C> add(QuickOption<C> option) {
    options.add(option);
    option.names().forEach(name -> byName.put(name, option));
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
    C command = factory.apply(context);
    // By identity: a record's hashCode links method handles on first use (costly at start-up).
    Set<QuickOption<C>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      int equals = arg.indexOf('=');
      boolean attached = arg.startsWith("--") && equals > 2;
      QuickOption<C> option = byName.get(attached ? arg.substring(0, equals) : arg);
      if (option == null || (!seen.add(option) && !option.repeatable())) {
        return Optional.empty();
      }
      if (!option.takesValue()) {
        if (attached) {
          return Optional.empty();
        }
        option.set().set(command, "");
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
      if (!option.set().set(command, value)) {
        return Optional.empty();
      }
    }
    return Optional.of(command);
  }

  /** A value stored when present; false (decline) when absent. */
  static <T> boolean store(Optional<T> value, Consumer<T> field) {
    value.ifPresent(field);
    return value.isPresent();
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
    if (!value.chars().allMatch(c -> c < 0x80)) {
      return Optional.empty();
    }
    for (E constant : constants) {
      if (constant.name().toUpperCase(Locale.ROOT).equals(value.toUpperCase(Locale.ROOT))) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
