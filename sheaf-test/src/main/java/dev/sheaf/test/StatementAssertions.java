package dev.sheaf.test;

import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * Assertions on the number of SQL statements code runs through Jdbi, counted as they run: a
 * statement that failed counts too, and a batch counts once. A mismatch throws an
 * {@link AssertionError} that lists the SQL of every statement that ran, numbered, so any test
 * framework reports it as a failure.
 *
 * <pre>{@code
 * import static dev.sheaf.test.StatementAssertions.assertStatements;
 *
 * List<Author> authors = assertStatements(jdbi, AuthorRepository.STATEMENTS, repository::findAll);
 * }</pre>
 *
 * <p>The count comes from a {@link SqlLogger} that the check sets for its duration and that
 * passes every call on to the logger it replaced; afterwards the replaced logger is back. When
 * the code under check throws, its exception goes through unchanged and nothing is judged.
 */
public final class StatementAssertions {
  private StatementAssertions() {}

  /**
   * Runs {@code action} and asserts that the calling thread ran exactly {@code expected}
   * statements on handles of {@code jdbi} opened during it.
   *
   * <p>Only the calling thread's statements count, so checks on one Jdbi may run in parallel;
   * statements of work handed to other threads are not counted. A handle opened before the check
   * keeps the logger it had: check its statements with {@link #assertStatements(Handle, int,
   * ThrowingRunnable)}.
   *
   * @throws AssertionError when another number of statements ran, listing them
   * @throws IllegalArgumentException when {@code expected} is negative
   * @throws X what {@code action} throws, unchanged
   */
  public static <X extends Exception> void assertStatements(
      Jdbi jdbi, int expected, ThrowingRunnable<X> action) throws X {
    assertStatements(jdbi, expected, () -> {
      action.run();
      return null;
    });
  }

  /**
   * Runs {@code action}, asserts that the calling thread ran exactly {@code expected} statements
   * on handles of {@code jdbi} opened during it, and returns what {@code action} returned.
   *
   * @see #assertStatements(Jdbi, int, ThrowingRunnable)
   * @throws AssertionError when another number of statements ran, listing them
   * @throws IllegalArgumentException when {@code expected} is negative
   * @throws X what {@code action} throws, unchanged
   */
  public static <T, X extends Exception> T assertStatements(
      Jdbi jdbi, int expected, ThrowingSupplier<T, X> action) throws X {
    Objects.requireNonNull(jdbi, "jdbi");
    checkExpected(expected);
    Objects.requireNonNull(action, "action");
    Recording recording = new Recording();
    T result;
    JdbiLoggers.start(jdbi, recording);
    try {
      result = action.get();
    } finally {
      JdbiLoggers.stop(jdbi, recording);
    }
    judge(expected, recording.statements(), "on this thread",
        "Statements on handles opened before the check are not counted: check those with"
            + " assertStatements(handle, n, action).");
    return result;
  }

  /**
   * Runs {@code action} and asserts that it ran exactly {@code expected} statements on
   * {@code handle} (statements created on it during the check, by the calling thread).
   *
   * @throws AssertionError when another number of statements ran, listing them
   * @throws IllegalArgumentException when {@code expected} is negative
   * @throws X what {@code action} throws, unchanged
   */
  public static <X extends Exception> void assertStatements(
      Handle handle, int expected, ThrowingRunnable<X> action) throws X {
    assertStatements(handle, expected, () -> {
      action.run();
      return null;
    });
  }

  /**
   * Runs {@code action}, asserts that it ran exactly {@code expected} statements on
   * {@code handle}, and returns what {@code action} returned.
   *
   * @see #assertStatements(Handle, int, ThrowingRunnable)
   * @throws AssertionError when another number of statements ran, listing them
   * @throws IllegalArgumentException when {@code expected} is negative
   * @throws X what {@code action} throws, unchanged
   */
  public static <T, X extends Exception> T assertStatements(
      Handle handle, int expected, ThrowingSupplier<T, X> action) throws X {
    Objects.requireNonNull(handle, "handle");
    checkExpected(expected);
    Objects.requireNonNull(action, "action");
    // A handle's configuration is its own copy: setting its logger touches no other handle.
    SqlStatements statements = handle.getConfig(SqlStatements.class);
    CountingSqlLogger logger = new CountingSqlLogger(statements.getSqlLogger());
    Recording recording = new Recording();
    logger.start(recording);
    statements.setSqlLogger(logger);
    T result;
    try {
      result = action.get();
    } finally {
      if (statements.getSqlLogger() == logger) {
        statements.setSqlLogger(logger.replaced());
      }
    }
    judge(expected, recording.statements(), "on this handle", "");
    return result;
  }

  private static void checkExpected(int expected) {
    if (expected < 0) {
      throw new IllegalArgumentException(
          "expected statements must be 0 or more, not " + expected);
    }
  }

  private static void judge(int expected, List<RanStatement> ran, String scope, String hint) {
    if (ran.size() != expected) {
      throw new AssertionError(Mismatch.message(expected, ran, scope, hint));
    }
  }
}
