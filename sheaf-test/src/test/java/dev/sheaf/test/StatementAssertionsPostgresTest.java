package dev.sheaf.test;

import static dev.sheaf.test.StatementAssertions.assertStatements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

/** The checks on a PostgreSQL server: a pass, a failure's message, and a failed statement. */
class StatementAssertionsPostgresTest {
  @Test
  void countsWhatRanOnPostgresqlFailedStatementsToo() {
    try (PostgresSchema schema = new PostgresSchema()) {
      Jdbi jdbi = schema.jdbi();
      jdbi.useHandle(handle -> handle.execute(
          "CREATE TABLE item (id INT PRIMARY KEY, name TEXT NOT NULL)"));

      List<String> names = assertStatements(jdbi, 3, () -> jdbi.inTransaction(handle -> {
        handle.execute("INSERT INTO item VALUES (1, 'one'), (2, 'two')");
        handle.createUpdate("UPDATE item SET name = :name WHERE id = 2").bind("name", "deux")
            .execute();
        return handle.createQuery("SELECT name FROM item ORDER BY id").mapTo(String.class).list();
      }));
      assertEquals(List.of("one", "deux"), names);

      AssertionError error = assertThrows(AssertionError.class,
          () -> assertStatements(jdbi, 1, () -> jdbi.useHandle(handle -> {
            handle.createQuery("SELECT name FROM item WHERE id = :id").bind("id", 1)
                .mapTo(String.class).one();
            assertThrows(UnableToExecuteStatementException.class,
                () -> handle.execute("INSERT INTO item VALUES (1, 'again')"));
          })));

      String message = error.getMessage();
      assertTrue(message.startsWith("""
          expected 1 statement on this thread, but 2 ran:
            1. SELECT name FROM item WHERE id = :id
            2. INSERT INTO item VALUES (1, 'again')
               (failed: ERROR: duplicate key value violates unique constraint "item_pkey\""""),
          message);
      long rows = jdbi.withHandle(handle ->
          handle.createQuery("SELECT COUNT(*) FROM item").mapTo(Long.class).one());
      assertEquals(2, rows);
    }
  }
}
