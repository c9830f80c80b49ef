package dev.sheaf.examples.db;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether each database server answers, asked once per JVM. A developer without a server sees
 * its tests skipped, with the reason; on CI (environment variable {@code CI=true}) a missing
 * server is a failure, so a broken service cannot turn a whole suite into skips.
 */
final class Reachability {
  private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));
  /** The connect error of each database tried so far; empty when it answered. */
  private static final Map<TestDatabase, Optional<SQLException>> ERRORS = new ConcurrentHashMap<>();

  private Reachability() {}

  /** Returns when {@code database} answers; else aborts the current test, or fails it on CI. */
  static void require(TestDatabase database) {
    if (database.isEmbedded()) {
      return;
    }
    Optional<SQLException> error = ERRORS.computeIfAbsent(database, Reachability::connect);
    if (error.isEmpty()) {
      return;
    }
    if (CI) {
      fail(unreachable(database, error.get()) + " (CI=true, so its tests fail)", error.get());
    }
    Assumptions.abort(unreachable(database, error.get()) + " (its tests are skipped: start the"
        + " server, or point " + database.urlVariable() + " at one)");
  }

  private static Optional<SQLException> connect(TestDatabase database) {
    try (Connection connection = DriverManager.getConnection(database.url())) {
      return Optional.empty();
    } catch (SQLException e) {
      // Once per database, in the build log too: reports list skips without their reason.
      System.err.println(unreachable(database, e));
      return Optional.of(e);
    }
  }

  private static String unreachable(TestDatabase database, SQLException error) {
    return database + " is unreachable at " + database.printableUrl() + ": " + error.getMessage();
  }
}
