package dev.sheaf.runtime.internal;

import java.util.List;
import java.util.function.Function;

/**
 * Root DTOs a root statement loaded, complete, and the key of its last row, where the next chunk
 * of a stream starts.
 *
 * @param items the DTOs, in the statement's order
 * @param lastKey the key of the last row, or null when there were no rows
 */
public record Page<T>(List<T> items, Object lastKey) {

  /** The page of {@code items} built from {@code rows}, whose keys {@code key} reads. */
  public static <T, R> Page<T> of(List<T> items, List<R> rows, Function<R, ?> key) {
    return new Page<>(items, rows.isEmpty() ? null : key.apply(rows.get(rows.size() - 1)));
  }
}
