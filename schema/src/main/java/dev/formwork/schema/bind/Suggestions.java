package dev.formwork.schema.bind;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Finds the closest known word to a misspelled one and phrases the one "Did you mean 'x'?" hint
 * that every part of formwork gives.
 */
public final class Suggestions {

  /**
   * Inputs and candidates longer than this are matched only exactly (ignoring case): a typo is made
   * in a name, not in a page of text, and the cap keeps every comparison cheap however large the
   * value in the config is.
   */
  static final int MAX_COMPARED_LENGTH = 256;

  private Suggestions() {}

  /**
   * The candidate closest to {@code input}: an exact case-insensitive match first, otherwise the
   * smallest edit distance (adjacent transpositions count as one edit; ties go to the
   * alphabetically first candidate), if it is small enough to be a plausible typo.
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    for (String candidate : candidates) {
      if (candidate.equalsIgnoreCase(input)) {
        return Optional.of(candidate);
      }
    }
    if (input.length() > MAX_COMPARED_LENGTH) {
      return Optional.empty();
    }
    String lower = input.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, Math.min(4, input.length() / 3));
    String best = null;
    int bestDistance = allowed;
    for (String candidate : candidates) {
      if (candidate.length() > MAX_COMPARED_LENGTH) {
        continue;
      }
      // Computed exactly up to the best distance so far, so ties are still seen.
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), bestDistance);
      if (distance < bestDistance
          || (distance == bestDistance && (best == null || candidate.compareTo(best) < 0))) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** "Did you mean 'x'?" or empty. */
  public static Optional<String> didYouMean(String input, Collection<String> candidates) {
    Optional<String> best = closest(input, candidates);
    return best.isPresent() ? Optional.of(question(best.get())) : Optional.empty();
  }

  /**
   * "Did you mean 'x'?" with the closest candidate written as {@code shown} gives it, e.g. a
   * directive name as {@code $Stage()}; or empty.
   */
  public static Optional<String> didYouMean(
      String input, Collection<String> candidates, UnaryOperator<String> shown) {
    Optional<String> best = closest(input, candidates);
    return best.isPresent() ? Optional.of(question(shown.apply(best.get()))) : Optional.empty();
  }

  private static String question(String shown) {
    return "Did you mean '" + shown + "'?";
  }

  /**
   * The edit distance (Levenshtein with adjacent transpositions counted as one edit) when it is at
   * most {@code limit}, otherwise {@code limit + 1}. Only the band of cells within {@code limit} of
   * the diagonal is computed, and the work stops as soon as a whole row exceeds the limit.
   */
  static int distance(String a, String b, int limit) {
    int over = limit + 1;
    if (Math.abs(a.length() - b.length()) > limit) {
      return over;
    }
    int width = b.length() + 1;
    int[] twoBack = new int[width];
    int[] previous = new int[width];
    int[] current = new int[width];
    Arrays.fill(twoBack, over);
    for (int j = 0; j < width; j++) {
      previous[j] = Math.min(j, over);
    }
    for (int i = 1; i <= a.length(); i++) {
      Arrays.fill(current, over);
      current[0] = Math.min(i, over);
      int rowMinimum = current[0];
      for (int j = Math.max(1, i - limit); j <= Math.min(b.length(), i + limit); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int cell = Math.min(Math.min(previous[j], current[j - 1]) + 1, previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          cell = Math.min(cell, twoBack[j - 2] + 1);
        }
        current[j] = Math.min(cell, over);
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      // No later row can come back under the limit once a whole row is over it.
      if (rowMinimum > limit) {
        return over;
      }
      int[] recycled = twoBack;
      twoBack = previous;
      previous = current;
      current = recycled;
    }
    return previous[b.length()];
  }
}
