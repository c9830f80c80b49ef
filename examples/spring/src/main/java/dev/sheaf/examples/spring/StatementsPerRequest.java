package dev.sheaf.examples.spring;

import java.sql.SQLException;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.springframework.stereotype.Component;

/**
 * Counts the statements each request runs, through Jdbi's {@link SqlLogger}: Jdbi calls it on
 * the thread that ran the statement, and a load runs on its caller's, so a count per thread,
 * started when the thread takes a request ({@link StatementsHeader}), is that request's.
 */
@Component
public class StatementsPerRequest implements SqlLogger {
  /** The count of the request the thread serves; null between requests. */
  private final ThreadLocal<long[]> current = new ThreadLocal<>();

  void start() {
    current.set(new long[1]);
  }

  /** The statements since {@link #start()} on this thread. */
  long count() {
    long[] count = current.get();
    return count == null ? 0 : count[0];
  }

  /** Pool threads live on: the next request on this one starts from nothing. */
  void stop() {
    current.remove();
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
