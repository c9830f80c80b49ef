package dev.sheaf.benchmarks.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.benchmarks.BenchDatabase;
import dev.sheaf.benchmarks.GraphFixture;
import dev.sheaf.benchmarks.card.projection.AuthorCard;
import dev.sheaf.benchmarks.card.projection.BookCard;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link AuthorCardBenchmark} compares like with like: on every database and at two sizes,
 * each loader returns the naive loop's cards (averages within a relative 1e-9, everything else
 * exactly) in its own number of statements, counted by the {@code CountingDataSource} they all
 * share; and the seeded data reaches every edge the cards have.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class CardLoadersTest {
  private static final int EDGES = 200;

  /** One filled database per database and size, with the oracle's cards, for every test. */
  private static final Map<String, Filled> FILLED = new HashMap<>();

  @Parameter
  TestDatabase database;

  static Stream<Arguments> loadersAndSizes() {
    return Stream.of(10, EDGES).flatMap(authors -> Stream.of(CardLoaderKind.values())
        .filter(kind -> kind != CardLoaderKind.NAIVE)
        .map(kind -> Arguments.of(kind, authors)));
  }

  @ParameterizedTest(name = "{0}, {1} authors")
  @MethodSource("loadersAndSizes")
  void returnsTheNaiveLoopsCardsInItsOwnNumberOfStatements(CardLoaderKind kind, int authors)
      throws Exception {
    Filled filled = filled(authors);
    List<AuthorCard> cards =
        load(filled.fixture(), kind, statements(kind, filled.expected(), database));
    String differences = CardDifferences.between(filled.expected(), cards);
    assertTrue(differences.isEmpty(), kind.label() + " on " + database + ": " + differences);
  }

  @Test
  void theSeededDataReachesEveryEdge() throws Exception {
    List<AuthorCard> cards = filled(EDGES).expected();
    List<BookCard> books = cards.stream().flatMap(a -> a.latestBooks().stream()).toList();
    assertEquals(EDGES, cards.size());
    assertSome(cards, a -> a.bookCount() == 0 && a.latestBooks().isEmpty()
        && a.averagePages() == null && a.latestPublished() == null, "an author without books");
    assertSome(cards, a -> a.bookCount() > 0 && !a.writesLongBooks(),
        "an author with books, none over 300 pages");
    assertSome(cards, a -> a.bookCount() > 3 && a.latestBooks().size() == 3,
        "an author with more than 3 books, cut to 3");
    assertSome(books, b -> b.reviewCount() == 0 && b.averageRating() == null,
        "a book without reviews");
    assertSome(books, b -> b.publisher() == null, "a book without a publisher");
    assertSome(books, b -> b.tags().size() >= 2 && b.reviews().size() >= 2,
        "a book with several reviews and several tags, which a join multiplies");
    assertSome(Stream.concat(cards.stream().map(AuthorCard::averagePages),
            books.stream().map(BookCard::averageRating)).toList(),
        average -> average != null && !isShortDecimal(average),
        "an average that 4 decimals cannot hold");
    assertTrue(keyDecidesAKeptBook(filled(EDGES).fixture()),
        "an author whose third and fourth newest books share a day, so the key decides");
  }

  @Test
  void noAuthorsTakeOneStatementWhateverTheLoader() throws Exception {
    Filled empty = filled(0);
    for (CardLoaderKind kind : CardLoaderKind.values()) {
      assertEquals(List.of(), load(empty.fixture(), kind, 1), kind.label());
    }
  }

  /**
   * The statements {@code kind} runs for {@code cards}: the naive loop 2 per author and 2 per
   * kept book, plus 1 per kept book with a publisher; the others a fixed number. Side by side on
   * PostgreSQL, Sheaf also exports its snapshot, and each extra connection it opens imports it
   * (one execution) and commits; elsewhere the setting changes nothing.
   */
  private static long statements(CardLoaderKind kind, List<AuthorCard> cards,
      TestDatabase database) {
    long keptBooks = cards.stream().mapToLong(a -> a.latestBooks().size()).sum();
    long published = cards.stream().flatMap(a -> a.latestBooks().stream())
        .filter(b -> b.publisher() != null).count();
    return switch (kind) {
      case NAIVE -> 1 + 2L * cards.size() + 2 * keptBooks + published;
      // Below 1,000 keys a statement (SheafConfig's default) the siblings run in place, and a
      // load that forks nothing exports no snapshot (but a Jdbi's first, which the warm-up is).
      case SHEAF, SHEAF_PARALLEL, JDBC -> 5;
      case HIBERNATE -> 4;
      case JDBI_REDUCER, JOOQ -> 1;
    };
  }

  /** One load by {@code kind}, after a first one that warms it, asserting its statements. */
  private static List<AuthorCard> load(GraphFixture fixture, CardLoaderKind kind,
      long statements) {
    try (CardLoader loader = kind.open(fixture)) {
      loader.load();
      fixture.dataSource().reset();
      List<AuthorCard> cards = loader.load();
      long count = fixture.dataSource().count();
      if (statements == -2) {
        assertTrue(count == 4 || count == 5, kind.label() + ": " + count);
      } else {
        assertEquals(statements, count, kind.label() + ": statements");
      }
      return cards;
    }
  }

  private Filled filled(int authors) throws Exception {
    String key = database + "/" + authors;
    Filled filled = FILLED.get(key);
    if (filled == null) {
      ScratchDatabase scratch = database.fresh("card");
      GraphFixture fixture =
          new GraphFixture(BenchDatabase.valueOf(database.name()), scratch.url());
      CardData.fill(fixture, authors);
      List<AuthorCard> expected;
      try (CardLoader oracle = CardLoaderKind.NAIVE.open(fixture)) {
        expected = oracle.load();
      }
      filled = new Filled(scratch, fixture, expected);
      FILLED.put(key, filled);
    }
    return filled;
  }

  @AfterAll
  static void drop() {
    for (Filled filled : FILLED.values()) {
      try (ScratchDatabase scratch = filled.scratch(); GraphFixture fixture = filled.fixture()) {
        // the pool closes first, then the database is dropped
      }
    }
    FILLED.clear();
  }

  /** Whether 4 decimals, MariaDB's default for AVG of integers, hold {@code value} exactly. */
  private static boolean isShortDecimal(double value) {
    double scaled = value * 10_000;
    return Math.abs(scaled - Math.rint(scaled)) < 1e-6;
  }

  /** Whether some author's third and fourth newest books were published the same day. */
  private static boolean keyDecidesAKeptBook(GraphFixture fixture) {
    Map<Long, List<LocalDate>> days = new HashMap<>();
    fixture.jdbi().useHandle(handle -> handle
        .createQuery("SELECT author_id, published FROM book ORDER BY author_id, published DESC")
        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getObject(2, LocalDate.class)))
        .forEach(row -> days.computeIfAbsent(row.getKey(), k -> new ArrayList<>())
            .add(row.getValue())));
    return days.values().stream()
        .anyMatch(newest -> newest.size() > 3 && newest.get(2).equals(newest.get(3)));
  }

  private static <T> void assertSome(List<T> items, Predicate<T> test, String what) {
    assertTrue(items.stream().anyMatch(test), "the data has " + what);
  }

  private record Filled(ScratchDatabase scratch, GraphFixture fixture,
      List<AuthorCard> expected) {}
}
