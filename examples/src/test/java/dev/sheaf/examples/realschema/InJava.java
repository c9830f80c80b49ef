package dev.sheaf.examples.realschema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What SQL's aggregates and ORDER BY ... LIMIT compute, done in Java for the oracle: nulls are
 * skipped as SQL skips them, AVG is the sum over the count.
 */
final class InJava {
  private InJava() {}

  static <T> int count(Collection<T> rows, Predicate<T> where) {
    return (int) rows.stream().filter(where).count();
  }

  /** SUM of the non-null values: null when there are none. */
  static <T> BigDecimal sum(Collection<T> rows, Function<T, BigDecimal> column) {
    return rows.stream().map(column).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
  }

  static <T> OptionalDouble averageOfInts(Collection<T> rows, Function<T, Integer> column) {
    return rows.stream().map(column).filter(Objects::nonNull).mapToInt(Integer::intValue)
        .average();
  }

  /** AVG of the non-null decimals, exactly to 34 digits and then as the nearest double. */
  static <T> OptionalDouble averageOfDecimals(Collection<T> rows,
      Function<T, BigDecimal> column) {
    List<BigDecimal> values = rows.stream().map(column).filter(Objects::nonNull).toList();
    if (values.isEmpty()) {
      return OptionalDouble.empty();
    }
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return OptionalDouble.of(
        sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128).doubleValue());
  }

  static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  /** The rows that match {@code where}, in {@code order}, at most {@code limit} (0: all). */
  static <T> List<T> select(Collection<T> rows, Predicate<T> where, Comparator<T> order,
      int limit) {
    return rows.stream().filter(where).sorted(order).limit(limit == 0 ? Long.MAX_VALUE : limit)
        .toList();
  }

  static <T> Predicate<T> all() {
    return row -> true;
  }
}
