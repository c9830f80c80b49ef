package dev.sheaf.examples.library;

import static dev.sheaf.examples.library.DifferentialTest.assertSameElements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sheaf.examples.db.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Shapes the library's DTOs do not reach: names that collide with the generated code's own,
 * ties in the order of a scalar collection, many-to-many into a table not keyed by {@code id},
 * and a zero limit; on every database.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class EdgeCasesTest {
  @Parameter
  TestDatabase database;

  private Library library;

  @BeforeEach
  void createLibrary() {
    library = Library.create(database, 30, 5);
    library.jdbi.useHandle(handle -> {
      handle.execute("CREATE TABLE note (id VARCHAR(10) PRIMARY KEY,"
          + " author_id BIGINT NOT NULL REFERENCES author (id), rank INT NOT NULL,"
          + " text VARCHAR(100) NOT NULL)");
      // Inserted against key order: the scan order of equal ranks is not the key order.
      handle.execute("INSERT INTO note VALUES ('n-c', 7, 1, 'third by key'),"
          + " ('n-b', 7, 1, 'second by key'), ('n-z', 7, 0, 'rank 0'),"
          + " ('n-a', 7, 1, 'first by key'), ('m-a', 14, 5, 'only')");
      handle.execute("CREATE TABLE author_visit (author_id BIGINT NOT NULL REFERENCES author (id),"
          + " country_code VARCHAR(2) NOT NULL REFERENCES country (code),"
          + " PRIMARY KEY (author_id, country_code))");
      handle.execute("INSERT INTO author_visit VALUES (7, 'JP'), (7, 'FR'), (14, 'KE')");
    });
    library.statements();
  }

  @AfterEach
  void dropLibrary() {
    // Null when the database is unreachable and the test was skipped.
    if (library != null) {
      library.close();
    }
  }

  @Test
  void fieldsNamedLikeTheGeneratedCodesLocalsLoadIntoTheirOwnPlaces() {
    List<TrickyNames> expected = library.jdbi.inTransaction(this::trickyNames);
    library.statements();

    List<TrickyNames> loaded = new TrickyNamesRepository(library.jdbi).findAll();

    assertSameElements(expected, loaded, "TrickyNamesRepository.findAll()");
    // rows, its author reference, keys, row, built, rowKeys, loader, given.
    assertEquals(9, library.statements());
  }

  private List<TrickyNames> trickyNames(Handle handle) {
    List<TrickyNames> authors = new ArrayList<>();
    for (long id : handle.createQuery("SELECT id FROM author ORDER BY id").mapTo(Long.class).list()) {
      record Author(String name, LocalDate born, String country) {}
      Author row = handle.createQuery("SELECT name, born, country_code FROM author WHERE id = :id")
          .bind("id", id)
          .map((rs, ctx) -> new Author(rs.getString(1), rs.getObject(2, LocalDate.class),
              rs.getString(3)))
          .one();
      String country = row.country();
      List<BookTitle> books = handle.createQuery("SELECT book.id, book.title, author.name"
              + " FROM book JOIN author ON author.id = book.author_id"
              + " WHERE book.author_id = :id ORDER BY book.id")
          .bind("id", id)
          .map((rs, ctx) -> new BookTitle(rs.getLong(1), rs.getString(2),
              new AuthorName(id, rs.getString(3))))
          .list();
      authors.add(new TrickyNames(id, row.name(), row.born(),
          books.size(),
          books,
          handle.createQuery("SELECT title FROM book WHERE author_id = :id ORDER BY title")
              .bind("id", id).mapTo(String.class).list(),
          new LinkedHashSet<>(handle.createQuery("SELECT genre FROM book WHERE author_id = :id")
              .bind("id", id).mapTo(String.class).list().stream().map(Genre::valueOf).toList()),
          handle.createQuery("SELECT pages FROM book WHERE author_id = :id ORDER BY pages")
              .bind("id", id).mapTo(Integer.class).list(),
          handle.createQuery("SELECT isbn FROM book WHERE author_id = :id ORDER BY isbn")
              .bind("id", id).map((rs, ctx) -> rs.getString(1) == null ? null
                  : new Isbn(rs.getString(1))).list(),
          country == null ? Optional.empty() : Optional.of(new CountryName(country,
              handle.createQuery("SELECT name FROM country WHERE code = :c").bind("c", country)
                  .mapTo(String.class).one())),
          handle.createQuery("SELECT COUNT(*) FROM author WHERE mentor_id = :id").bind("id", id)
              .mapTo(Integer.class).one(),
          handle.createQuery("SELECT id, name FROM author WHERE mentor_id = :id ORDER BY id")
              .bind("id", id).map((rs, ctx) -> new AuthorName(rs.getLong(1), rs.getString(2)))
              .list()));
    }
    return authors;
  }

  @Test
  void tiesInACollectionOfProjectionsAreBrokenByTheElementsKey() {
    AuthorNotes notes = new AuthorNotesRepository(library.jdbi).findById(7L).orElseThrow();

    assertEquals(List.of(new NoteLine("n-z", "rank 0"), new NoteLine("n-a", "first by key"),
        new NoteLine("n-b", "second by key"), new NoteLine("n-c", "third by key")),
        notes.noteLines());
  }

  @Test
  void tiesInAScalarCollectionAreBrokenByTheValue() {
    AuthorNotes notes = new AuthorNotesRepository(library.jdbi).findById(7L).orElseThrow();

    assertEquals(List.of("rank 0", "first by key", "second by key", "third by key"),
        notes.notes());
  }

  @Test
  void aManyToManyCollectionReachesATableKeyedByAString() {
    List<AuthorVisits> visits = new AuthorVisitsRepository(library.jdbi).findAllById(List.of(7L, 14L, 21L));

    assertEquals(List.of(
        new AuthorVisits(7, List.of(new CountryName("FR", "France"), new CountryName("JP", "Japan"))),
        new AuthorVisits(14, List.of(new CountryName("KE", "Kenya"))),
        new AuthorVisits(21, List.of())), visits);
    assertEquals(2, library.statements());
  }

  @Test
  void aManyToManyCountReachesATableKeyedByAString() {
    List<AuthorVisitCount> counts =
        new AuthorVisitCountRepository(library.jdbi).findAllById(List.of(7L, 14L, 21L));

    assertEquals(List.of(new AuthorVisitCount(7, 2), new AuthorVisitCount(14, 1),
        new AuthorVisitCount(21, 0)), counts);
    assertEquals(1, library.statements());
  }

  @Test
  void aManyToManyScalarCollectionReachesATableKeyedByAString() {
    List<AuthorVisitedNames> names =
        new AuthorVisitedNamesRepository(library.jdbi).findAllById(List.of(7L, 14L, 21L));

    assertEquals(List.of(new AuthorVisitedNames(7, List.of("France", "Japan")),
        new AuthorVisitedNames(14, List.of("Kenya")), new AuthorVisitedNames(21, List.of())),
        names);
    assertEquals(2, library.statements());
  }

  @Test
  void aQueryLimitedToZeroRowsIsEmptyInOneStatement() {
    List<AuthorShelf> none = new AuthorShelfRepository(library.jdbi).query().limit(0).list();

    assertEquals(List.of(), none);
    assertEquals(1, library.statements());
  }

  @Test
  void aQueryOffsetPastTheEndIsEmptyInOneStatement() {
    List<AuthorShelf> none = new AuthorShelfRepository(library.jdbi).query().offset(30).list();

    assertEquals(List.of(), none);
    assertEquals(1, library.statements());
  }
}
