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
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A load whose statement fails throws a {@link LoadException}, a {@link JdbiException}, whose
 * message names the repository, the method, the statement and its label, with Jdbi's exception as
 * the cause; on every database.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class FailureTest {
  @Parameter
  TestDatabase database;

  private Library library;

  @BeforeEach
  void createLibrary() {
    library = Library.create(database, 20, 11);
  }

  @AfterEach
  void dropLibrary() {
    // Null when the database is unreachable and the test was skipped.
    if (library != null) {
      library.close();
    }
  }

  @Test
  void aDroppedChildTableFailsTheSecondStatement() {
    assertEquals(3, AuthorShelfRepository.STATEMENTS);
    var shelves = new AuthorShelfRepository(library.jdbi);
    assertEquals(20, shelves.findAll().size(), "loads before the drop");
    dropReferencedTable("book");
    library.statements();

    LoadException e = assertThrows(LoadException.class, shelves::findAll);

    assertFailure(e, "AuthorShelfRepository.findAll: statement 2 of 3 (AuthorShelf.books) failed");
    assertDatabaseReason(e, undefinedTable());
    // The root statement ran, then the failed one; nothing ran after it. H2 rejects the statement
    // while preparing it, before Jdbi's SqlLogger counts an execution; PostgreSQL and MariaDB
    // only see it when it executes, and the counter counts the failed execution.
    assertEquals(database == TestDatabase.H2 ? 1 : 2, library.statements());
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
    assertDatabaseReason(assertThrows(LoadException.class, broken::findAll), undefinedColumn());
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
    try (Library unmapped = Library.withoutIsbnMapper(database, 20, 11)) {
      var authors = new AuthorProfileRepository(unmapped.jdbi);
      unmapped.statements();

      LoadException e = assertThrows(LoadException.class, authors::findAll);

      assertTrue(e.getMessage().startsWith("AuthorProfileRepository.findAll: statement 2 of "
          + Statements.AUTHOR_PROFILE + " (AuthorProfile.latestBooks) failed"), e.getMessage());
      assertTrue(e.getMessage().contains(Isbn.class.getName()), e.getMessage());
      assertTrue(e.getMessage().contains("registerColumnMapper"), e.getMessage());
      // Not a statement failure: the cause is the runtime's own, not Jdbi's.
      assertInstanceOf(IllegalStateException.class, e.getCause());
      assertEquals("AuthorProfileRepository", e.repository());
      assertEquals("findAll", e.method());
      assertEquals(2, e.statement());
      assertEquals(Statements.AUTHOR_PROFILE, e.statements());
      assertEquals("AuthorProfile.latestBooks", e.label());
      assertEquals(2, unmapped.statements(), "the root, then the failed one");
    }
  }

  @Test
  void aFailureWithManyKeysBoundDoesNotPrintThem() {
    dropReferencedTable("author");
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
      // PostgreSQL aborts a transaction at its first failed statement (a COMMIT then rolls back,
      // silently); a savepoint is how a caller keeps its work on every database.
      handle.savepoint("before_load");

      assertFailure(assertThrows(LoadException.class, () -> broken.attach(handle).findAll()),
          "AuthorWithBrokenFilterRepository.findAll: statement 2 of 3 (AuthorWithBrokenFilter.books) failed");

      assertTrue(handle.isInTransaction(), "the caller's transaction is still open");
      // Fails if the load ended the transaction: its savepoint would be gone.
      handle.rollbackToSavepoint("before_load");
      handle.commit();
    });
    assertEquals(1, new AuthorShelfRepository(library.jdbi).findAllById(List.of(5_000_000L)).size(),
        "the caller could still commit its work");
  }

  /**
   * Drops {@code table}, leaving the tables that reference it in place, so that the loads that
   * reach it fail.
   */
  private void dropReferencedTable(String table) {
    library.jdbi.useHandle(handle -> {
      if (database == TestDatabase.MARIADB) {
        // MariaDB accepts CASCADE and ignores it; it drops a referenced table only like this.
        handle.execute("SET foreign_key_checks = 0");
        handle.execute("DROP TABLE " + table);
        handle.execute("SET foreign_key_checks = 1");
      } else {
        handle.execute("DROP TABLE " + table + " CASCADE");
      }
    });
  }

  /** The SQLSTATE of a missing table: the standard's class 42 code differs per database. */
  private String undefinedTable() {
    return database == TestDatabase.POSTGRESQL ? "42P01" : "42S02";
  }

  private String undefinedColumn() {
    return database == TestDatabase.POSTGRESQL ? "42703" : "42S22";
  }

  /** The database's own error, with its SQLSTATE, is in the message, not only in the cause. */
  private static void assertDatabaseReason(LoadException e, String sqlState) {
    SQLException reason = (SQLException) e.getCause().getCause();
    assertEquals(sqlState, reason.getSQLState(), reason.getMessage());
    assertTrue(e.getMessage().contains(reason.getMessage()),
        "the database's reason follows: " + e.getMessage());
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
