package dev.sheaf.examples.db;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * An empty database of a test's own, from {@link TestDatabase#fresh}: a schema on PostgreSQL, a
 * database on MariaDB, an in-memory database on H2. Every connection to {@link #url()} lands in
 * it, so tests write plain unqualified SQL, and a pool (HikariCP's {@code jdbcUrl}) can use the
 * URL as it is. {@link #close()} drops it with everything in it.
 *
 * <p>Names are {@code sheaf_t_<purpose>_<run>_<n>}: {@code run} is random per JVM, so runs one
 * after another, or at the same time from other checkouts, never meet on a shared server.
 */
public final class ScratchDatabase implements AutoCloseable {
  private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9_]{0,29}");
  /** This JVM's part of every scratch name: random, so runs never meet on a shared server. */
  public static final String RUN = randomRunId();
  private static final AtomicInteger CREATED = new AtomicInteger();

  private final TestDatabase database;
  private final String name;
  private final String url;

  private ScratchDatabase(TestDatabase database, String name) {
    this.database = database;
    this.name = name;
    this.url = database.scratchUrl(name);
  }

  static ScratchDatabase create(TestDatabase database, String purpose) {
    if (!PURPOSE.matcher(purpose).matches()) {
      throw new IllegalArgumentException("not a short lower-case identifier: " + purpose);
    }
    String name = "sheaf_t_" + purpose + "_" + RUN + "_" + CREATED.incrementAndGet();
    List<String> create = database.createStatements(name);
    if (!create.isEmpty()) {
      try (Connection connection = DriverManager.getConnection(database.url())) {
        execute(connection, create);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create " + name + " on " + database, e);
      }
    }
    return new ScratchDatabase(database, name);
  }

  public TestDatabase database() {
    return database;
  }

  /** The schema's or database's name. */
  public String name() {
    return name;
  }

  /** The JDBC URL of this database, credentials included. */
  public String url() {
    return url;
  }

  /** A new connection to this database, which the caller closes. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  /** A new Jdbi whose handles each open a new connection to this database. */
  public Jdbi jdbi() {
    return Jdbi.create(this::connect);
  }

  /** Drops this database. Connections still open in a transaction make it fail, after a wait. */
  @Override
  public void close() {
    try (Connection connection = connect()) {
      execute(connection, database.dropStatements(name));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop " + name + " on " + database, e);
    }
  }

  private static void execute(Connection connection, List<String> statements)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static String randomRunId() {
    SecureRandom random = new SecureRandom();
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      id.append(Character.forDigit(random.nextInt(36), 36));
    }
    return id.toString();
  }

  @Override
  public String toString() {
    return name + " on " + database;
  }
}
