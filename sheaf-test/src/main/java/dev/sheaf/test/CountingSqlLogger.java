package dev.sheaf.test;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A {@link SqlLogger} that adds each statement to the recordings of the thread that ran it, and
 * passes every call on to the logger it replaced, so logging set up by the application goes on.
 */
final class CountingSqlLogger implements SqlLogger {
  private final SqlLogger replaced;
  private final List<Recording> recordings = new CopyOnWriteArrayList<>();

  CountingSqlLogger(SqlLogger replaced) {
    this.replaced = replaced;
  }

  SqlLogger replaced() {
    return replaced;
  }

  void start(Recording recording) {
    recordings.add(recording);
  }

  void stop(Recording recording) {
    recordings.remove(recording);
  }

  @Override
  public void logBeforeExecution(StatementContext context) {
    replaced.logBeforeExecution(context);
  }

  @Override
  public void logAfterExecution(StatementContext context) {
    record(new RanStatement(context.getRenderedSql(), Optional.empty()));
    replaced.logAfterExecution(context);
  }

  @Override
  public void logException(StatementContext context, SQLException ex) {
    record(new RanStatement(context.getRenderedSql(), Optional.of(ex)));
    replaced.logException(context, ex);
  }

  private void record(RanStatement statement) {
    Thread current = Thread.currentThread();
    for (Recording recording : recordings) {
      if (recording.isOf(current)) {
        recording.add(statement);
      }
    }
  }
}
