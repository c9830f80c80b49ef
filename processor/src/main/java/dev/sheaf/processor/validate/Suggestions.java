package dev.sheaf.processor.validate;

import java.util.Collection;
import java.util.Locale;

/** "did you mean" for a misspelt table or column name. */
final class Suggestions {
  private Suggestions() {}

  /**
   * {@code  (did you mean "author"?)}, or "" when no known name is close enough: a few letters
   * apart, or one name the start of the other ({@code book} for {@code book_id}).
   */
  static String didYouMean(String name, Collection<String> known) {
    String wanted = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      String lower = candidate.toLowerCase(Locale.ROOT);
      int distance = distance(wanted, lower);
      boolean close = distance <= Math.max(2, wanted.length() / 3)
          || lower.startsWith(wanted) || wanted.startsWith(lower);
      if (close && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best == null ? "" : " (did you mean \"" + best + "\"?)";
  }

  /** Levenshtein distance: the fewest one-letter edits from {@code a} to {@code b}. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
