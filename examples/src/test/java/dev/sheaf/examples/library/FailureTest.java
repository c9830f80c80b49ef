package dev.sheaf.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.examples.db.TestDatabase;
import dev.sheaf.runtime.LoadException;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.LongStream;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A load whose statement fails throws a {@link LoadException}, a {@link JdbiException}, whose
 * message names the repository, the method, the statement and its label, with Jdbi's exception as
 * the cause.
 */
class FailureTest {
  private Library library;

  @BeforeEach
  void createLibrary() {
    library = Library.create(TestDatabase.H2, 20, 11);
  }

  @AfterEach
  void dropLibrary() {
    library.close();
  }

  @Test
  void aDroppedChildTableFailsTheSecondStatement() {
    assertEquals(3, Statements.javadoc(AuthorShelfRepository.class));
    var shelves = new AuthorShelfRepository(library.jdbi);
    assertEquals(20, shelves.findAll().size(), "loads before the drop");
    library.jdbi.useHandle(handle -> handle.execute("DROP TABLE book CASCADE"));
    library.statements();

    LoadException e = assertThrows(LoadException.class, shelves::findAll);

    assertFailure(e, "AuthorShelfRepository.findAll: statement 2 of 3 (AuthorShelf.books) failed");
    assertTrue(e.getMessage().contains("BOOK"), e.getMessage());
    // The root statement ran; the failed one fails while being prepared, before Jdbi's SqlLogger
    // sees an execution. Nothing ran after it.
    assertEquals(1, library.statements());
  }

  @Test
  void aWhereOnAMissingColumnFailsTheSecondStatementOfEveryLoad() {
    var broken = new AuthorWithBrokenFilterRepository(library.jdbi);
    String statement = ": statement 2 of 3 (AuthorWithBrokenFilter.books) failed";

    assertFailure(assertThrows(LoadException.class, broken::findAll),
        "AuthorWithBrokenFilterRepository.findAll" + statement);
    assertFailure(assertThrows(LoadException.class, () -> broken.findById(7L)),
        "AuthorWithBrokenFilterRepository.findById" + statement);
    assertFailure(assertThrows(LoadException.class, () -> broken.findAllById(List.of(14L, 7L))),
        "AuthorWithBrokenFilterRepository.findAllById" + statement);
    assertFailure(assertThrows(LoadException.class,
            () -> broken.query().where("id > :id").bind("id", 0L).list()),
        "AuthorWithBrokenFilterRepository.query" + statement);
    assertTrue(assertThrows(LoadException.class, broken::findAll).getMessage()
        .contains("NO_SUCH_COLUMN"), "the database's reason follows");
  }

  @Test
  void aFailureDeepInTheTreeNamesItsStatementAndLabel() {
    library.jdbi.useHandle(handle -> handle.execute("DROP TABLE comment"));
    var authors = new AuthorProfileRepository(library.jdbi);

    LoadException e = assertThrows(LoadException.class, authors::findAll);

    assertFailure(e, "AuthorProfileRepository.findAll: statement 3 of "
        + Statements.AUTHOR_PROFILE + " (BookCard.reviews) failed");
  }

  @Test
  void aMissingColumnMapperNamesTheStatementAndHowToRegisterOne() {
    try (Library unmapped = Library.withoutIsbnMapper(TestDatabase.H2, 20, 11)) {
      var authors = new AuthorProfileRepository(unmapped.jdbi);
      unmapped.statements();

      LoadException e = assertThrows(LoadException.class, authors::findAll);

      assertTrue(e.getMessage().startsWith("AuthorProfileRepository.findAll: statement 2 of "
          + Statements.AUTHOR_PROFILE + " (AuthorProfile.latestBooks) failed"), e.getMessage());
      assertTrue(e.getMessage().contains(Isbn.class.getName()), e.getMessage());
      assertTrue(e.getMessage().contains("registerColumnMapper"), e.getMessage());
      // Not a statement failure: the cause is the runtime's own, not Jdbi's.
      assertInstanceOf(IllegalStateException.class, e.getCause());
      assertEquals(2, unmapped.statements(), "the root, then the failed one");
    }
  }

  @Test
  void aFailureWithManyKeysBoundDoesNotPrintThem() {
    library.jdbi.useHandle(handle -> handle.execute("DROP TABLE author CASCADE"));
    var shelves = new AuthorShelfRepository(library.jdbi);
    List<Long> keys = LongStream.rangeClosed(1, 100_000).boxed().toList();

    LoadException e = assertThrows(LoadException.class, () -> shelves.findAllById(keys));

    assertFailure(e, "AuthorShelfRepository.findAllById: statement 1 of 3 (AuthorShelf) failed");
    assertTrue(e.getMessage().length() < 2_500, "message of " + e.getMessage().length() + " chars");
    assertFalse(e.getMessage().contains("99999"), "the last keys are not printed");
  }

  @Test
  void aFailureInTheCallersTransactionLeavesItToTheCaller() {
    var broken = new AuthorWithBrokenFilterRepository(library.jdbi);
    library.jdbi.useHandle(handle -> {
      handle.begin();
      handle.execute("INSERT INTO author (id, name) VALUES (?, ?)", 5_000_000L, "Uncommitted");

      assertFailure(assertThrows(LoadException.class, () -> broken.attach(handle).findAll()),
          "AuthorWithBrokenFilterRepository.findAll: statement 2 of 3 (AuthorWithBrokenFilter.books) failed");

      assertTrue(handle.isInTransaction(), "the caller's transaction is still open");
      handle.commit();
    });
    assertEquals(1, new AuthorShelfRepository(library.jdbi).findAllById(List.of(5_000_000L)).size(),
        "the caller could still commit its work");
  }

  private static void assertFailure(LoadException e, String start) {
    assertInstanceOf(JdbiException.class, e);
    assertTrue(e.getMessage().startsWith(start),
        "message should start with\n  " + start + "\nbut was\n  " + e.getMessage());
    StatementException cause = assertInstanceOf(StatementException.class, e.getCause(),
        "Jdbi's exception is the cause");
    assertInstanceOf(SQLException.class, cause.getCause());
  }

}
