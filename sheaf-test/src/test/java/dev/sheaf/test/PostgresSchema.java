package dev.sheaf.test;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema of a test's own on the PostgreSQL server at {@code SHEAF_POSTGRES_URL} (as the
 * examples' integration tests find it), dropped on close. An unreachable server skips the test,
 * or fails it when {@code CI=true}.
 */
final class PostgresSchema implements AutoCloseable {
  private static final String URL = url();

  private final String name = "sheaf_t_assert_" + UUID.randomUUID().toString().replace("-", "");
  private final Jdbi jdbi;

  PostgresSchema() {
    run("CREATE SCHEMA " + name);
    String scratch = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + name;
    jdbi = Jdbi.create(() -> DriverManager.getConnection(scratch));
  }

  Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public void close() {
    run("DROP SCHEMA " + name + " CASCADE");
  }

  private static void run(String sql) {
    try (Connection connection = DriverManager.getConnection(URL);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      String reason = "PostgreSQL is unreachable at " + URL.replaceAll("(?i)(password=)[^&]*", "$1***")
          + ": " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(reason, e);
      }
      Assumptions.abort(reason + " (skipped: start it, or point SHEAF_POSTGRES_URL at one)");
    }
  }

  private static String url() {
    String url = System.getenv("SHEAF_POSTGRES_URL");
    return url == null || url.isBlank()
        ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres" : url.trim();
  }
}
