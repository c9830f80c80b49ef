package dev.sheaf.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A root query of a generated repository: an SQL condition on the root table with named bound
 * parameters, an order, a limit and an offset. Each call returns a new query; {@link #list()}
 * runs the load.
 *
 * <pre>{@code
 * authors.query().where("country_code = :c").bind("c", "NZ").orderBy("name").limit(20).list();
 * }</pre>
 */
public final class RootQuery<T> {
  private final Function<RootFilter, List<T>> load;
  private final RootFilter filter;

  public RootQuery(Function<RootFilter, List<T>> load) {
    this(load, RootFilter.all());
  }

  private RootQuery(Function<RootFilter, List<T>> load, RootFilter filter) {
    this.load = load;
    this.filter = filter;
  }

  /** Keeps the root rows that satisfy {@code condition}, SQL on the root table's columns. */
  public RootQuery<T> where(String condition) {
    return with(new RootFilter(condition, filter.parameters(), filter.orderBy(), filter.limit(),
        filter.offset()));
  }

  /** Binds the named parameter {@code :name} of the condition. */
  public RootQuery<T> bind(String name, Object value) {
    Map<String, Object> parameters = new LinkedHashMap<>(filter.parameters());
    parameters.put(name, value);
    return with(new RootFilter(filter.where(), parameters, filter.orderBy(), filter.limit(),
        filter.offset()));
  }

  /** Orders the root rows by {@code orderBy}, SQL; the key breaks ties. */
  public RootQuery<T> orderBy(String orderBy) {
    return with(new RootFilter(filter.where(), filter.parameters(), orderBy, filter.limit(),
        filter.offset()));
  }

  /** Returns at most {@code limit} root rows. */
  public RootQuery<T> limit(long limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return with(new RootFilter(filter.where(), filter.parameters(), filter.orderBy(), limit,
        filter.offset()));
  }

  /** Skips the first {@code offset} root rows. */
  public RootQuery<T> offset(long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    return with(new RootFilter(filter.where(), filter.parameters(), filter.orderBy(),
        filter.limit(), offset));
  }

  /** Loads the matching rows, complete. */
  public List<T> list() {
    return load.apply(filter);
  }

  /** Loads the first matching row, complete. */
  public Optional<T> findFirst() {
    return limit(1).list().stream().findFirst();
  }

  private RootQuery<T> with(RootFilter next) {
    return new RootQuery<>(load, next);
  }
}
