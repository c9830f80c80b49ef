package dev.sheaf.detector;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement that ran {@code count} times on one handle: the sign of an N+1 loop.
 *
 * @param sql the statement's text, as Jdbi rendered it (named parameters, not their values)
 * @param count how many times it had run on the handle when it was reported: the threshold
 * @param calledFrom the first frame of the stack, at that run, outside Jdbi, the JDK and this
 *     detector: the code that runs the statement; empty when there is none
 */
public record RepeatedStatement(String sql, int count, Optional<StackTraceElement> calledFrom) {
  public RepeatedStatement {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(calledFrom, "calledFrom");
  }

  /** One line for a log: the count, where it was called from, then the statement. */
  public String message() {
    return "N+1 query: one statement run " + count + " times on one handle, called from "
        + calledFrom.map(StackTraceElement::toString).orElse("an unknown place") + ": "
        + sql.strip().replaceAll("\\s+", " ");
  }
}
