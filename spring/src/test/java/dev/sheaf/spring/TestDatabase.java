package dev.sheaf.spring;

import static org.junit.jupiter.api.Assertions.fail;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A database these tests run on, as the examples' tests find them: embedded H2, or the
 * PostgreSQL and MariaDB servers at {@code SHEAF_POSTGRES_URL} and {@code SHEAF_MARIADB_URL}.
 * Each test works in a scratch schema or database of its own, named at random per JVM, so runs
 * from other checkouts never meet. A server that does not answer skips the test, or fails it
 * with {@code CI=true}.
 */
enum TestDatabase {
  H2("H2", null, "jdbc:h2:mem:"),
  POSTGRESQL("PostgreSQL", "SHEAF_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"),
  MARIADB("MariaDB", "SHEAF_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");

  private static final String RUN = runId();
  private static final AtomicInteger CREATED = new AtomicInteger();

  private final String displayName;
  private final String url;

  TestDatabase(String displayName, String variable, String defaultUrl) {
    this.displayName = displayName;
    String configured = variable == null ? null : System.getenv(variable);
    this.url = configured == null || configured.isBlank() ? defaultUrl : configured.strip();
  }

  /** A new empty schema (PostgreSQL), database (MariaDB) or in-memory database (H2). */
  Scratch fresh(String purpose) {
    String name = "sheaf_t_" + purpose + "_" + RUN + "_" + CREATED.incrementAndGet();
    if (this == H2) {
      // As user sa: Spring Boot names it for an embedded database whose user is not set.
      return new Scratch(this, name, url + name + ";DB_CLOSE_DELAY=-1;USER=sa");
    }
    try (Connection connection = DriverManager.getConnection(url)) {
      Scratch.execute(connection, List.of(
          this == POSTGRESQL ? "DROP SCHEMA IF EXISTS " + name + " CASCADE" : "DROP DATABASE IF EXISTS " + name,
          this == POSTGRESQL ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name));
    } catch (SQLException e) {
      String unreachable = this + " is unreachable at " + url + ": " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(unreachable + " (CI=true, so its tests fail)", e);
      }
      // In the build log too: Surefire counts no skip for a class invocation aborted before
      // its tests, and gives no reason.
      System.err.println(unreachable + " (its tests are skipped)");
      Assumptions.abort(unreachable + " (its tests are skipped)");
    }
    String scratchUrl = this == POSTGRESQL
        ? url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name
        : url.replaceFirst("^(jdbc:mariadb://[^/?]+)(/[^?]*)?", "$1/" + name);
    return new Scratch(this, name, scratchUrl);
  }

  /** A test's own database; closing it drops it. */
  record Scratch(TestDatabase database, String name, String url) implements AutoCloseable {
    Connection connect() throws SQLException {
      return DriverManager.getConnection(url);
    }

    void execute(String... statements) throws SQLException {
      try (Connection connection = connect()) {
        execute(connection, List.of(statements));
      }
    }

    @Override
    public void close() throws SQLException {
      execute(switch (database) {
        case H2 -> "SHUTDOWN";
        case POSTGRESQL -> "DROP SCHEMA " + name + " CASCADE";
        case MARIADB -> "DROP DATABASE " + name;
      });
    }

    static void execute(Connection connection, List<String> statements) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.execute(sql);
        }
      }
    }
  }

  private static String runId() {
    SecureRandom random = new SecureRandom();
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      id.append(Character.forDigit(random.nextInt(36), 36));
    }
    return id.toString();
  }

  @Override
  public String toString() {
    return displayName;
  }
}
