package dev.sheaf.examples.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A {@link SqlLogger} that records, before each statement, the transaction state of the
 * connection it runs on; and passes every event on to another logger (the statement counter).
 */
final class TransactionProbe implements SqlLogger {
  /** The state of the connection when one statement ran. */
  record Seen(boolean autoCommit, int isolation, boolean readOnly) {}

  private final SqlLogger next;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  TransactionProbe(SqlLogger next) {
    this.next = next;
  }

  @Override
  public void logBeforeExecution(StatementContext context) {
    Connection connection = context.getConnection();
    try {
      seen.add(new Seen(connection.getAutoCommit(), connection.getTransactionIsolation(),
          connection.isReadOnly()));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    next.logBeforeExecution(context);
  }

  @Override
  public void logAfterExecution(StatementContext context) {
    next.logAfterExecution(context);
  }

  @Override
  public void logException(StatementContext context, SQLException ex) {
    next.logException(context, ex);
  }

  /** What the statements since the last call saw; starts the next record. */
  List<Seen> seen() {
    List<Seen> copy = List.copyOf(seen);
    seen.clear();
    return copy;
  }
}
