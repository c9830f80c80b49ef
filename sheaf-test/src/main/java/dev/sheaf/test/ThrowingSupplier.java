package dev.sheaf.test;

/**
 * Code whose statements are counted, returning a value.
 *
 * @param <T> what it returns
 * @param <X> the exception it may throw; {@link RuntimeException} when it throws none
 */
@FunctionalInterface
public interface ThrowingSupplier<T, X extends Exception> {
  /** Runs the code and returns its value. */
  T get() throws X;
}
