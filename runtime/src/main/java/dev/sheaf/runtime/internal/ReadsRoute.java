package dev.sheaf.runtime.internal;

import dev.sheaf.runtime.Dialect;
import dev.sheaf.runtime.LoadException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The reads route of {@link dev.sheaf.runtime.SheafConfig#setReads}: opening a handle on it, and
 * checking, at the first load, that it reaches a replica and not a primary.
 */
final class ReadsRoute {
  private static final String ROUTE = "the reads route (SheafConfig.setReads)";

  private ReadsRoute() {}

  /** A handle of {@code reads}; a route that reaches no server fails the load, named. */
  static Handle open(Jdbi reads, String load) {
    try {
      return reads.open();
    } catch (JdbiException e) {
      throw new LoadException(load, ROUTE + " cannot open a connection", e);
    }
  }

  /**
   * Fails the load unless {@code handle}, in its read-only transaction, is on a replica: one in
   * recovery on PostgreSQL, one with {@code read_only} on MariaDB and MySQL. H2 has no replicas.
   */
  static void check(Handle handle, Dialect dialect, String load) {
    String query = switch (dialect) {
      case POSTGRESQL -> "SELECT pg_is_in_recovery()";
      case MYSQL -> "SELECT @@read_only";
      case H2 -> null;
    };
    if (query == null) {
      return;
    }
    // Plain JDBC, not a Jdbi statement: it is not one of the load's statements.
    Connection connection = handle.getConnection();
    try (Statement statement = connection.createStatement();
        ResultSet answer = statement.executeQuery(query)) {
      answer.next();
      if (!answer.getBoolean(1)) {
        throw new LoadException(load, ROUTE + " at " + connection.getMetaData().getURL()
            + " reaches a primary, not a replica (" + query + " is false): point it at a"
            + " replica, or leave it unset to load from the repository's own Jdbi");
      }
    } catch (SQLException e) {
      throw new LoadException(load, ROUTE + " cannot tell whether it reaches a replica", e);
    }
  }
}
