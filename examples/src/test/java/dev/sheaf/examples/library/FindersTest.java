package dev.sheaf.examples.library;

import static dev.sheaf.examples.library.DifferentialTest.VALUES;
import static dev.sheaf.examples.library.DifferentialTest.assertSameElements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.examples.db.TestDatabase;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated finders against the oracle: by key for each key type, by key sets, the root
 * query (condition, bound parameters, order, limit, offset), the default order, and loads on a
 * caller's handle, inside and outside its transaction; each with its statement count; on every
 * database.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class FindersTest {
  private static final int AUTHORS = 60;

  @Parameter
  TestDatabase database;

  private Library library;
  private TransactionProbe probe;
  private AuthorProfileRepository authors;
  private List<AuthorProfile> allAuthors;

  @BeforeEach
  void createLibrary() {
    library = Library.create(database, AUTHORS, 7);
    probe = new TransactionProbe(library.counter);
    library.jdbi.setSqlLogger(probe);
    authors = new AuthorProfileRepository(library.jdbi);
    allAuthors = library.oracle.authors();
    library.statements();
    probe.seen();
  }

  @AfterEach
  void dropLibrary() {
    // Null when the database is unreachable and the test was skipped.
    if (library != null) {
      library.close();
    }
  }

  private AuthorProfile oracleAuthor(long id) {
    return allAuthors.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
  }

  @Test
  void findByIdFindsTheRowComplete() {
    AuthorProfile expected = allAuthors.stream()
        .filter(a -> a.homeCountry().isPresent() && a.latestBooks().size() == 3)
        .findFirst().orElseThrow();

    Optional<AuthorProfile> found = authors.findById(expected.id());

    VALUES.assertSame(Optional.of(expected), found, "found");
    assertEquals(Statements.authors(List.of(expected)), library.statements());
  }

  @Test
  void findByIdOfAnUnknownKeyIsEmptyInOneStatement() {
    assertEquals(Optional.empty(), authors.findById(8L));
    assertEquals(1, library.statements());
  }

  @Test
  void findByIdWorksForIntStringAndUuidKeys() {
    TagCard tag = library.oracle.tags().get(0);
    library.statements();
    assertEquals(Optional.of(tag), new TagCardRepository(library.jdbi).findById(tag.id()));
    assertEquals(Statements.tags(List.of(tag)), library.statements());
    assertEquals(Optional.empty(), new TagCardRepository(library.jdbi).findById(4));
    assertEquals(1, library.statements());

    CountryCard country = library.oracle.countries(List.of("JP")).get(0);
    library.statements();
    assertEquals(Optional.of(country), new CountryCardRepository(library.jdbi).findById("JP"));
    assertEquals(Statements.COUNTRY_CARD, library.statements());
    // MariaDB's case-insensitive collation finds the row JP for "jp"; the repository keeps only
    // rows whose key equals a requested one, so the key is matched exactly on every database.
    assertEquals(Optional.empty(), new CountryCardRepository(library.jdbi).findById("jp"));
    assertEquals(1, library.statements());

    UUID readerKey = library.keys.readers().get(1);
    ReaderCard reader = library.oracle.readers(List.of(readerKey)).get(0);
    library.statements();
    VALUES.assertSame(Optional.of(reader),
        new ReaderCardRepository(library.jdbi).findById(readerKey), "reader");
    assertEquals(Statements.readers(List.of(reader)), library.statements());
    assertEquals(Optional.empty(), new ReaderCardRepository(library.jdbi).findById(new UUID(1, 1)));
    assertEquals(1, library.statements());
  }

  @Test
  void findByIdOfAnAuthorWithNoCountry() {
    AuthorProfile expected = allAuthors.stream()
        .filter(a -> a.homeCountry().isEmpty() && !a.latestBooks().isEmpty())
        .findFirst().orElseThrow();

    Optional<AuthorProfile> found = authors.findById(expected.id());

    VALUES.assertSame(Optional.of(expected), found, "found");
    assertEquals(Statements.authors(List.of(expected)), library.statements());
  }

  @Test
  void findByIdOfABookWithNoPublisher() {
    BookCard expected = allAuthors.stream().flatMap(a -> a.latestBooks().stream())
        .filter(b -> b.publisher() == null).findFirst().orElseThrow();
    library.statements();

    Optional<BookCard> found = new BookCardRepository(library.jdbi).findById(expected.id());

    VALUES.assertSame(Optional.of(expected), found, "found");
    assertEquals(Statements.books(List.of(expected)), library.statements());
  }

  /** One reference, every loaded foreign key null: the reference level has no keys to load. */
  @Test
  void aReferenceWhoseForeignKeysAreAllNullIsEmptyAndCostsOneStatement() {
    long withoutPublisher = library.jdbi.withHandle(handle -> handle.createQuery(
        "SELECT COUNT(*) FROM book WHERE publisher_id IS NULL").mapTo(Long.class).one());
    assertTrue(withoutPublisher > 1);
    library.statements();

    List<BookPublisher> books = new BookPublisherRepository(library.jdbi).query()
        .where("publisher_id IS NULL").list();

    assertEquals(withoutPublisher, books.size());
    assertTrue(books.stream().allMatch(b -> b.publisher().isEmpty()));
    assertEquals(1, library.statements(), "no keys, so the reference's statement is skipped");
  }

  @Test
  void findAllByIdKeepsTheOrderOfTheKeysSkipsUnknownKeysAndRepeatsNone() {
    List<Long> keys = List.of(7L * 40, 7L * 3, 1_000_000L, 7L * 17, 7L * 3, 5L, 7L * 40);

    List<AuthorProfile> found = authors.findAllById(keys);
    long statements = library.statements();

    List<AuthorProfile> expected =
        List.of(oracleAuthor(7L * 40), oracleAuthor(7L * 3), oracleAuthor(7L * 17));
    assertSameElements(expected, found, "findAllById(" + keys + ")");
    assertEquals(Statements.authors(expected), statements);
  }

  @Test
  void findAllByIdOfNoKeysIsEmptyWithoutAStatement() {
    assertEquals(List.of(), authors.findAllById(List.of()));
    assertEquals(List.of(), new CountryCardRepository(library.jdbi).findAllById(List.of()));
    assertEquals(0, library.statements());
  }

  @Test
  void findAllByIdOfUnknownKeysOnlyCostsOneStatement() {
    assertEquals(List.of(), authors.findAllById(List.of(1L, 2L, 3L)));
    assertEquals(1, library.statements());
  }

  @Test
  void queryFiltersWithBoundParametersOrdersAndPages() {
    LocalDate bornBefore = LocalDate.of(1970, 1, 1);
    // The oracle's rows, in the order a plain query gives on this database: names are ordered by
    // its collation, which Java's String order need not match.
    List<AuthorProfile> matching = library.jdbi.withHandle(handle -> handle.createQuery(
            "SELECT id FROM author WHERE country_code <> :country AND born < :born"
                + " ORDER BY name DESC, id")
        .bind("country", "FR")
        .bind("born", bornBefore)
        .mapTo(Long.class)
        .list())
        .stream().map(this::oracleAuthor).toList();
    library.statements();
    assertTrue(matching.size() >= 8, "the condition keeps enough rows to page: " + matching.size());
    assertTrue(matching.size() < allAuthors.size() / 2, "the condition drops rows");
    assertTrue(hasTies(matching, AuthorProfile::name), "the order has ties the key must break");

    List<AuthorProfile> page = authors.query()
        .where("country_code <> :country AND born < :born")
        .bind("country", "FR")
        .bind("born", bornBefore)
        .orderBy("name DESC")
        .limit(4)
        .offset(3)
        .list();
    long statements = library.statements();

    List<AuthorProfile> expected = matching.subList(3, 7);
    assertSameElements(expected, page, "query page");
    assertEquals(Statements.authors(expected), statements);
  }

  @Test
  void queryWithOnlyAnOffsetOrOnlyALimit() {
    List<AuthorProfile> tail = authors.query().where("id > :id").bind("id", 7L * 30)
        .offset(2).list();
    assertSameElements(allAuthors.stream().filter(a -> a.id() > 7L * 30).skip(2).toList(), tail,
        "offset only");
    List<AuthorProfile> head = authors.query().limit(5).list();
    assertSameElements(allAuthors.subList(0, 5), head, "limit only");
  }

  @Test
  void queryFindFirstLoadsTheFirstMatchingRow() {
    // An author whose references all have keys: see findByIdOfAnAuthorWithNoCountry.
    AuthorProfile first = allAuthors.stream()
        .filter(a -> a.homeCountry().isPresent()
            && a.latestBooks().stream().anyMatch(b -> b.publisher() != null))
        .findFirst().orElseThrow();

    Optional<AuthorProfile> found =
        authors.query().where("id >= :id").bind("id", first.id()).findFirst();

    VALUES.assertSame(Optional.of(first), found, "first");
    assertEquals(Statements.authors(List.of(first)), library.statements());
  }

  @Test
  void queryWithNoMatchingRowCostsOneStatement() {
    List<AuthorProfile> none = authors.query().where("name = :name").bind("name", "Nobody").list();

    assertEquals(List.of(), none);
    assertEquals(1, library.statements());
  }

  @Test
  void rootsComeInTheProjectionsDefaultOrderWithTiesBrokenByTheKey() {
    List<TagCard> expected = library.oracle.tags();
    List<String> names = expected.stream().map(TagCard::name).toList();
    // Lower-case ASCII names: Java's order is every database's collation order.
    assertEquals(names.stream().sorted().toList(), names, "the oracle orders by name");
    assertTrue(hasTies(expected, TagCard::name), "names repeat");
    library.statements();
    var tags = new TagCardRepository(library.jdbi);

    assertSameElements(expected, tags.findAll(), "findAll in the default order");
    assertEquals(Statements.TAG_CARD, library.statements());
    assertSameElements(expected.subList(2, 7), tags.query().offset(2).limit(5).list(),
        "a page in the default order");
    List<TagCard> byKeyDesc = new ArrayList<>(expected);
    byKeyDesc.sort(Comparator.comparing(TagCard::id).reversed());
    assertSameElements(byKeyDesc, tags.query().orderBy("id DESC").list(),
        "a query's orderBy replaces the default");
  }

  @Test
  void attachedInsideTheCallersTransactionSeesItsUncommittedRowsAndLeavesItOpen() throws Exception {
    long id = 7_000_007L;
    library.jdbi.useHandle(handle -> {
      handle.begin();
      int isolation = handle.getConnection().getTransactionIsolation();
      handle.execute("INSERT INTO author (id, name, country_code) VALUES (?, ?, ?)",
          id, "Uncommitted", "KE");
      handle.execute("INSERT INTO book (id, author_id, publisher_id, title, pages, genre, in_print,"
          + " added) VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)", 9_000_009L, id, 1L, "Draft",
          301, "ESSAY", true);
      library.statements();
      probe.seen();

      Optional<AuthorProfile> found = authors.attach(handle).findById(id);

      assertTrue(found.isPresent(), "the caller's uncommitted author is visible");
      AuthorProfile author = found.get();
      assertEquals(1, author.bookCount());
      assertEquals(List.of("Draft"), author.latestBooks().stream().map(BookCard::title).toList());
      assertTrue(author.writesLongBooks());
      assertEquals("KE", author.homeCountry().orElseThrow().code());
      assertTrue(author.homeCountry().orElseThrow().authorNames().contains("Uncommitted"));
      // latestBooks, reviews (none, so nothing below), tagNames, tags, publisher and its
      // collection, genres, homeCountry and its two collections.
      assertEquals(Statements.authors(List.of(author)), library.statements());
      assertTrue(handle.isInTransaction(), "the caller's transaction is still open");
      for (TransactionProbe.Seen seen : probe.seen()) {
        assertEquals(new TransactionProbe.Seen(false, isolation, false), seen,
            "statements ran in the caller's transaction, at its isolation");
      }
      assertEquals(Optional.empty(), authors.findById(id),
          "a load of its own does not see the caller's uncommitted rows");

      handle.rollback();
    });
    assertEquals(Optional.empty(), authors.findById(id), "rolled back");
  }

  @Test
  void attachedOutsideATransactionRunsItsOwnAndLeavesTheHandleAsItWas() throws Exception {
    library.jdbi.useHandle(handle -> {
      // Not what a load uses, so that restoring it shows (MariaDB's default is REPEATABLE READ).
      handle.setTransactionIsolationLevel(TransactionIsolationLevel.READ_COMMITTED);
      TransactionIsolationLevel before = handle.getTransactionIsolationLevel();
      assertNotEquals(TransactionIsolationLevel.REPEATABLE_READ, before);
      library.statements();
      probe.seen();

      List<AuthorProfile> all = authors.attach(handle).findAll();

      assertSameElements(allAuthors, all, "attached findAll");
      assertEquals(Statements.AUTHOR_PROFILE, library.statements());
      List<TransactionProbe.Seen> seen = probe.seen();
      assertEquals(Statements.AUTHOR_PROFILE, seen.size());
      for (TransactionProbe.Seen statement : seen) {
        assertFalse(statement.autoCommit(), "in a transaction");
        assertEquals(Connection.TRANSACTION_REPEATABLE_READ, statement.isolation());
      }
      assertFalse(handle.isInTransaction(), "its transaction ended");
      assertTrue(handle.getConnection().getAutoCommit(), "auto-commit restored");
      assertEquals(before, handle.getTransactionIsolationLevel(), "isolation restored");
    });
  }

  @Test
  void aLoadOfItsOwnRunsInOneReadOnlyRepeatableReadTransaction() {
    authors.findAll();

    List<TransactionProbe.Seen> seen = probe.seen();
    assertEquals(Statements.AUTHOR_PROFILE, seen.size());
    for (TransactionProbe.Seen statement : seen) {
      assertFalse(statement.autoCommit(), "in a transaction");
      assertEquals(Connection.TRANSACTION_REPEATABLE_READ, statement.isolation());
      assertTrue(statement.readOnly(), "read-only");
    }
  }

  private static <T> boolean hasTies(List<T> rows, java.util.function.Function<T, ?> column) {
    return rows.stream().collect(Collectors.groupingBy(column, Collectors.counting()))
        .values().stream().anyMatch(n -> n > 1);
  }
}
