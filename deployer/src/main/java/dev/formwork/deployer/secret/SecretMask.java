package dev.formwork.deployer.secret;

import dev.formwork.deployer.OutputSink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secret values in text that is about to be printed: every occurrence of a secret inside a
 * line is replaced by {@value #MASK}, and a multi-line secret (a PEM key) is hidden line by line,
 * as programs print it. Secrets of 4 or more characters are masked wherever they appear; shorter
 * ones only where they stand alone as a token (not next to a letter or digit), because masking
 * every {@code "ab"} would garble ordinary output. The JSON-escaped form of each secret is masked
 * too, for handlers that log their environment as JSON. Values are added as they are resolved; a
 * mask is safe to share between threads.
 */
public final class SecretMask {

  public static final String MASK = "****";

  /** Shorter values are masked only as whole tokens. */
  public static final int MIN_ANYWHERE = 4;

  /** What one secret value looks like in output: a literal, or a whole-token pattern. */
  private record Needle(String text, Pattern token) {

    static Needle of(String text) {
      return text.length() >= MIN_ANYWHERE
          ? new Needle(text, null)
          : new Needle(
              text,
              Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])"));
    }

    String hide(String line) {
      if (!line.contains(text)) {
        return line;
      }
      return token == null
          ? line.replace(text, MASK)
          : token.matcher(line).replaceAll(Matcher.quoteReplacement(MASK));
    }
  }

  /** Replaced whole on every add, so a line being masked never sees a half-built list. */
  private volatile List<Needle> needles = List.of();

  /** Hides {@code secret} (and each of its lines) in everything masked from now on. */
  public void add(String secret) {
    if (secret == null || secret.isBlank()) {
      return;
    }
    Set<String> forms = new LinkedHashSet<>();
    forms.add(secret);
    forms.add(secret.strip());
    forms.add(jsonEscaped(secret));
    for (String line : secret.split("\r?\n", -1)) {
      if (!line.isBlank()) {
        forms.add(line.strip());
      }
    }
    synchronized (this) {
      List<Needle> all = new ArrayList<>(needles);
      for (String form : forms) {
        if (all.stream().noneMatch(needle -> needle.text().equals(form))) {
          all.add(Needle.of(form));
        }
      }
      // Longest first, so a secret that contains another is hidden whole.
      all.sort(Comparator.comparingInt((Needle needle) -> needle.text().length()).reversed());
      needles = List.copyOf(all);
    }
  }

  public boolean isEmpty() {
    return needles.isEmpty();
  }

  /** The text with every known secret hidden. */
  public String apply(String text) {
    String shown = text;
    for (Needle needle : needles) {
      shown = needle.hide(shown);
    }
    return shown;
  }

  /** A sink that masks every line before handing it on. */
  public OutputSink wrap(OutputSink sink) {
    SecretMask mask = this;
    return new OutputSink() {
      @Override
      public void info(String line) {
        sink.info(mask.apply(line));
      }

      @Override
      public void warn(String line) {
        sink.warn(mask.apply(line));
      }

      @Override
      public void progress(String line) {
        sink.progress(mask.apply(line));
      }

      @Override
      public boolean interactive() {
        return sink.interactive();
      }

      @Override
      public boolean color() {
        return sink.color();
      }
    };
  }

  /** A resolver that adds every value it reads to this mask before returning it. */
  public SecretResolver recording(SecretResolver resolver) {
    return reference -> {
      String value = resolver.resolve(reference);
      add(value);
      return value;
    };
  }

  private static String jsonEscaped(String secret) {
    StringBuilder out = new StringBuilder();
    for (char c : secret.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
