package dev.sheaf.examples.server;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Counts the statements each request runs, through Jdbi's {@link SqlLogger}. Jdbi calls the
 * logger on the thread that ran the statement, and a repository runs a whole load on its
 * caller's thread; so a count kept per thread, while that thread serves one request, is the
 * request's count, however many requests run at once. Failed statements count too.
 */
final class StatementsPerRequest implements SqlLogger {
  /** The count of the request the thread is serving; null between requests. */
  private final ThreadLocal<long[]> current = new ThreadLocal<>();

  /** What {@code work} returned, and the statements it ran on this thread. */
  record Counted<T>(T value, long statements) {}

  /** Runs {@code work} on this thread, counting its statements. */
  <T> Counted<T> count(Supplier<T> work) {
    long[] count = {0};
    current.set(count);
    try {
      T value = work.get();
      return new Counted<>(value, count[0]);
    } finally {
      // Pool threads live on: the next request on this one starts from nothing.
      current.remove();
    }
  }

  @Override
  public void logAfterExecution(StatementContext context) {
    increment();
  }

  @Override
  public void logException(StatementContext context, SQLException ex) {
    increment();
  }

  private void increment() {
    long[] count = current.get();
    if (count != null) {
      count[0]++;
    }
  }
}
