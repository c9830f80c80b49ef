package dev.sheaf.test;

/**
 * Code whose statements are counted, returning nothing.
 *
 * @param <X> the exception it may throw; {@link RuntimeException} when it throws none
 */
@FunctionalInterface
public interface ThrowingRunnable<X extends Exception> {
  /** Runs the code. */
  void run() throws X;
}
