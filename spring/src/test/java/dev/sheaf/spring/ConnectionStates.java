package dev.sheaf.spring;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/**
 * A Jdbi plugin (installed because it is a bean) that notes, before each statement, the
 * connection it runs on and that connection's transaction state, as the driver reports it.
 */
final class ConnectionStates implements JdbiPlugin {
  /** One statement's connection and its state. */
  record State(Connection connection, int isolation, boolean readOnly, boolean autoCommit) {}

  private final List<State> states = new ArrayList<>();

  @Override
  public void customizeJdbi(Jdbi jdbi) {
    jdbi.addCustomizer(new StatementCustomizer() {
      @Override
      public void beforeExecution(java.sql.PreparedStatement statement, StatementContext ctx)
          throws SQLException {
        Connection connection = ctx.getConnection();
        State state = new State(connection, connection.getTransactionIsolation(),
            connection.isReadOnly(), connection.getAutoCommit());
        synchronized (states) {
          states.add(state);
        }
      }
    });
  }

  /** What was noted since the last call, which forgets it. */
  List<State> take() {
    synchronized (states) {
      List<State> taken = new ArrayList<>(states);
      states.clear();
      return taken;
    }
  }
}
