package dev.sheaf.examples;

import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/** Counts the statements a Jdbi instance executes, through Jdbi's {@link SqlLogger}. */
public final class StatementCounter implements SqlLogger {
  private final AtomicLong executed = new AtomicLong();

  @Override
  public void logAfterExecution(StatementContext context) {
    executed.incrementAndGet();
  }

  @Override
  public void logException(StatementContext context, java.sql.SQLException ex) {
    executed.incrementAndGet();
  }

  public long count() {
    return executed.get();
  }

  public void reset() {
    executed.set(0);
  }
}
