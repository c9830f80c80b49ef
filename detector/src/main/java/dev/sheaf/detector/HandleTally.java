package dev.sheaf.detector;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/**
 * Counts the runs of each statement text on one handle, and reports a text once, at the run that
 * reaches the threshold. Lives in the handle's own configuration, so it goes with the handle.
 * A handle is used by one thread at a time (Jdbi's rule), so the counts need no lock.
 */
final class HandleTally implements StatementCustomizer {
  /** Distinct texts counted per handle; past it new texts go uncounted, so memory is bounded. */
  static final int MAX_TEXTS = 10_000;

  private final int threshold;
  private final Consumer<RepeatedStatement> reports;
  private final Map<String, int[]> runs = new HashMap<>();

  HandleTally(int threshold, Consumer<RepeatedStatement> reports) {
    this.threshold = threshold;
    this.reports = reports;
  }

  @Override
  public void beforeExecution(PreparedStatement statement, StatementContext context) {
    String sql = context.getRenderedSql();
    int[] count = runs.get(sql);
    if (count == null) {
      if (runs.size() >= MAX_TEXTS) {
        return;
      }
      count = new int[1];
      runs.put(sql, count);
    }
    // Reported once: at the threshold, not at every run past it.
    if (++count[0] == threshold) {
      reports.accept(new RepeatedStatement(sql, threshold, CallSite.find()));
    }
  }
}
