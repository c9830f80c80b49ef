package dev.sheaf.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.Query;

/**
 * What a {@link RootQuery} asks of the root statement.
 *
 * @param where an SQL condition, or null
 * @param parameters the condition's named parameters; a value may be null
 * @param orderBy the caller's order, or null for the default
 * @param limit at most this many rows, or null for all
 * @param chunked a chunk of a stream: in key order, whatever the order asked
 * @param after in a chunk after the first, the last key of the chunk before; else null
 */
public record RootFilter(String where, Map<String, Object> parameters, String orderBy, Long limit,
    long offset, boolean chunked, Object after) {

  private static final RootFilter ALL = new RootFilter(null, Map.of(), null, null, 0, false, null);

  /** Every row, in the default order. */
  public static RootFilter all() {
    return ALL;
  }

  /**
   * Whether the root statement reads every row of its table: no condition, no limit, no offset,
   * not a chunk. Collections below such a load read their tables whole instead of by key set
   * ({@link Load#selectChildren}).
   */
  public boolean everyRow() {
    return (where == null || where.isBlank()) && limit == null && offset == 0 && !chunked;
  }

  public RootFilter {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  RootFilter withWhere(String where) {
    return new RootFilter(where, parameters, orderBy, limit, offset, chunked, after);
  }

  RootFilter withParameter(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(parameters);
    more.put(name, value);
    return new RootFilter(where, more, orderBy, limit, offset, chunked, after);
  }

  RootFilter withOrderBy(String orderBy) {
    return new RootFilter(where, parameters, orderBy, limit, offset, chunked, after);
  }

  RootFilter withLimit(Long limit) {
    return new RootFilter(where, parameters, orderBy, limit, offset, chunked, after);
  }

  RootFilter withOffset(long offset) {
    return new RootFilter(where, parameters, orderBy, limit, offset, chunked, after);
  }

  /**
   * A chunk of a stream: at most {@code size} rows in key order, after the key {@code after}
   * (null for the first chunk), skipping {@code offset}.
   */
  RootFilter chunk(Object after, long offset, long size) {
    return new RootFilter(where, parameters, null, size, offset, true, after);
  }

  /**
   * The root statement: {@code select} (a SELECT ... FROM without WHERE, a final line break
   * allowed) with this filter's condition, the order (or {@code defaultOrder}) and the key as the
   * last tie-breaker. What the repository generated is rendered in {@code dialect}; what the
   * caller wrote (condition, order) is the caller's SQL, as written.
   */
  String sql(Dialect dialect, String select, String defaultOrder, String key) {
    defaultOrder = dialect.render(defaultOrder);
    key = dialect.render(key);
    StringBuilder sql = new StringBuilder(dialect.render(select).stripTrailing());
    boolean condition = where != null && !where.isBlank();
    if (condition && after != null) {
      sql.append("\nWHERE (").append(where).append(")\n  AND ").append(key).append(" > :sheaf_after");
    } else if (condition) {
      sql.append("\nWHERE ").append(where);
    } else if (after != null) {
      sql.append("\nWHERE ").append(key).append(" > :sheaf_after");
    }
    // A chunk is in key order, which is what makes the next chunk start after its last key.
    String order = chunked ? null
        : orderBy != null && !orderBy.isBlank() ? orderBy : defaultOrder;
    sql.append("\nORDER BY ");
    if (order != null && !order.isBlank() && !order.equals(key)) {
      sql.append(order).append(", ");
    }
    sql.append(key);
    if (limit != null || offset > 0) {
      sql.append("\nLIMIT :sheaf_limit OFFSET :sheaf_offset");
    }
    return sql.toString();
  }

  /** Binds the condition's parameters, the key a chunk follows, and the limit and offset. */
  void bind(Query query) {
    query.bindMap(parameters);
    if (after != null) {
      query.bind("sheaf_after", after);
    }
    if (limit != null || offset > 0) {
      query.bind("sheaf_limit", limit != null ? limit : Long.MAX_VALUE);
      query.bind("sheaf_offset", offset);
    }
  }
}
