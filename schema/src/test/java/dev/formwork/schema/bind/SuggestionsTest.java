package dev.formwork.schema.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one "did you mean" helper: its answers, its phrasing and its cost on huge inputs. */
class SuggestionsTest {

  private static final List<String> PROPERTIES =
      List.of("timeout", "memory", "runtime", "environment", "layers", "connectTo", "events");

  @Test
  void suggestsTheCaseInsensitiveMatchFirstThenTheClosestTypo() {
    assertEquals(Optional.of("timeout"), Suggestions.closest("TimeOut", PROPERTIES));
    assertEquals(Optional.of("timeout"), Suggestions.closest("timout", PROPERTIES));
    // A swap of neighbours is one edit.
    assertEquals(Optional.of("memory"), Suggestions.closest("memroy", PROPERTIES));
    assertEquals(Optional.of("environment"), Suggestions.closest("enviromnent", PROPERTIES));
    assertEquals(Optional.empty(), Suggestions.closest("handler", PROPERTIES));
    assertEquals(Optional.empty(), Suggestions.closest("x", List.of()));
  }

  @Test
  void theAllowedDistanceGrowsWithTheWordUpToFour() {
    // max(2, min(4, length / 3)): 2 edits for short words, 4 for long ones.
    assertEquals(Optional.of("abcdef"), Suggestions.closest("abxdxf", List.of("abcdef")));
    assertEquals(Optional.empty(), Suggestions.closest("axxdxf", List.of("abcdef")));
    String word = "abcdefghijklmnopqrstu";
    assertEquals(Optional.of(word), Suggestions.closest("xbcxefxhixklmnopqrstu", List.of(word)));
    assertEquals(Optional.empty(), Suggestions.closest("xbcxefxhixklxnopqrstu", List.of(word)));
  }

  @Test
  void aTieGoesToTheAlphabeticallyFirstCandidate() {
    assertEquals(Optional.of("bat"), Suggestions.closest("cat", List.of("hat", "bat", "rat")));
  }

  @Test
  void thePhrasingIsOneForEveryone() {
    assertEquals(
        Optional.of("Did you mean 'timeout'?"), Suggestions.didYouMean("timout", PROPERTIES));
    assertEquals(
        Optional.of("Did you mean '$Stage()'?"),
        Suggestions.didYouMean("stage", List.of("Stage", "Var"), name -> "$" + name + "()"));
    assertEquals(Optional.empty(), Suggestions.didYouMean("handler", PROPERTIES));
  }

  @Test
  void theBandedDistanceIsExactWithinItsLimit() {
    assertEquals(0, Suggestions.distance("abc", "abc", 2));
    assertEquals(1, Suggestions.distance("abc", "acb", 2));
    assertEquals(3, Suggestions.distance("kitten", "sitting", 3));
    assertEquals(3, Suggestions.distance("kitten", "sitting", 4));
    // Over the limit the answer is limit + 1, however far apart the words are.
    assertEquals(2, Suggestions.distance("kitten", "sitting", 1));
    assertEquals(3, Suggestions.distance("", "abcdef", 2));
  }

  /** On ordinary inputs the answers are those of the unbounded algorithm formwork used before. */
  @Test
  void givesTheSameSuggestionsAsTheUnboundedAlgorithm() {
    Random random = new Random(20240611);
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      candidates.add(word(random, 3 + random.nextInt(28)));
    }
    int suggested = 0;
    for (int i = 0; i < 1000; i++) {
      String input = i % 3 == 0 ? word(random, 1 + random.nextInt(30)) : typo(random, candidates);
      Optional<String> expected = Unbounded.closest(input, candidates);
      assertEquals(expected, Suggestions.closest(input, candidates), input);
      suggested += expected.isPresent() ? 1 : 0;
    }
    // The corpus must exercise both outcomes to mean anything.
    assertTrue(suggested > 300 && suggested < 1000, "suggested " + suggested);
  }

  /** A 2 MB value used to take ~21 s against a few dozen candidates; now it is instant. */
  @Test
  void aHugeUnknownValueIsAnsweredQuickly() {
    Random random = new Random(7);
    String huge = word(random, 2_000_000);
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      candidates.add(word(random, 5 + random.nextInt(30)));
    }
    // Candidates as long as the input, one edit away: still no comparison of megabytes.
    for (int i = 0; i < 20; i++) {
      candidates.add(huge.substring(1) + (char) ('a' + i));
    }
    List<String> large = List.copyOf(candidates);
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertEquals(Optional.empty(), Suggestions.closest(huge, large));
          assertEquals(Optional.empty(), Suggestions.closest(huge + "x", large));
          assertEquals(Optional.of("timeout"), Suggestions.closest("timout", append(large)));
          String upper = huge.toUpperCase(Locale.ROOT);
          assertEquals(Optional.of(huge), Suggestions.closest(upper, append(large, huge)));
        });
  }

  private static List<String> append(List<String> candidates, String... more) {
    List<String> all = new ArrayList<>(candidates);
    all.add("timeout");
    all.addAll(List.of(more));
    return all;
  }

  private static String word(Random random, int length) {
    StringBuilder word = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      // A small alphabet makes near misses common.
      word.append("abcdeAB".charAt(random.nextInt(7)));
    }
    return word.toString();
  }

  private static String typo(Random random, List<String> candidates) {
    StringBuilder word = new StringBuilder(candidates.get(random.nextInt(candidates.size())));
    int edits = random.nextInt(5);
    for (int e = 0; e < edits && word.length() > 1; e++) {
      int at = random.nextInt(word.length() - 1);
      switch (random.nextInt(4)) {
        case 0 -> word.deleteCharAt(at);
        case 1 -> word.insert(at, 'x');
        case 2 -> word.setCharAt(at, 'y');
        default -> {
          char first = word.charAt(at);
          word.setCharAt(at, word.charAt(at + 1));
          word.setCharAt(at + 1, first);
        }
      }
    }
    return word.toString();
  }

  /** The algorithm before the bounds: the full matrix for every candidate, as a reference. */
  private static final class Unbounded {

    static Optional<String> closest(String input, List<String> candidates) {
      String lower = input.toLowerCase(Locale.ROOT);
      for (String candidate : candidates) {
        if (candidate.toLowerCase(Locale.ROOT).equals(lower)) {
          return Optional.of(candidate);
        }
      }
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (String candidate : candidates) {
        int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
        if (distance < bestDistance
            || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
          best = candidate;
          bestDistance = distance;
        }
      }
      int allowed = Math.max(2, Math.min(4, input.length() / 3));
      return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    static int distance(String a, String b) {
      int[][] d = new int[a.length() + 1][b.length() + 1];
      for (int i = 0; i <= a.length(); i++) {
        d[i][0] = i;
      }
      for (int j = 0; j <= b.length(); j++) {
        d[0][j] = j;
      }
      for (int i = 1; i <= a.length(); i++) {
        for (int j = 1; j <= b.length(); j++) {
          int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
          d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
          if (i > 1
              && j > 1
              && a.charAt(i - 1) == b.charAt(j - 2)
              && a.charAt(i - 2) == b.charAt(j - 1)) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length()][b.length()];
    }
  }
}
