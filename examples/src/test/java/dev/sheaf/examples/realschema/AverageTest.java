package dev.sheaf.examples.realschema;

import static dev.sheaf.Aggregate.Function.AVG;
import static dev.sheaf.examples.realschema.Insert.author;
import static dev.sheaf.examples.realschema.Insert.book;
import static dev.sheaf.examples.realschema.Insert.credit;
import static dev.sheaf.examples.realschema.Insert.review;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import dev.sheaf.examples.compare.SameValues;
import dev.sheaf.examples.db.TestDatabase;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * AVG is the average Java computes from the same values (their sum over their count), to within
 * {@link SameValues#RELATIVE}, on every database: of an INT column and of a DECIMAL one, into
 * {@code Double} and {@code OptionalDouble}, at the root, one level down, and through a junction.
 * MariaDB's AVG keeps only four more decimals than its column (782.6667 for 782.666...), so the
 * values are chosen to need more.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class AverageTest {
  @Projection(table = "book")
  record BookAverages(long id,
      @Aggregate(table = "review", foreignKey = "book_id", function = AVG, column = "rating")
          Double rating,
      @Aggregate(table = "review", foreignKey = "book_id", function = AVG, column = "rating")
          OptionalDouble ratingIfAny,
      @Aggregate(table = "review", foreignKey = "book_id", function = AVG, column = "score")
          Double score,
      @Aggregate(table = "review", foreignKey = "book_id", function = AVG, column = "score")
          OptionalDouble scoreIfAny) {}

  @Projection(table = "author")
  record AuthorAverages(long id,
      @Aggregate(through = "book_authors", foreignKey = "author_id", inverseForeignKey = "book_id",
          table = "book", function = AVG, column = "pages") Double pages,
      @Aggregate(through = "book_authors", foreignKey = "author_id", inverseForeignKey = "book_id",
          table = "book", function = AVG, column = "price") OptionalDouble price,
      @Aggregate(through = "book_authors", foreignKey = "author_id", inverseForeignKey = "book_id")
          List<BookAverages> books) {}

  @Parameter
  TestDatabase database;

  private RealSchemaDatabase db;

  @BeforeEach
  void createRows() {
    db = RealSchemaDatabase.create(database, handle -> {
      author(handle, 1, "Austen", "2020-01-01");
      author(handle, 2, "Baldwin", "2020-01-01");
      author(handle, 3, "Carver", "2020-01-01");
      book(handle, 10, "Emma", 782, "10.00");
      book(handle, 11, "Persuasion", 782, "10.00");
      book(handle, 12, "Sanditon", 784, "10.01");
      book(handle, 20, "Giovanni's Room", 300, null);
      credit(handle, 101, 10, 1, "Jane Austen", "2020-01-01");
      credit(handle, 102, 11, 1, "Jane Austen", "2020-01-01");
      credit(handle, 103, 12, 1, "Jane Austen", "2020-01-01");
      credit(handle, 104, 20, 2, "James Baldwin", "2020-01-01");
      review(handle, 1001, 10, 4, "7.10");
      review(handle, 1002, 10, 4, "8.25");
      review(handle, 1003, 10, 5, "9.00");
      review(handle, 1004, 12, 1, "2.00");
      review(handle, 1005, 12, 2, "3.00");
    });
  }

  @AfterEach
  void dropRows() {
    // Null when the database is unreachable and the test was skipped.
    if (db != null) {
      db.close();
    }
  }

  @Test
  void anAverageOfAnIntColumnIsTheQuotientOfItsSumAndCount() {
    List<BookAverages> books = new AverageTest_BookAveragesRepository(db.jdbi).findAll();

    assertEquals(List.of(10L, 11L, 12L, 20L), books.stream().map(BookAverages::id).toList());
    assertClose(average(4, 4, 5), books.get(0).rating(), "book 10");
    assertClose(average(4, 4, 5), books.get(0).ratingIfAny(), "book 10, optional");
    assertEquals(null, books.get(1).rating(), "no reviews");
    assertEquals(OptionalDouble.empty(), books.get(1).ratingIfAny(), "no reviews, optional");
    assertClose(average(1, 2), books.get(2).rating(), "book 12");
    assertEquals(1, db.statements());
  }

  @Test
  void anAverageOfADecimalColumnIntoADoubleIsTheQuotientOfItsSumAndCount() {
    List<BookAverages> books = new AverageTest_BookAveragesRepository(db.jdbi).findAll();

    assertClose(average("7.10", "8.25", "9.00"), books.get(0).score(), "book 10");
    assertClose(average("7.10", "8.25", "9.00"), books.get(0).scoreIfAny(), "book 10, optional");
    assertEquals(null, books.get(1).score(), "no reviews");
    assertEquals(OptionalDouble.empty(), books.get(1).scoreIfAny(), "no reviews, optional");
    assertClose(average("2.00", "3.00"), books.get(2).score(), "book 12");
    assertEquals(1, db.statements());
  }

  @Test
  void averagesThroughAJunctionAndOneLevelDown() {
    List<AuthorAverages> authors = new AverageTest_AuthorAveragesRepository(db.jdbi).findAll();

    AuthorAverages austen = authors.get(0);
    assertClose(average(782, 782, 784), austen.pages(), "Austen's pages");
    assertClose(average("10.00", "10.00", "10.01"), austen.price(), "Austen's prices");
    assertEquals(List.of(10L, 11L, 12L), austen.books().stream().map(BookAverages::id).toList());
    BookAverages emma = austen.books().get(0);
    assertClose(average(4, 4, 5), emma.rating(), "Emma's rating");
    assertClose(average(4, 4, 5), emma.ratingIfAny(), "Emma's rating, optional");
    assertClose(average("7.10", "8.25", "9.00"), emma.score(), "Emma's score");
    assertClose(average("7.10", "8.25", "9.00"), emma.scoreIfAny(), "Emma's score, optional");
    assertEquals(new BookAverages(11, null, OptionalDouble.empty(), null, OptionalDouble.empty()),
        austen.books().get(1));

    AuthorAverages baldwin = authors.get(1);
    assertClose(300.0, baldwin.pages(), "Baldwin's pages");
    assertEquals(OptionalDouble.empty(), baldwin.price(), "no book with a price");
    AuthorAverages carver = authors.get(2);
    assertEquals(new AuthorAverages(3, null, OptionalDouble.empty(), List.of()), carver);
    assertEquals(2, db.statements());
  }

  private static double average(int... values) {
    return (double) Arrays.stream(values).sum() / values.length;
  }

  private static double average(String... decimals) {
    BigDecimal sum = Arrays.stream(decimals).map(BigDecimal::new)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(decimals.length), MathContext.DECIMAL128).doubleValue();
  }

  private static void assertClose(double expected, OptionalDouble actual, String what) {
    assertEquals(true, actual.isPresent(), what + ": empty");
    assertClose(expected, actual.getAsDouble(), what);
  }

  private static void assertClose(double expected, Double actual, String what) {
    SameValues.exactDecimals().assertSame(expected, actual, what);
  }
}
