package dev.sheaf.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import dev.sheaf.runtime.Dialect;
import dev.sheaf.runtime.LoadException;
import dev.sheaf.runtime.SheafConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A load's independent statements side by side ({@code SheafConfig.setParallelConnections}):
 * where the snapshot cannot be shared the load falls back to its statements in sequence, with
 * the same results and one line logged; a statement that fails on another connection is a
 * {@link LoadException} naming it, and leaves no connection in use and no transaction open.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class SideBySideTest {
  private static final int AUTHORS = 6;
  /** Where the runtime logs that loads run in sequence. */
  private static final String LOGGER = "dev.sheaf.runtime.internal.Branches";

  @Parameter
  TestDatabase database;

  /**
   * Connections that hand the extra connections another database, as a pooler in transaction
   * mode would hand them another server connection: the snapshot cannot be imported there. The
   * forked statement then runs on the load's own connection, after all; the next load does not
   * try again; it is logged once. (Each statement on the load's own thread pauses a little, so
   * the extra connection, opened through DriverManager, tries the import while the load runs:
   * a load that ends first takes the statement back and closes the connection untried.)
   */
  @Test
  void aSnapshotThatCannotBeImportedFallsBackToStatementsInSequence() throws Exception {
    assumeTrue(database == TestDatabase.POSTGRESQL, "only PostgreSQL shares snapshots");
    try (ScratchDatabase scratch = filled()) {
      AtomicLong otherConnections = new AtomicLong();
      Jdbi jdbi = Jdbi.create(() -> {
        if (Thread.currentThread().getName().startsWith("sheaf-branch")) {
          otherConnections.incrementAndGet();
          // The server's own database: a snapshot of another database cannot be imported.
          return DriverManager.getConnection(database.url().replace("/test", "/postgres"));
        }
        return scratch.connect();
      });
      jdbi.getConfig(SheafConfig.class).setParallelConnections(2).setParallelMinimumKeys(1);
      Threads threads = new Threads();
      jdbi.setSqlLogger(new SqlLogger() {
        @Override
        public void logAfterExecution(StatementContext context) {
          threads.logAfterExecution(context);
          if (Thread.currentThread() == threads.loading) {
            try {
              Thread.sleep(300);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        }
      });
      List<AuthorBookSides> expected = new AuthorBookSidesRepository(scratch.jdbi()).findAll();

      try (Logged logged = new Logged()) {
        var repository = new AuthorBookSidesRepository(jdbi);
        assertEquals(expected, repository.findAll());
        // The parts the first load started together may each have tried: at most 2.
        long tried = otherConnections.get();
        assertTrue(tried >= 1 && tried <= 2, tried + " connections tried");
        assertEquals(expected, repository.findAll());
        assertEquals(tried, otherConnections.get(), "the second load did not try again");
        assertEquals(1, logged.records(), "logged once");
      }
      assertEquals(6, threads.statements.get(), "3 statements per load");
      assertEquals(0, threads.elsewhere.get(), "statements on other threads");
    }
  }

  /**
   * A database that is not PostgreSQL but said to be (H2 with the dialect set): the snapshot
   * cannot be exported, the load's transaction begins again and runs its statements in sequence,
   * with the results of a load without the setting.
   */
  @Test
  void aSnapshotThatCannotBeExportedFallsBackToStatementsInSequence() throws Exception {
    assumeTrue(database == TestDatabase.H2, "a database without pg_export_snapshot()");
    try (ScratchDatabase scratch = filled()) {
      List<AuthorBookSides> expected = new AuthorBookSidesRepository(scratch.jdbi()).findAll();
      Jdbi jdbi = scratch.jdbi();
      jdbi.getConfig(SheafConfig.class).setDialect(Dialect.POSTGRESQL)
          .setParallelConnections(2).setParallelMinimumKeys(1);
      Threads threads = new Threads();
      jdbi.setSqlLogger(threads);

      try (Logged logged = new Logged()) {
        var repository = new AuthorBookSidesRepository(jdbi);
        assertEquals(expected, repository.findAll());
        assertEquals(expected, repository.findAll());
        assertEquals(1, logged.records(), "logged once");
      }
      assertEquals(6, threads.statements.get(), "3 statements per load");
      assertEquals(0, threads.elsewhere.get(), "statements on other threads");
    }
  }

  /**
   * A statement that fails on an extra connection fails the load with a {@link LoadException}
   * that names the repository and the statement; after a hundred such loads the pool has no
   * connection in use, and on PostgreSQL the server sees no transaction open on the pool's.
   */
  @Test
  void aStatementThatFailsOnAnotherConnectionLeavesNothingOpen() throws Exception {
    try (ScratchDatabase scratch = filled()) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(scratch.url());
      config.setMaximumPoolSize(3);
      config.setConnectionTimeout(2_000);
      String application = "sheaf side by side " + scratch.name();
      if (database == TestDatabase.POSTGRESQL) {
        config.addDataSourceProperty("ApplicationName", application);
      }
      try (HikariDataSource pool = new HikariDataSource(config)) {
        Jdbi jdbi = Jdbi.create(pool);
        jdbi.getConfig(SheafConfig.class).setParallelConnections(2).setParallelMinimumKeys(1);
        var broken = new AuthorWithBrokenSiblingRepository(jdbi);
        for (int i = 0; i < 100; i++) {
          LoadException e = assertThrows(LoadException.class, broken::findAll);
          assertTrue(e.getMessage().startsWith("AuthorWithBrokenSiblingRepository.findAll:"
              + " statement 2 of 3 (AuthorWithBrokenSibling.books) failed: "), e.getMessage());
          assertEquals(0, inUse(pool), "in use, load " + i);
        }
        assertEquals(0, openTransactions(application), "transactions open");
        assertEquals(AUTHORS, new AuthorBookSidesRepository(jdbi).findAll().size());
        assertEquals(0, inUse(pool), "in use");
      }
    }
  }

  /**
   * A pool with no connection to spare (one, which the load holds), as when every connection is
   * held by a load that wants one more: a forked statement is not left waiting for the pool's
   * connection timeout (30 s here) but runs on the load's own connection when joined. Results
   * and statements are the sequential load's; the thread left waiting for the pool gives back
   * what it gets, so the pool ends with nothing in use.
   */
  @Test
  @Timeout(20)
  void aPoolWithNoConnectionToSpareKeepsNoLoadWaiting() throws Exception {
    try (ScratchDatabase scratch = filled()) {
      List<AuthorBookSides> expected = new AuthorBookSidesRepository(scratch.jdbi()).findAll();
      List<Long> keys = expected.stream().map(AuthorBookSides::id).toList();
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(scratch.url());
      config.setMaximumPoolSize(1);
      config.setConnectionTimeout(30_000);
      try (HikariDataSource pool = new HikariDataSource(config)) {
        Jdbi jdbi = Jdbi.create(pool);
        jdbi.getConfig(SheafConfig.class).setParallelConnections(2).setParallelMinimumKeys(1);
        Threads threads = new Threads();
        jdbi.setSqlLogger(threads);
        var sides = new AuthorBookSidesRepository(jdbi);
        for (int i = 0; i < 6; i++) {
          assertEquals(expected, i % 2 == 0 ? sides.findAll() : sides.findAllById(keys));
        }
        assertEquals(6L * AuthorBookSidesRepository.STATEMENTS, threads.statements.get());
        assertEquals(0, threads.elsewhere.get(), "statements on another connection");
        assertEquals(0, inUse(pool), "in use");
      }
    }
  }

  /**
   * The pool's connections in use, once those that threads the loads left waiting for the pool
   * took as a load gave its back have been given back too (they close what they get when the
   * load that wanted it has ended): at most 5 s.
   */
  private static int inUse(HikariDataSource pool) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (pool.getHikariPoolMXBean().getActiveConnections() > 0
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return pool.getHikariPoolMXBean().getActiveConnections();
  }

  private ScratchDatabase filled() {
    ScratchDatabase scratch = database.fresh("sides");
    scratch.jdbi().useTransaction(handle -> {
      ArticleSchema.create(handle);
      ArticleSchema.fill(handle, AUTHORS, 5);
    });
    return scratch;
  }

  /** On PostgreSQL, the pool's connections the server sees in a transaction; else 0. */
  private int openTransactions(String application) throws SQLException {
    if (database != TestDatabase.POSTGRESQL) {
      return 0;
    }
    try (Connection connection = DriverManager.getConnection(database.url());
        PreparedStatement statement = connection.prepareStatement(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?"
                + " AND state IN ('idle in transaction', 'idle in transaction (aborted)',"
                + " 'active')")) {
      statement.setString(1, application);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** Counts the statements, and those run on a thread other than the test's. */
  private static final class Threads implements SqlLogger {
    final Thread loading = Thread.currentThread();
    final AtomicLong statements = new AtomicLong();
    final AtomicLong elsewhere = new AtomicLong();

    @Override
    public void logAfterExecution(StatementContext context) {
      statements.incrementAndGet();
      if (Thread.currentThread() != loading) {
        elsewhere.incrementAndGet();
      }
    }
  }

  /** The records the runtime logs while open. */
  private static final class Logged extends Handler implements AutoCloseable {
    private final Logger logger = Logger.getLogger(LOGGER);
    private final AtomicLong records = new AtomicLong();

    Logged() {
      logger.addHandler(this);
    }

    long records() {
      return records.get();
    }

    @Override
    public void publish(LogRecord record) {
      records.incrementAndGet();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      logger.removeHandler(this);
    }
  }
}
