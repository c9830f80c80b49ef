package dev.sheaf.runtime.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/** Key sets and grouping over the rows one statement read. */
public final class Rows {
  private Rows() {}

  /** The distinct non-null keys of {@code rows}, in first-seen order: the next statement's key set. */
  public static <R, K> List<K> keys(Collection<R> rows, Function<R, K> key) {
    Set<K> keys = new LinkedHashSet<>();
    for (R row : rows) {
      K k = key.apply(row);
      if (k != null) {
        keys.add(k);
      }
    }
    return new ArrayList<>(keys);
  }

  /**
   * The distinct keys of both lists, in first-seen order: the key set of the levels beside a
   * tree, which load for the rows of the level above and of the tree under it.
   */
  public static <K> List<K> union(List<K> first, List<K> second) {
    Set<K> keys = new LinkedHashSet<>(first);
    keys.addAll(second);
    return new ArrayList<>(keys);
  }

  /** The distinct given keys, in the order given, nulls dropped. */
  public static <K> List<K> distinct(Collection<K> keys) {
    return keys(keys, Function.identity());
  }

  /**
   * The first {@code limit} rows of each parent, in the order read (top-N per group); all rows
   * when {@code limit} is 0.
   */
  public static <R, K> List<R> firstPerParent(List<R> rows, Function<R, K> parent, int limit) {
    if (limit <= 0) {
      return rows;
    }
    Map<K, Integer> taken = new HashMap<>();
    List<R> kept = new ArrayList<>(Math.min(rows.size(), 1024));
    for (R row : rows) {
      if (taken.merge(parent.apply(row), 1, Integer::sum) <= limit) {
        kept.add(row);
      }
    }
    return kept;
  }

  /** The values of each parent as an unmodifiable list, in the order read. */
  public static <R, K, V> Map<K, List<V>> toLists(
      List<R> rows, Function<R, K> parent, Function<R, V> value) {
    Map<K, List<V>> groups = new HashMap<>();
    for (R row : rows) {
      groups.computeIfAbsent(parent.apply(row), k -> new ArrayList<>()).add(value.apply(row));
    }
    groups.replaceAll((k, list) -> Collections.unmodifiableList(list));
    return groups;
  }

  /** The values of each parent as an unmodifiable set that keeps the order read. */
  public static <R, K, V> Map<K, Set<V>> toSets(
      List<R> rows, Function<R, K> parent, Function<R, V> value) {
    Map<K, Set<V>> groups = new HashMap<>();
    for (R row : rows) {
      groups.computeIfAbsent(parent.apply(row), k -> new LinkedHashSet<>()).add(value.apply(row));
    }
    groups.replaceAll((k, set) -> Collections.unmodifiableSet(set));
    return groups;
  }

  /** {@code values} as an unmodifiable set that keeps their order: a tree's children in a Set. */
  public static <V> Set<V> asSet(List<V> values) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  /** One value per key: the rows of a to-one reference. */
  public static <R, K, V> Map<K, V> byKey(List<R> rows, Function<R, K> key, Function<R, V> value) {
    Map<K, V> values = new HashMap<>(Math.max(16, rows.size() * 2));
    for (R row : rows) {
      values.put(key.apply(row), value.apply(row));
    }
    return values;
  }

  /**
   * The mean of {@code value} over {@code elements}, as SQL's AVG has it (nulls left out, null
   * for none) and as Java computes it: whole numbers summed exactly, then divided; others summed
   * as doubles. For an AVG of the rows a list holds, read from the list instead of by SQL.
   */
  public static <E> Double average(List<E> elements, Function<E, ? extends Number> value) {
    long whole = 0;
    double fraction = 0;
    boolean fractional = false;
    int count = 0;
    for (E element : elements) {
      Number number = value.apply(element);
      if (number == null) {
        continue;
      }
      count++;
      if (number instanceof Long || number instanceof Integer || number instanceof Short
          || number instanceof Byte) {
        whole += number.longValue();
      } else {
        fractional = true;
        fraction += number.doubleValue();
      }
    }
    if (count == 0) {
      return null;
    }
    return fractional ? (whole + fraction) / count : (double) whole / count;
  }

  /** {@link #average}, empty for no values. */
  public static <E> OptionalDouble optionalAverage(
      List<E> elements, Function<E, ? extends Number> value) {
    Double mean = average(elements, value);
    return mean == null ? OptionalDouble.empty() : OptionalDouble.of(mean);
  }

  /** {@code values} in the order of {@code keys}; keys without a value are skipped. */
  public static <K, V> List<V> inKeyOrder(List<K> keys, List<V> values, Function<V, K> key) {
    Map<K, V> byKey = byKey(values, key, Function.identity());
    List<V> ordered = new ArrayList<>(values.size());
    for (K k : keys) {
      V value = byKey.get(k);
      if (value != null) {
        ordered.add(value);
      }
    }
    return ordered;
  }
}
