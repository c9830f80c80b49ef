package dev.sheaf.examples.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import dev.sheaf.runtime.LoadException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Loads that fail after their first statement give their connection back to the pool: not in a
 * transaction, in auto-commit, at the isolation level it had, and writable again; on every
 * database.
 *
 * <p>A HikariCP pool of {@value #POOL_SIZE} connections, which waits at most 2 s for one, serves
 * {@value #FAILING_LOADS} loads that each fail at statement 2, in two ways: the database rejects
 * the statement (a {@code where} on a column that does not exist; PostgreSQL then aborts the
 * transaction), or the runtime throws while the statement's result set is open (no column mapper
 * for {@link Isbn}). Each throws a {@link LoadException} naming the repository, the method and
 * statement 2, and leaves no connection in use: a leaked one would show in the pool's count at
 * once, and the pool would run dry after two.
 *
 * <p>Afterwards: what Jdbi handed back to the pool after each load (auto-commit, isolation), what
 * the pool hands out (also writable: a load sets its connection read-only, and sets it
 * back), what the server sees (no transaction open on the pool's connections, PostgreSQL and
 * MariaDB; H2 does not show a transaction that only read), and a load that succeeds.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class PoolLeakTest {
  private static final int FAILING_LOADS = 1_000;
  private static final int POOL_SIZE = 2;
  private static final int AUTHORS = 5;

  @Parameter
  TestDatabase database;

  /** A load that fails, and how its message starts. */
  private record FailingLoad(String message, Executable load) {}

  /** What a connection reports of its transaction state. */
  private record State(boolean autoCommit, boolean readOnly, int isolation) {
    static State of(Connection connection) throws SQLException {
      return new State(connection.getAutoCommit(), connection.isReadOnly(),
          connection.getTransactionIsolation());
    }
  }

  @Test
  void aThousandLoadsFailingAtStatementTwoLeaveThePoolAsTheyFoundIt() throws Exception {
    try (ScratchDatabase scratch = database.fresh("pool");
        HikariDataSource pool = new HikariDataSource(poolConfig(scratch))) {
      HandedBack handedBack = new HandedBack(pool);
      // No column mapper for Isbn: AuthorProfile's statement 2 fails in the runtime.
      Jdbi jdbi = Jdbi.create(handedBack);
      jdbi.useTransaction(handle -> {
        LibrarySchema.create(handle, database);
        LibrarySchema.fill(handle, AUTHORS, 11);
      });
      State initial;
      try (Connection connection = pool.getConnection()) {
        initial = State.of(connection);
      }
      assertOpenTransactionsAreSeen(scratch, pool);
      handedBack.states.clear();

      var broken = new AuthorWithBrokenFilterRepository(jdbi);
      var profiles = new AuthorProfileRepository(jdbi);
      String brokenBooks = ": statement 2 of 3 (AuthorWithBrokenFilter.books) failed: ";
      List<FailingLoad> failingLoads = List.of(
          new FailingLoad("AuthorWithBrokenFilterRepository.findAll" + brokenBooks, broken::findAll),
          new FailingLoad("AuthorWithBrokenFilterRepository.findById" + brokenBooks,
              () -> broken.findById(7L)),
          new FailingLoad("AuthorWithBrokenFilterRepository.query" + brokenBooks,
              () -> broken.query().where("id > :id").bind("id", 7L).list()),
          new FailingLoad("AuthorProfileRepository.findAll: statement 2 of "
              + Statements.AUTHOR_PROFILE + " (AuthorProfile.latestBooks) failed: ",
              profiles::findAll));
      HikariPoolMXBean connections = pool.getHikariPoolMXBean();

      long start = System.nanoTime();
      for (int i = 0; i < FAILING_LOADS; i++) {
        FailingLoad failing = failingLoads.get(i % failingLoads.size());
        LoadException e = assertThrows(LoadException.class, failing.load);
        if (!e.getMessage().startsWith(failing.message)) {
          throw new AssertionError("load " + i + " should fail with\n  " + failing.message
              + "...\nbut failed with\n  " + e.getMessage(), e);
        }
        assertEquals(0, connections.getActiveConnections(), "connections in use after load " + i);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertEquals(0, connections.getActiveConnections(), "in use");
      assertEquals(0, connections.getThreadsAwaitingConnection(), "waiting");
      int total = connections.getTotalConnections();
      assertTrue(total >= 1 && total <= POOL_SIZE, total + " connections");
      System.out.println("PoolLeakTest on " + database + ": " + FAILING_LOADS + " failing loads in "
          + millis + " ms; pool: " + connections.getActiveConnections() + " active, "
          + connections.getIdleConnections() + " idle, " + total + " total");

      // What the load handed back after each load, before the pool reset anything: a pool that
      // resets nothing must get its connections back as it lent them.
      assertEquals(FAILING_LOADS, handedBack.states.size());
      for (State state : handedBack.states) {
        assertEquals(initial, state, "the state a connection was handed back in");
      }
      // What the pool hands out: every one of its connections at once.
      List<Connection> borrowed = new ArrayList<>();
      try {
        for (int i = 0; i < total; i++) {
          borrowed.add(pool.getConnection());
        }
        for (Connection connection : borrowed) {
          assertEquals(new State(true, false, initial.isolation()), State.of(connection));
          assertWritable(connection);
        }
      } finally {
        for (Connection connection : borrowed) {
          connection.close();
        }
      }
      assertEquals(0, awaitOpenTransactions(scratch, 0),
          "transactions open on the pool's connections");

      assertEquals(AUTHORS, new AuthorShelfRepository(Jdbi.create(pool)).findAll().size(),
          "a load on the same pool still succeeds");
      assertEquals(0, connections.getActiveConnections(), "in use");
    }
  }

  private HikariConfig poolConfig(ScratchDatabase scratch) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(scratch.url());
    config.setMaximumPoolSize(POOL_SIZE);
    config.setConnectionTimeout(2_000);
    if (database == TestDatabase.POSTGRESQL) {
      // So pg_stat_activity tells the pool's connections from the other tests'.
      config.addDataSourceProperty("ApplicationName", applicationName(scratch));
    }
    return config;
  }

  private static String applicationName(ScratchDatabase scratch) {
    return "sheaf " + scratch.name();
  }

  /**
   * The control for {@link #openTransactions}: a pool connection in a transaction that has read
   * a table is counted, so the count of 0 after the loads means something.
   */
  private void assertOpenTransactionsAreSeen(ScratchDatabase scratch, HikariDataSource pool)
      throws SQLException, InterruptedException {
    if (database == TestDatabase.H2) {
      return;
    }
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.executeQuery("SELECT COUNT(*) FROM author").close();
      }
      assertEquals(1, awaitOpenTransactions(scratch, 1), "the control transaction is seen");
      connection.rollback();
      connection.setAutoCommit(true);
    }
    assertEquals(0, awaitOpenTransactions(scratch, 0), "after the control transaction");
  }

  /**
   * {@link #openTransactions}, asked again until it is {@code expected}, for at most 2 s: MariaDB
   * answers from a cache of {@code innodb_trx} that it refreshes only when nobody has read it for
   * 0.1 s, hence the pause of 0.2 s between questions. A transaction left open stays open, so
   * waiting cannot hide one.
   */
  private int awaitOpenTransactions(ScratchDatabase scratch, int expected)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + 2_000_000_000L;
    int open = openTransactions(scratch);
    while (open != expected && System.nanoTime() < deadline) {
      Thread.sleep(200);
      open = openTransactions(scratch);
    }
    return open;
  }

  /**
   * How many of the pool's connections the server sees in a transaction, asked on a connection
   * of its own: on PostgreSQL by the pool's application name, on MariaDB by the scratch database
   * (the asking connection is on the server's default database). H2 keeps no such record of a
   * transaction that only read: 0.
   */
  private int openTransactions(ScratchDatabase scratch) throws SQLException {
    String sql;
    String parameter;
    switch (database) {
      case POSTGRESQL -> {
        sql = "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?"
            + " AND state IN ('idle in transaction', 'idle in transaction (aborted)', 'active')";
        parameter = applicationName(scratch);
      }
      case MARIADB -> {
        sql = "SELECT COUNT(*) FROM information_schema.innodb_trx t"
            + " JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id"
            + " WHERE p.db = ?";
        parameter = scratch.name();
      }
      default -> {
        return 0;
      }
    }
    try (Connection connection = DriverManager.getConnection(database.url());
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** A write in a transaction of its own succeeds on {@code connection}; it is rolled back. */
  private static void assertWritable(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      assertEquals(1, statement.executeUpdate(
          "INSERT INTO country (code, name) VALUES ('ZZ', 'Nowhere')"));
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
  }

  /**
   * The pool's connections, for Jdbi; records the state of each connection as Jdbi closes it,
   * which is before HikariCP resets anything.
   */
  private static final class HandedBack implements ConnectionFactory {
    private final HikariDataSource pool;
    final List<State> states = new CopyOnWriteArrayList<>();

    HandedBack(HikariDataSource pool) {
      this.pool = pool;
    }

    @Override
    public Connection openConnection() throws SQLException {
      return pool.getConnection();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
      states.add(State.of(connection));
      connection.close();
    }
  }
}
