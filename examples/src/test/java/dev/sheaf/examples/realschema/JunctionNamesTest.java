package dev.sheaf.examples.realschema;

import static dev.sheaf.examples.realschema.Insert.author;
import static dev.sheaf.examples.realschema.Insert.book;
import static dev.sheaf.examples.realschema.Insert.credit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import dev.sheaf.examples.db.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An unqualified name in the SQL of a many-to-many {@code @Aggregate} is a column of the related
 * table, even when the junction has a column of that name too: Django's junctions have an
 * {@code id} of their own, and Sakila gives every table a {@code last_update}. Here
 * {@code book_authors} has {@code id}, {@code name} (the name the book credits) and
 * {@code last_update}, each with values that give other answers than the author's, so a name
 * read from the wrong table shows; on every database.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class JunctionNamesTest {
  /** Authors updated after this; Atwood was updated at exactly this time, so is not. */
  private static final String AFTER_2020 = "last_update > TIMESTAMP '2020-01-01 00:00:00'";

  @Projection(table = "book")
  record NamesById(long id,
      @Aggregate(through = "book_authors", foreignKey = "book_id", inverseForeignKey = "author_id",
          table = "author", column = "name", orderBy = "id") List<String> authors) {}

  @Projection(table = "book")
  record NamesStartingWithA(long id,
      @Aggregate(through = "book_authors", foreignKey = "book_id", inverseForeignKey = "author_id",
          table = "author", column = "name", where = "name LIKE 'A%'") List<String> authors) {}

  @Projection(table = "book")
  record NamesByLastUpdate(long id,
      @Aggregate(through = "book_authors", foreignKey = "book_id", inverseForeignKey = "author_id",
          table = "author", column = "name", orderBy = "last_update DESC") List<String> authors) {}

  @Projection(table = "book")
  record RecentAuthorCount(long id,
      @Aggregate(through = "book_authors", foreignKey = "book_id", inverseForeignKey = "author_id",
          table = "author", where = AFTER_2020) int authors) {}

  @Projection(table = "book")
  record HasAuthorStartingWithA(long id,
      @Aggregate(through = "book_authors", foreignKey = "book_id", inverseForeignKey = "author_id",
          table = "author", where = "name LIKE 'A%'") boolean hasOne) {}

  @Projection(table = "author")
  record AuthorName(long id, String name) {}

  @Projection(table = "book")
  record RecentAuthors(long id,
      @Aggregate(through = "book_authors", foreignKey = "book_id", inverseForeignKey = "author_id",
          where = AFTER_2020, orderBy = "name") List<AuthorName> authors) {}

  /** The same names one level down: the books' own statement holds the aggregates. */
  @Projection(table = "book")
  record BookSummary(long id, String title,
      @Aggregate(through = "book_authors", foreignKey = "book_id", inverseForeignKey = "author_id",
          table = "author", where = AFTER_2020) int recentAuthors,
      @Aggregate(through = "book_authors", foreignKey = "book_id", inverseForeignKey = "author_id",
          table = "author", where = "name LIKE 'A%'") boolean hasAuthorStartingWithA) {}

  @Projection(table = "author")
  record AuthorBooks(long id,
      @Aggregate(through = "book_authors", foreignKey = "author_id", inverseForeignKey = "book_id",
          orderBy = "id DESC") List<BookSummary> books) {}

  @Parameter
  TestDatabase database;

  private RealSchemaDatabase db;

  @BeforeEach
  void createRows() {
    db = RealSchemaDatabase.create(database, handle -> {
      author(handle, 1, "Austen", "2019-05-01");
      author(handle, 2, "Baldwin", "2021-03-01");
      author(handle, 3, "Achebe", "2022-08-01");
      author(handle, 4, "Carver", "2020-06-01");
      author(handle, 5, "Atwood", "2020-01-01");
      book(handle, 10, "Emma", 100, null);
      book(handle, 11, "Arrow", 100, null);
      book(handle, 12, "Omnibus", 100, null);
      book(handle, 13, "Unsigned", 100, null);
      book(handle, 14, "Cathedral", 100, null);
      // The junction's id, name and last_update each order or filter differently.
      credit(handle, 201, 12, 4, "C. Carver", "2023-01-01");
      credit(handle, 202, 12, 3, "Chinua Achebe", "2017-01-01");
      credit(handle, 203, 12, 1, "Jane Austen", "2024-01-01");
      credit(handle, 204, 12, 2, "Anon", "2016-01-01");
      credit(handle, 205, 10, 1, "Jane Austen", "2015-06-01");
      credit(handle, 206, 11, 5, "Margaret Atwood", "2024-06-01");
      credit(handle, 207, 11, 3, "Chinua Achebe", "2014-01-01");
      credit(handle, 208, 14, 4, "Anonymous", "2024-02-01");
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
  void aScalarCollectionThroughAJunctionOrdersByTheRelatedTablesId() {
    List<NamesById> books = new JunctionNamesTest_NamesByIdRepository(db.jdbi).findAll();

    // By author.id; by book_authors.id book 11 would be [Atwood, Achebe].
    assertEquals(List.of(new NamesById(10, List.of("Austen")),
        new NamesById(11, List.of("Achebe", "Atwood")),
        new NamesById(12, List.of("Austen", "Baldwin", "Achebe", "Carver")),
        new NamesById(13, List.of()),
        new NamesById(14, List.of("Carver"))), books);
    assertEquals(2, db.statements());
  }

  @Test
  void aScalarCollectionThroughAJunctionFiltersOnTheRelatedTablesName() {
    List<NamesStartingWithA> books =
        new JunctionNamesTest_NamesStartingWithARepository(db.jdbi).findAll();

    // By author.name; by book_authors.name book 12 would be [Baldwin] and book 14 [Carver].
    assertEquals(List.of(new NamesStartingWithA(10, List.of("Austen")),
        new NamesStartingWithA(11, List.of("Achebe", "Atwood")),
        new NamesStartingWithA(12, List.of("Achebe", "Austen")),
        new NamesStartingWithA(13, List.of()),
        new NamesStartingWithA(14, List.of())), books);
    assertEquals(2, db.statements());
  }

  @Test
  void aScalarCollectionThroughAJunctionOrdersByTheRelatedTablesLastUpdate() {
    List<NamesByLastUpdate> books =
        new JunctionNamesTest_NamesByLastUpdateRepository(db.jdbi).findAll();

    // By author.last_update; by book_authors.last_update book 11 would be [Atwood, Achebe].
    assertEquals(List.of(new NamesByLastUpdate(10, List.of("Austen")),
        new NamesByLastUpdate(11, List.of("Achebe", "Atwood")),
        new NamesByLastUpdate(12, List.of("Achebe", "Baldwin", "Carver", "Austen")),
        new NamesByLastUpdate(13, List.of()),
        new NamesByLastUpdate(14, List.of("Carver"))), books);
    assertEquals(2, db.statements());
  }

  @Test
  void aCountThroughAJunctionFiltersOnTheRelatedTablesLastUpdate() {
    List<RecentAuthorCount> books =
        new JunctionNamesTest_RecentAuthorCountRepository(db.jdbi).findAll();

    // By author.last_update; by book_authors.last_update book 12 would count 2.
    assertEquals(List.of(new RecentAuthorCount(10, 0), new RecentAuthorCount(11, 1),
        new RecentAuthorCount(12, 3), new RecentAuthorCount(13, 0),
        new RecentAuthorCount(14, 1)), books);
    assertEquals(1, db.statements());
  }

  @Test
  void anExistsThroughAJunctionFiltersOnTheRelatedTablesName() {
    List<HasAuthorStartingWithA> books =
        new JunctionNamesTest_HasAuthorStartingWithARepository(db.jdbi).findAll();

    // By author.name; by book_authors.name book 10 would be false and book 14 true.
    assertEquals(List.of(new HasAuthorStartingWithA(10, true),
        new HasAuthorStartingWithA(11, true), new HasAuthorStartingWithA(12, true),
        new HasAuthorStartingWithA(13, false), new HasAuthorStartingWithA(14, false)), books);
    assertEquals(1, db.statements());
  }

  @Test
  void aCollectionOfProjectionsThroughAJunctionFiltersAndOrdersByTheRelatedTable() {
    List<RecentAuthors> books = new JunctionNamesTest_RecentAuthorsRepository(db.jdbi).findAll();

    AuthorName baldwin = new AuthorName(2, "Baldwin");
    AuthorName achebe = new AuthorName(3, "Achebe");
    AuthorName carver = new AuthorName(4, "Carver");
    assertEquals(List.of(new RecentAuthors(10, List.of()),
        new RecentAuthors(11, List.of(achebe)),
        new RecentAuthors(12, List.of(achebe, baldwin, carver)),
        new RecentAuthors(13, List.of()),
        new RecentAuthors(14, List.of(carver))), books);
    assertEquals(2, db.statements());
  }

  @Test
  void aNestedLevelThroughAJunctionOrdersByTheRelatedTablesIdAndFiltersItsAggregates() {
    List<AuthorBooks> authors =
        new JunctionNamesTest_AuthorBooksRepository(db.jdbi).findAllById(List.of(3L, 4L, 1L, 99L));

    // Books by book.id DESC; by book_authors.id DESC Achebe's would be [11, 12].
    BookSummary emma = new BookSummary(10, "Emma", 0, true);
    BookSummary arrow = new BookSummary(11, "Arrow", 1, true);
    BookSummary omnibus = new BookSummary(12, "Omnibus", 3, true);
    BookSummary cathedral = new BookSummary(14, "Cathedral", 1, false);
    assertEquals(List.of(new AuthorBooks(3, List.of(omnibus, arrow)),
        new AuthorBooks(4, List.of(cathedral, omnibus)),
        new AuthorBooks(1, List.of(omnibus, emma))), authors);
    assertEquals(2, db.statements());
  }
}
