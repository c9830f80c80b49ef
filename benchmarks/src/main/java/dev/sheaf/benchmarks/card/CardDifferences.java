package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.card.projection.AuthorCard;
import dev.sheaf.benchmarks.card.projection.BookCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where two lists of {@link AuthorCard}s differ, field by field: averages within a relative
 * 1e-9 (a database may add in another order than Java), everything else exactly. Each
 * difference names its place, as {@code author 17 > book 52 > averageRating: 3.6666666666666665
 * expected, 3.6667 found}.
 */
final class CardDifferences {
  private static final double RELATIVE_TOLERANCE = 1e-9;
  private static final int SHOWN = 8;

  private final List<String> found = new ArrayList<>();
  private int count;

  private CardDifferences() {}

  /** The differences of {@code actual} from {@code expected}, the first few spelled out; empty when none. */
  static String between(List<AuthorCard> expected, List<AuthorCard> actual) {
    CardDifferences differences = new CardDifferences();
    differences.authors(expected, actual);
    if (differences.count == 0) {
      return "";
    }
    return differences.count + " difference(s), the first:\n  "
        + String.join("\n  ", differences.found);
  }

  private void authors(List<AuthorCard> expected, List<AuthorCard> actual) {
    if (expected.size() != actual.size()) {
      add("authors", "count", expected.size(), actual.size());
      return;
    }
    for (int i = 0; i < expected.size(); i++) {
      AuthorCard e = expected.get(i);
      AuthorCard a = actual.get(i);
      String at = "author " + e.id();
      exact(at, "id", e.id(), a.id());
      exact(at, "name", e.name(), a.name());
      exact(at, "country", e.country(), a.country());
      exact(at, "bookCount", e.bookCount(), a.bookCount());
      exact(at, "totalPages", e.totalPages(), a.totalPages());
      exact(at, "latestPublished", e.latestPublished(), a.latestPublished());
      close(at, "averagePages", e.averagePages(), a.averagePages());
      exact(at, "writesLongBooks", e.writesLongBooks(), a.writesLongBooks());
      books(at, e.latestBooks(), a.latestBooks());
    }
  }

  private void books(String at, List<BookCard> expected, List<BookCard> actual) {
    if (expected.size() != actual.size()) {
      add(at, "latestBooks.size", expected.size(), actual.size());
      return;
    }
    for (int i = 0; i < expected.size(); i++) {
      BookCard e = expected.get(i);
      BookCard a = actual.get(i);
      String book = at + " > book " + e.id();
      exact(book, "id", e.id(), a.id());
      exact(book, "title", e.title(), a.title());
      exact(book, "reviewCount", e.reviewCount(), a.reviewCount());
      close(book, "averageRating", e.averageRating(), a.averageRating());
      exact(book, "reviews", e.reviews(), a.reviews());
      exact(book, "tags", e.tags(), a.tags());
      exact(book, "publisher", e.publisher(), a.publisher());
    }
  }

  private void exact(String at, String field, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      add(at, field, expected, actual);
    }
  }

  private void close(String at, String field, Double expected, Double actual) {
    boolean same = expected == null || actual == null
        ? expected == actual
        : Math.abs(expected - actual)
            <= RELATIVE_TOLERANCE * Math.max(Math.abs(expected), Math.abs(actual));
    if (!same) {
      add(at, field, expected, actual);
    }
  }

  private void add(String at, String field, Object expected, Object actual) {
    if (count++ < SHOWN) {
      found.add(at + " > " + field + ": " + expected + " expected, " + actual + " found");
    }
  }
}
