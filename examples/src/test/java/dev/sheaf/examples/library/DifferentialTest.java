package dev.sheaf.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.examples.compare.SameValues;
import dev.sheaf.examples.db.TestDatabase;
import dev.sheaf.runtime.SheafConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every root DTO of the library, loaded by its generated repository and by the naive oracle from
 * the same seeded random data, must be equal; and each load must cost exactly the statements the
 * repository states (its {@code STATEMENTS}), at 20 authors as at 300; on every database.
 */
@ParameterizedClass(name = "on {0}{1}")
@MethodSource("databases")
class DifferentialTest {
  private static final int SMALL = 20;
  private static final int LARGE = 300;

  @Parameter(0)
  TestDatabase database;

  /**
   * The load's independent statements side by side on 3 more connections that imported its
   * snapshot ({@code SheafConfig.setParallelConnections}): PostgreSQL only, the one database that
   * can; elsewhere the setting changes nothing.
   */
  @Parameter(1)
  String sideBySide;

  static Stream<Arguments> databases() {
    return Stream.concat(
        Stream.of(TestDatabase.values()).map(database -> Arguments.of(database, "")),
        Stream.of(Arguments.of(TestDatabase.POSTGRESQL, ", side by side")));
  }

  /** The library, with the loads' statements side by side when the class's parameter says. */
  private Library library(int size, long seed) {
    Library library = Library.create(database, size, seed);
    if (!sideBySide.isEmpty()) {
      // A few keys a statement: each runs on another connection all the same.
      library.jdbi.getConfig(SheafConfig.class)
          .setParallelConnections(3)
          .setParallelMinimumKeys(1);
    }
    return library;
  }

  static Stream<Arguments> libraries() {
    return Stream.of(
        Arguments.of(1L, SMALL), Arguments.of(2L, SMALL), Arguments.of(3L, SMALL),
        Arguments.of(1L, LARGE), Arguments.of(2L, LARGE));
  }

  @ParameterizedTest(name = "seed {0}, {1} authors")
  @MethodSource("libraries")
  void authorProfiles(long seed, int size) {
    try (Library library = library(size, seed)) {
      var repository = new AuthorProfileRepository(library.jdbi);
      List<AuthorProfile> all = compare(library, "AuthorProfile", Statements.AUTHOR_PROFILE,
          Statements::authors, library.oracle::authors, repository::findAll,
          library.keys.authors(), -1L, library.oracle::authors, repository::findAllById, seed);
      assertEquals(size, all.size());
      if (size == LARGE) {
        // The data reaches the edges the test is for.
        assertTrue(all.stream().anyMatch(a -> a.latestBooks().isEmpty()), "an author with no books");
        assertTrue(all.stream().anyMatch(a -> a.homeCountry().isEmpty()), "a null country");
        assertTrue(all.stream().anyMatch(a -> a.pagesInPrint() == null), "a null boxed SUM");
        assertTrue(all.stream().anyMatch(a -> a.bookCount() > 3), "a limit that cuts");
        List<BookCard> books = all.stream().flatMap(a -> a.latestBooks().stream()).toList();
        assertTrue(books.stream().anyMatch(b -> b.publisher() == null), "a null publisher");
        assertTrue(books.stream().anyMatch(b -> b.reviews().isEmpty()), "a book with no reviews");
        assertTrue(books.stream().anyMatch(b -> b.averageStars().isEmpty()), "an empty AVG");
        List<ReviewLine> reviews = books.stream().flatMap(b -> b.reviews().stream()).toList();
        assertTrue(reviews.stream().anyMatch(r -> r.reader().isEmpty()), "a review with no reader");
        assertTrue(reviews.stream().anyMatch(r -> r.comments().size() > 1), "several comments");
      }
    }
  }

  @ParameterizedTest(name = "seed {0}, {1} authors")
  @MethodSource("libraries")
  void bookCards(long seed, int size) {
    try (Library library = library(size, seed)) {
      var repository = new BookCardRepository(library.jdbi);
      compare(library, "BookCard", Statements.BOOK_CARD, Statements::books,
          library.oracle::books, repository::findAll,
          library.keys.books(), 1L, library.oracle::books, repository::findAllById, seed);
    }
  }

  @ParameterizedTest(name = "seed {0}, {1} authors")
  @MethodSource("libraries")
  void tagCards(long seed, int size) {
    try (Library library = library(size, seed)) {
      var repository = new TagCardRepository(library.jdbi);
      compare(library, "TagCard", Statements.TAG_CARD, Statements::tags,
          library.oracle::tags, repository::findAll,
          library.keys.tags(), 4, library.oracle::tags, repository::findAllById, seed);
    }
  }

  @ParameterizedTest(name = "seed {0}, {1} authors")
  @MethodSource("libraries")
  void countryCards(long seed, int size) {
    try (Library library = library(size, seed)) {
      var repository = new CountryCardRepository(library.jdbi);
      List<CountryCard> all = compare(library, "CountryCard", Statements.COUNTRY_CARD,
          Statements::countries, library.oracle::countries, repository::findAll,
          library.keys.countries(), "XX", library.oracle::countries, repository::findAllById, seed);
      CountryCard childless = all.stream().filter(c -> c.code().equals("AQ")).findFirst().orElseThrow();
      assertEquals(0, childless.authorCount());
      assertEquals(List.of(), childless.authorNames());
    }
  }

  @ParameterizedTest(name = "seed {0}, {1} authors")
  @MethodSource("libraries")
  void readerCards(long seed, int size) {
    try (Library library = library(size, seed)) {
      var repository = new ReaderCardRepository(library.jdbi);
      compare(library, "ReaderCard", Statements.READER_CARD, Statements::readers,
          library.oracle::readers, repository::findAll,
          library.keys.readers(), new UUID(0, 42), library.oracle::readers,
          repository::findAllById, seed);
    }
  }

  @ParameterizedTest(name = "seed {0}, {1} authors")
  @MethodSource("libraries")
  void publisherCards(long seed, int size) {
    try (Library library = library(size, seed)) {
      var repository = new PublisherCardRepository(library.jdbi);
      compare(library, "PublisherCard", Statements.PUBLISHER_CARD, Statements::publishers,
          library.oracle::publishers, repository::findAll,
          library.keys.publishers(), 0L, library.oracle::publishers, repository::findAllById, seed);
    }
  }

  /**
   * {@code findAll} against the oracle, at the full cost; then {@code findAllById} on a random
   * third of the keys (shuffled, with an unknown key and a repeated one), at the cost of the
   * levels its rows reach. Returns what {@code findAll} loaded.
   */
  private static <K, T> List<T> compare(Library library, String dto, int fullCost,
      Function<List<T>, Integer> cost, Supplier<List<T>> oracleAll, Supplier<List<T>> findAll,
      List<K> keys, K unknown, Function<Collection<K>, List<T>> oracleByKeys,
      Function<Collection<K>, List<T>> findAllById, long seed) {
    List<T> expected = oracleAll.get();
    library.statements();
    List<T> all = findAll.get();
    long statements = library.statements();
    assertSameElements(expected, all, dto + "Repository.findAll()");
    assertEquals(fullCost, statements, dto + "Repository.findAll() statements");
    assertEquals(fullCost, cost.apply(expected), "the data reaches every level of " + dto);

    List<K> subset = new ArrayList<>(keys);
    Collections.shuffle(subset, new Random(seed));
    subset = new ArrayList<>(subset.subList(0, Math.max(1, keys.size() / 3)));
    subset.add(subset.size() / 2, unknown);
    subset.add(subset.get(0));
    List<T> expectedSome = oracleByKeys.apply(subset);
    library.statements();
    List<T> some = findAllById.apply(subset);
    statements = library.statements();
    assertSameElements(expectedSome, some, dto + "Repository.findAllById(" + subset + ")");
    assertEquals(Math.max(1, keys.size() / 3), some.size());
    assertEquals(cost.apply(expectedSome).longValue(), statements,
        dto + "Repository.findAllById statements");
    return all;
  }

  /**
   * The library's values: doubles (averages) within {@link SameValues#RELATIVE}, and the one
   * average into a decimal, {@link PublisherCard#averagePrice()}; everything else exactly.
   */
  static final SameValues VALUES = SameValues.withDecimalAverages("averagePrice");

  /**
   * {@code expected} and {@code actual} hold the same values ({@link #VALUES}), compared row by
   * row, so that a failure names the first value that differs rather than showing two lists of
   * hundreds of rows.
   */
  static <T> void assertSameElements(List<T> expected, List<T> actual, String what) {
    VALUES.assertSame(expected, actual, what);
  }
}
