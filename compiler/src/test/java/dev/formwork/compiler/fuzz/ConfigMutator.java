package dev.formwork.compiler.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Mutates a config the way people and tools get configs wrong: a value replaced by one from a list
 * of troublesome values (numbers past {@code int}, control characters, directives, huge text), a
 * key misspelt, added or removed, a list item duplicated or dropped, a value of the wrong shape,
 * and now and then a cut or scrambled line of the dumped text. Deterministic for a given {@link
 * Random}.
 */
final class ConfigMutator {

  /** Values that found bugs before, or sit on a boundary the compiler must handle. */
  private static final List<Object> TROUBLE =
      List.of(
          "2147483648",
          "3000000000",
          "9999999999",
          "-2147483649",
          "99999999999999999999999",
          "0",
          "-1",
          "1.5",
          "1e400",
          ".nan",
          "",
          "x",
          "true",
          "latest",
          "\u001b[31mred\u0007",
          "a\u0000b",
          "\u202Eevil",
          "ü☃𝄞",
          "rate(0 minutes)",
          "rate(99999999999999999999 days)",
          "cron(* * * * ? *)",
          "$ResourceParam('missing', 'arn')",
          "$ResourceParam('api', 'nope')",
          "$CfResourceParam('Missing', 'Arn')",
          "$Secret('x')",
          "$Var('nope')",
          "$Format('{}')",
          "${AWS::Region}",
          "arn:aws:sqs:us-east-1:123456789012:q",
          "../../../etc/passwd",
          "/",
          "*",
          "a".repeat(300),
          "b".repeat(5_000),
          2147483648L,
          -1,
          0,
          1.0E300,
          true,
          List.of(),
          Map.of());

  private static final List<String> KEYS =
      List.of("type", "properties", "name", "value", "version", "routing", "events", "overrides");

  private final Random random;

  ConfigMutator(Random random) {
    this.random = random;
  }

  /** A mutant of {@code yaml}, or empty when the seed cannot be read as YAML at all. */
  Optional<String> mutate(String yaml) {
    Object root;
    try {
      root = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    } catch (YamlEngineException unreadable) {
      return Optional.of(scramble(yaml));
    }
    if (root == null) {
      return Optional.empty();
    }
    Object mutant = copy(root);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      mutant = mutateSomewhere(mutant);
    }
    String text =
        new Dump(DumpSettings.builder().setWidth(Integer.MAX_VALUE).build()).dumpToString(mutant);
    return Optional.of(random.nextInt(10) == 0 ? scramble(text) : text);
  }

  /** Picks a node by a random walk from the root and mutates it. */
  private Object mutateSomewhere(Object node) {
    if (random.nextInt(4) == 0) {
      return mutateHere(node);
    }
    if (node instanceof Map<?, ?> map && !map.isEmpty()) {
      @SuppressWarnings("unchecked")
      Map<Object, Object> entries = (Map<Object, Object>) map;
      List<Object> keys = new ArrayList<>(entries.keySet());
      Object key = keys.get(random.nextInt(keys.size()));
      entries.put(key, mutateSomewhere(entries.get(key)));
      return entries;
    }
    if (node instanceof List<?> list && !list.isEmpty()) {
      @SuppressWarnings("unchecked")
      List<Object> items = (List<Object>) list;
      int index = random.nextInt(items.size());
      items.set(index, mutateSomewhere(items.get(index)));
      return items;
    }
    return mutateHere(node);
  }

  private Object mutateHere(Object node) {
    if (node instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<Object, Object> entries = (Map<Object, Object>) map;
      List<Object> keys = new ArrayList<>(entries.keySet());
      switch (random.nextInt(4)) {
        case 0:
          if (!keys.isEmpty()) {
            entries.remove(keys.get(random.nextInt(keys.size())));
          }
          return entries;
        case 1:
          if (!keys.isEmpty()) {
            Object key = keys.get(random.nextInt(keys.size()));
            Object value = entries.remove(key);
            entries.put(misspell(String.valueOf(key)), value);
          }
          return entries;
        case 2:
          entries.put(KEYS.get(random.nextInt(KEYS.size())), trouble());
          return entries;
        default:
          return trouble();
      }
    }
    if (node instanceof List<?> list) {
      @SuppressWarnings("unchecked")
      List<Object> items = (List<Object>) list;
      switch (random.nextInt(3)) {
        case 0:
          if (!items.isEmpty()) {
            items.add(copy(items.get(random.nextInt(items.size()))));
          }
          return items;
        case 1:
          if (!items.isEmpty()) {
            items.remove(random.nextInt(items.size()));
          }
          return items;
        default:
          return trouble();
      }
    }
    switch (random.nextInt(3)) {
      case 0:
        return new ArrayList<>(List.of(node == null ? "" : node));
      case 1:
        return node instanceof String text ? misspell(text) : trouble();
      default:
        return trouble();
    }
  }

  private Object trouble() {
    Object value = TROUBLE.get(random.nextInt(TROUBLE.size()));
    return copy(value);
  }

  private String misspell(String word) {
    if (word.isEmpty()) {
      return "x";
    }
    StringBuilder out = new StringBuilder(word);
    int at = random.nextInt(word.length());
    switch (random.nextInt(3)) {
      case 0:
        out.deleteCharAt(at);
        break;
      case 1:
        out.insert(at, (char) ('a' + random.nextInt(26)));
        break;
      default:
        out.setCharAt(at, (char) ('a' + random.nextInt(26)));
        break;
    }
    return out.length() == 0 ? "x" : out.toString();
  }

  /** Cuts the text short, or duplicates or drops a line. */
  private String scramble(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    switch (random.nextInt(3)) {
      case 0:
        return text.substring(0, random.nextInt(text.length() + 1));
      case 1:
        lines.add(at, lines.get(at));
        break;
      default:
        lines.remove(at);
        break;
    }
    return String.join("\n", lines);
  }

  private static Object copy(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((key, value) -> copy.put(key, copy(value)));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(copy(item)));
      return copy;
    }
    return node;
  }
}
