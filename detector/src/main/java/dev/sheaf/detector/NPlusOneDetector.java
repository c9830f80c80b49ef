package dev.sheaf.detector;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;

/**
 * A Jdbi plugin that notices an N+1 loop: the same statement text run over and over on one
 * handle. When a text's runs on a handle reach the threshold, it is reported once for that handle,
 * with the count and the code that ran it (see {@link RepeatedStatement}). Works on any code that
 * runs SQL through Jdbi.
 *
 * <pre>{@code
 * jdbi.installPlugin(NPlusOneDetector.logging(10));     // a warning in the log
 * jdbi.installPlugin(NPlusOneDetector.throwing(10));    // in tests: fail at the 10th run
 * }</pre>
 *
 * <p>What is counted: each execution of a statement on a handle opened after the plugin was
 * installed, keyed by its text as Jdbi rendered it, so a statement with bound parameters repeats
 * whatever its values, while one with values written into its text does not. A batch is one run.
 * Counts live from the handle's open to its close, across its transactions: open a handle per unit
 * of work (as {@link Jdbi#withHandle} and {@link Jdbi#inTransaction} do). Each handle counts at most
 * 10,000 distinct texts.
 *
 * <p>What it costs: a hash lookup of the statement's text per execution, and a stack walk per
 * report.
 */
public final class NPlusOneDetector implements JdbiPlugin {
  private static final Logger LOG = System.getLogger(NPlusOneDetector.class.getName());

  private final int threshold;
  private final Consumer<RepeatedStatement> reports;

  private NPlusOneDetector(int threshold, Consumer<RepeatedStatement> reports) {
    if (threshold < 2) {
      throw new IllegalArgumentException("the N+1 threshold must be 2 or more (the number of runs"
          + " of one statement on one handle that is reported), not " + threshold);
    }
    this.threshold = threshold;
    this.reports = Objects.requireNonNull(reports, "reports");
  }

  /**
   * A detector that logs a warning through {@link System.Logger} (named after this class; by
   * default java.util.logging) for each statement that runs {@code threshold} times on a handle.
   *
   * @throws IllegalArgumentException when {@code threshold} is below 2
   */
  public static NPlusOneDetector logging(int threshold) {
    return new NPlusOneDetector(threshold, NPlusOneDetector::warn);
  }

  /**
   * A detector for tests: the run of a statement that reaches {@code threshold} on a handle
   * throws a {@link RepeatedStatementException} instead of executing.
   *
   * @throws IllegalArgumentException when {@code threshold} is below 2
   */
  public static NPlusOneDetector throwing(int threshold) {
    return new NPlusOneDetector(threshold, repeated -> {
      throw new RepeatedStatementException(repeated);
    });
  }

  /**
   * A detector that hands each report to {@code reports}, on the thread that ran the statement,
   * for example a list a test asserts on, or a metrics counter.
   *
   * @throws IllegalArgumentException when {@code threshold} is below 2
   */
  public static NPlusOneDetector reportingTo(int threshold, Consumer<RepeatedStatement> reports) {
    return new NPlusOneDetector(threshold, reports);
  }

  private static void warn(RepeatedStatement repeated) {
    LOG.log(Level.WARNING, repeated.message());
  }

  /** The runs of one statement on one handle that are reported. */
  public int threshold() {
    return threshold;
  }

  /** Gives the handle a tally of its own, in its own configuration, which Jdbi drops with it. */
  @Override
  public Handle customizeHandle(Handle handle) {
    handle.addCustomizer(new HandleTally(threshold, reports));
    return handle;
  }
}
