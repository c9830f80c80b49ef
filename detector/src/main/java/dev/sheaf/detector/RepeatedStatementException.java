package dev.sheaf.detector;

import org.jdbi.v3.core.JdbiException;

/**
 * Thrown by {@link NPlusOneDetector#throwing} when a statement reaches the threshold on one
 * handle, before that run executes: the stack trace shows the loop.
 */
public final class RepeatedStatementException extends JdbiException {
  private static final long serialVersionUID = 1L;

  private final transient RepeatedStatement repeated;

  RepeatedStatementException(RepeatedStatement repeated) {
    super(repeated.message());
    this.repeated = repeated;
  }

  /** The statement, its count and where it was called from. */
  public RepeatedStatement repeated() {
    return repeated;
  }
}
