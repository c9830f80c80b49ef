package dev.sheaf.test;

import static dev.sheaf.test.StatementAssertions.assertStatements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToCreateStatementException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checks on embedded H2: what they count, what they print, and what they leave behind. */
class StatementAssertionsTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private Jdbi jdbi;
  private Handle keeper;

  @BeforeEach
  void createTable() {
    jdbi = Jdbi.create("jdbc:h2:mem:assertions_" + DATABASES.incrementAndGet());
    // Keeps the in-memory database alive between the handles of a test.
    keeper = jdbi.open();
    keeper.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(50))");
    keeper.execute("INSERT INTO item VALUES (1, 'one'), (2, 'two')");
  }

  @AfterEach
  void dropDatabase() {
    // The in-memory database goes with its last connection.
    keeper.close();
  }

  @Test
  void passesAndReturnsTheValueWhenTheCountIsRight() {
    List<String> names = assertStatements(jdbi, 2, () -> jdbi.withHandle(handle -> {
      handle.execute("UPDATE item SET name = 'uno' WHERE id = 1");
      return handle.createQuery("SELECT name FROM item ORDER BY id").mapTo(String.class).list();
    }));

    assertEquals(List.of("uno", "two"), names);
  }

  @Test
  void aBlockReturningNothingIsChecked() {
    assertStatements(jdbi, 1, () -> {
      jdbi.useHandle(handle -> handle.execute("DELETE FROM item WHERE id = 2"));
    });

    assertEquals(1, countItems());
  }

  @Test
  void failsListingEveryStatementThatRanNumbered() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> assertStatements(jdbi, 1, () -> jdbi.useHandle(handle -> {
          for (int id = 1; id <= 2; id++) {
            handle.createQuery("SELECT name\nFROM item\nWHERE id = :id")
                .bind("id", id).mapTo(String.class).one();
          }
        })));

    assertEquals("""
        expected 1 statement on this thread, but 2 ran:
          1. SELECT name
             FROM item
             WHERE id = :id
          2. SELECT name
             FROM item
             WHERE id = :id""", error.getMessage());
  }

  @Test
  void aFailedStatementCountsAndShowsItsError() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> assertStatements(jdbi, 1, () -> jdbi.useHandle(handle -> {
          handle.execute("INSERT INTO item VALUES (3, 'three')");
          assertThrows(UnableToExecuteStatementException.class,
              () -> handle.execute("INSERT INTO item VALUES (1, 'again')"));
        })));

    String message = error.getMessage();
    assertTrue(message.startsWith("""
        expected 1 statement on this thread, but 2 ran:
          1. INSERT INTO item VALUES (3, 'three')
          2. INSERT INTO item VALUES (1, 'again')
             (failed: Unique index or primary key violation"""), message);
    // The same two statements, counted right, pass.
    assertStatements(jdbi, 2, () -> jdbi.useHandle(handle -> {
      handle.execute("INSERT INTO item VALUES (4, 'four')");
      assertThrows(UnableToExecuteStatementException.class,
          () -> handle.execute("INSERT INTO item VALUES (1, 'again')"));
    }));
    assertEquals(4, countItems());
  }

  /**
   * H2 checks names when a statement is prepared, before it runs: Jdbi then logs no execution,
   * so there is nothing to count (PostgreSQL and MariaDB check at execution, and count it).
   */
  @Test
  void aStatementTheDatabaseRefusesToPrepareIsNotCounted() {
    assertStatements(jdbi, 0, () -> jdbi.useHandle(handle ->
        assertThrows(UnableToCreateStatementException.class,
            () -> handle.execute("DELETE FROM no_such_table"))));
  }

  @Test
  void tooFewStatementsSaysWhichHandlesAreNotCounted() {
    AssertionError error = assertThrows(AssertionError.class,
        () -> assertStatements(jdbi, 1, () -> keeper.execute("DELETE FROM item")));

    assertEquals("""
        expected 1 statement on this thread, but 0 ran
        Statements on handles opened before the check are not counted: check those with\
         assertStatements(handle, n, action).""", error.getMessage());
  }

  @Test
  void cutsLongSql() {
    String sql = "DELETE FROM item WHERE id = 0" + " OR id = 0".repeat(200);
    AssertionError error = assertThrows(AssertionError.class, () -> assertStatements(jdbi, 0,
        () -> jdbi.useHandle(handle -> handle.execute(sql))));

    assertEquals("expected 0 statements on this thread, but 1 ran:\n  1. "
        + sql.substring(0, Mismatch.MAX_SQL) + "... (2029 characters)", error.getMessage());
  }

  @Test
  void listsTheFirstHundredStatementsAndCountsTheRest() {
    AssertionError error = assertThrows(AssertionError.class, () -> assertStatements(jdbi, 1,
        () -> jdbi.useHandle(handle -> {
          for (int id = 1; id <= 250; id++) {
            handle.execute("UPDATE item SET name = 'n' WHERE id = " + id);
          }
        })));

    String message = error.getMessage();
    assertTrue(message.startsWith("expected 1 statement on this thread, but 250 ran:\n"
        + "  1. UPDATE item SET name = 'n' WHERE id = 1\n"), message);
    assertTrue(message.endsWith("\n  100. UPDATE item SET name = 'n' WHERE id = 100\n"
        + "  ... and 150 more"), message);
  }

  @Test
  void passesEveryCallOnToTheLoggerItReplacesAndPutsItBack() {
    List<String> logged = new ArrayList<>();
    SqlLogger application = new SqlLogger() {
      @Override
      public void logAfterExecution(StatementContext context) {
        logged.add(context.getRenderedSql());
      }

      @Override
      public void logException(StatementContext context, SQLException ex) {
        logged.add("failed: " + context.getRenderedSql());
      }
    };
    jdbi.setSqlLogger(application);

    assertStatements(jdbi, 2, () -> jdbi.useHandle(handle -> {
      handle.execute("DELETE FROM item WHERE id = 2");
      assertThrows(UnableToExecuteStatementException.class,
          () -> handle.execute("INSERT INTO item VALUES (1, 'again')"));
    }));

    assertEquals(List.of("DELETE FROM item WHERE id = 2",
        "failed: INSERT INTO item VALUES (1, 'again')"), logged);
    assertSame(application, jdbi.getConfig(SqlStatements.class).getSqlLogger());
  }

  @Test
  void putsTheLoggerBackWhenTheCodeThrowsAndLetsTheExceptionThrough() {
    SqlLogger before = jdbi.getConfig(SqlStatements.class).getSqlLogger();
    IllegalStateException thrown = new IllegalStateException("the code under check failed");

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> assertStatements(jdbi, 5, () -> {
          jdbi.useHandle(handle -> handle.execute("DELETE FROM item"));
          throw thrown;
        }));

    assertSame(thrown, e);
    assertSame(before, jdbi.getConfig(SqlStatements.class).getSqlLogger());
  }

  @Test
  void aCheckedExceptionOfTheCodeIsRethrownAsItIs() {
    Exception thrown = new Exception("checked");

    Exception e = assertThrows(Exception.class, () -> assertStatements(jdbi, 0, () -> {
      throw thrown;
    }));

    assertSame(thrown, e);
  }

  @Test
  void countsOnlyTheCallingThreadsStatements() throws Exception {
    CountDownLatch checking = new CountDownLatch(1);
    CountDownLatch otherRan = new CountDownLatch(1);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<?> others = other.submit(() -> {
        await(checking);
        jdbi.useHandle(handle -> handle.execute("UPDATE item SET name = 'other' WHERE id = 2"));
        otherRan.countDown();
      });

      assertStatements(jdbi, 1, () -> jdbi.useHandle(handle -> {
        handle.execute("UPDATE item SET name = 'mine' WHERE id = 1");
        checking.countDown();
        await(otherRan);
      }));

      others.get(10, TimeUnit.SECONDS);
    } finally {
      other.shutdownNow();
    }
    assertEquals(List.of("mine", "other"), keeper.createQuery("SELECT name FROM item ORDER BY id")
        .mapTo(String.class).list());
  }

  @Test
  void overlappingChecksOnOneJdbiEachCountTheirOwnAndTheLastRestoresTheLogger()
      throws Exception {
    SqlLogger before = jdbi.getConfig(SqlStatements.class).getSqlLogger();
    CountDownLatch bothStarted = new CountDownLatch(2);
    CountDownLatch firstDone = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      // The first check ends while the second still runs; the second must still count.
      Future<?> first = threads.submit(() -> assertStatements(jdbi, 1, () -> {
        bothStarted.countDown();
        await(bothStarted);
        jdbi.useHandle(handle -> handle.execute("UPDATE item SET name = 'a' WHERE id = 1"));
      }));
      Future<?> second = threads.submit(() -> assertStatements(jdbi, 2, () -> {
        bothStarted.countDown();
        await(bothStarted);
        await(firstDone);
        jdbi.useHandle(handle -> {
          handle.execute("UPDATE item SET name = 'b' WHERE id = 2");
          handle.execute("UPDATE item SET name = 'c' WHERE id = 2");
        });
      }));
      first.get(10, TimeUnit.SECONDS);
      firstDone.countDown();
      second.get(10, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }
    assertSame(before, jdbi.getConfig(SqlStatements.class).getSqlLogger());
  }

  @Test
  void aNestedCheckCountsInBoth() {
    assertStatements(jdbi, 3, () -> {
      jdbi.useHandle(handle -> handle.execute("DELETE FROM item WHERE id = 1"));
      assertStatements(jdbi, 2, () -> jdbi.useHandle(handle -> {
        handle.execute("DELETE FROM item WHERE id = 2");
        handle.execute("DELETE FROM item WHERE id = 3");
      }));
    });
  }

  @Test
  void countsTheStatementsOfAHandleOpenedBeforeAndRestoresItsLogger() {
    SqlLogger before = keeper.getConfig(SqlStatements.class).getSqlLogger();

    long count = assertStatements(keeper, 2, () -> {
      keeper.execute("DELETE FROM item WHERE id = 1");
      return keeper.createQuery("SELECT COUNT(*) FROM item").mapTo(Long.class).one();
    });

    assertEquals(1, count);
    assertSame(before, keeper.getConfig(SqlStatements.class).getSqlLogger());
    AssertionError error = assertThrows(AssertionError.class,
        () -> assertStatements(keeper, 0, () -> keeper.execute("DELETE FROM item")));
    assertEquals("expected 0 statements on this handle, but 1 ran:\n  1. DELETE FROM item",
        error.getMessage());
  }

  @Test
  void aNegativeCountIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> assertStatements(jdbi, -1, () -> {}));

    assertEquals("expected statements must be 0 or more, not -1", e.getMessage());
  }

  private long countItems() {
    return keeper.createQuery("SELECT COUNT(*) FROM item").mapTo(Long.class).one();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out waiting for the other thread");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
