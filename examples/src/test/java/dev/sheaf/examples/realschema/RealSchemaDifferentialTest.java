package dev.sheaf.examples.realschema;

import static java.util.Comparator.comparing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.examples.compare.SameValues;
import dev.sheaf.examples.db.TestDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real-schema DTOs, loaded by their generated repositories and by the naive oracle from the
 * same seeded random rows, hold the same values (averages within {@link SameValues#RELATIVE});
 * and each load costs exactly the statements its repository states (STATEMENTS), at 20 roots as at
 * 300; through {@code findAll}, {@code findAllById} and a {@code query()} with a condition, an
 * order and a limit, whose statements differ; on every database.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class RealSchemaDifferentialTest {
  private static final int SMALL = 20;
  private static final int LARGE = 300;
  private static final SameValues VALUES = SameValues.exactDecimals();

  @Parameter
  TestDatabase database;

  private RealSchemaDatabase db;
  private RandomRows.Keys keys;
  private NaiveRealSchemaLoader oracle;

  static Stream<Arguments> data() {
    return Stream.of(Arguments.of(11L, SMALL), Arguments.of(12L, SMALL), Arguments.of(13L, LARGE));
  }

  @AfterEach
  void dropRows() {
    // Null when the database is unreachable and the test was skipped.
    if (db != null) {
      db.close();
    }
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("data")
  void authorPages(long seed, int size) {
    fill(size, seed);
    var repository = new AuthorPageRepository(db.jdbi);
    assertEquals(LoadCost.AUTHOR_PAGE, AuthorPageRepository.STATEMENTS);

    List<AuthorPage> all = compare("AuthorPage", LoadCost.AUTHOR_PAGE, LoadCost::authors,
        oracle::authors, repository::findAll, keys.authors(), 1L, oracle::authors,
        repository::findAllById, seed);
    queried("AuthorPage", LoadCost::authors, all, a -> a.name().startsWith("B"),
        comparing(AuthorPage::name).reversed().thenComparing(AuthorPage::id), 7,
        () -> repository.query().where("name LIKE :prefix").bind("prefix", "B%")
            .orderBy("name DESC").limit(7).list(), size);

    if (size == LARGE) {
      // The data reaches the edges the test is for.
      assertTrue(all.stream().anyMatch(a -> a.bookCount() == 0), "an author with no books");
      assertTrue(all.stream().anyMatch(a -> a.bookCount() > 2), "a limit that cuts");
      assertTrue(all.stream().anyMatch(a -> a.countryId() == null), "a null foreign key");
      assertTrue(all.stream().anyMatch(a -> a.totalPrice() == null && a.bookCount() > 0),
          "a null SUM of rows");
      List<BookLine> books = all.stream().flatMap(a -> a.topBooks().stream()).toList();
      assertTrue(books.stream().anyMatch(b -> b.reviews().isEmpty()), "a book with no reviews");
      assertTrue(books.stream().anyMatch(b -> b.reviews().size() > 2), "a book with reviews");
      assertTrue(books.stream().anyMatch(b -> b.goodScore() == null && b.reviewCount() > 0),
          "a filtered SUM that no row matches");
    }
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("data")
  void bookPages(long seed, int size) {
    fill(size, seed);
    var repository = new BookPageRepository(db.jdbi);
    assertEquals(LoadCost.BOOK_PAGE, BookPageRepository.STATEMENTS);

    List<BookPage> all = compare("BookPage", LoadCost.BOOK_PAGE, LoadCost::books,
        oracle::books, repository::findAll, keys.books(), 1L, oracle::books,
        repository::findAllById, seed);
    queried("BookPage", LoadCost::books, all, b -> b.pages() > 300,
        comparing(BookPage::title).thenComparing(BookPage::id), 10,
        () -> repository.query().where("pages > :pages").bind("pages", 300).orderBy("title")
            .limit(10).list(), size);

    if (size == LARGE) {
      assertTrue(all.stream().anyMatch(b -> b.firstAuthorNames().isEmpty()), "no authors");
      assertTrue(all.stream().anyMatch(b -> b.recentAuthors().size() > 1), "recent authors");
      assertTrue(all.stream().anyMatch(b -> b.authorsStartingWithA() > 1), "two A authors");
      assertTrue(all.stream().anyMatch(b -> b.oldTags() > 0), "old tags");
      assertTrue(all.stream().anyMatch(b -> b.recentTags().size() == 3), "a limit that cuts");
    }
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("data")
  void employeePages(long seed, int size) {
    fill(size, seed);
    var repository = new EmployeePageRepository(db.jdbi);
    assertEquals(LoadCost.EMPLOYEE_PAGE, EmployeePageRepository.STATEMENTS);

    List<EmployeePage> all = compare("EmployeePage", LoadCost.EMPLOYEE_PAGE, LoadCost::employees,
        oracle::employees, repository::findAll, keys.employees(), 2L, oracle::employees,
        repository::findAllById, seed);
    queried("EmployeePage", LoadCost::employees, all, e -> e.title().startsWith("Sales"),
        comparing(EmployeePage::lastName).reversed().thenComparing(EmployeePage::employeeId), 5,
        () -> repository.query().where("title LIKE :title").bind("title", "Sales%")
            .orderBy("last_name DESC").limit(5).list(), size);

    if (size == LARGE) {
      assertTrue(all.stream().anyMatch(e -> e.manager().isEmpty()), "no manager");
      // Where reading the owner's title instead of the report's gives another answer.
      assertTrue(all.stream().anyMatch(e -> !e.title().startsWith("Sales") && e.salesReports() > 0),
          "a manager out of sales with reports in sales");
      assertTrue(all.stream().anyMatch(e -> e.title().startsWith("Sales")
          && e.reportCount() > e.salesReports()), "a manager in sales with reports out of it");
      assertTrue(all.stream().anyMatch(e -> e.salesReports() > 2), "a limit that cuts");
    }
  }

  private void fill(int size, long seed) {
    List<RandomRows.Keys> filled = new ArrayList<>();
    db = RealSchemaDatabase.create(database,
        handle -> filled.add(RandomRows.fill(handle, size, seed)));
    keys = filled.get(0);
    oracle = new NaiveRealSchemaLoader(db.jdbi);
  }

  /**
   * {@code findAll} against the oracle, at the full cost; then {@code findAllById} on a random
   * third of the keys (shuffled, with an unknown key and a repeated one), at the cost of the
   * levels its rows reach. Returns the oracle's rows, which {@code findAll} matched.
   */
  private <T> List<T> compare(String dto, int fullCost, Function<List<T>, Integer> cost,
      Supplier<List<T>> oracleAll, Supplier<List<T>> findAll, List<Long> keys, long unknown,
      Function<Collection<Long>, List<T>> oracleByKeys,
      Function<Collection<Long>, List<T>> findAllById, long seed) {
    List<T> expected = oracleAll.get();
    db.statements();
    List<T> all = findAll.get();
    long statements = db.statements();
    VALUES.assertSame(expected, all, dto + "Repository.findAll()");
    assertEquals(fullCost, statements, dto + "Repository.findAll() statements");
    assertEquals(fullCost, cost.apply(expected), "the data reaches every level of " + dto);

    List<Long> subset = new ArrayList<>(keys);
    Collections.shuffle(subset, new Random(seed));
    subset = new ArrayList<>(subset.subList(0, Math.max(1, keys.size() / 3)));
    subset.add(subset.size() / 2, unknown);
    subset.add(subset.get(0));
    List<T> expectedSome = oracleByKeys.apply(subset);
    db.statements();
    List<T> some = findAllById.apply(subset);
    statements = db.statements();
    VALUES.assertSame(expectedSome, some, dto + "Repository.findAllById(" + subset + ")");
    assertEquals(Math.max(1, keys.size() / 3), some.size());
    assertEquals(cost.apply(expectedSome).longValue(), statements,
        dto + "Repository.findAllById statements");
    return expected;
  }

  /**
   * A {@code query()} with a condition, an order and a limit against {@code all}, the oracle's
   * rows, filtered, ordered (the key breaking ties) and cut in Java; at the cost of the levels
   * its rows reach.
   */
  private <T> void queried(String dto, Function<List<T>, Integer> cost, List<T> all,
      Predicate<T> where, Comparator<T> order, int limit, Supplier<List<T>> query, int size) {
    List<T> expected = all.stream().filter(where).sorted(order).limit(limit).toList();
    db.statements();
    List<T> page = query.get();
    long statements = db.statements();
    VALUES.assertSame(expected, page, dto + "Repository.query()");
    assertEquals(cost.apply(expected).longValue(), statements,
        dto + "Repository.query() statements");
    if (size == LARGE) {
      assertEquals(limit, page.size(), "the limit cuts");
    }
  }
}
