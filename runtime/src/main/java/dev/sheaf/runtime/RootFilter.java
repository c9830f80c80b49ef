package dev.sheaf.runtime;

import java.util.Map;
import org.jdbi.v3.core.statement.Query;

/**
 * What a {@link RootQuery} asks of the root statement.
 *
 * @param where an SQL condition, or null
 * @param limit at most this many rows, or null for all
 */
public record RootFilter(
    String where, Map<String, Object> parameters, String orderBy, Long limit, long offset) {

  private static final RootFilter ALL = new RootFilter(null, Map.of(), null, null, 0);

  /** Every row, in the default order. */
  public static RootFilter all() {
    return ALL;
  }

  public RootFilter {
    parameters = Map.copyOf(parameters);
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
    if (where != null && !where.isBlank()) {
      sql.append("\nWHERE ").append(where);
    }
    String order = orderBy != null && !orderBy.isBlank() ? orderBy : defaultOrder;
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

  /** Binds the condition's parameters, and the limit and offset. */
  void bind(Query query) {
    query.bindMap(parameters);
    if (limit != null || offset > 0) {
      query.bind("sheaf_limit", limit != null ? limit : Long.MAX_VALUE);
      query.bind("sheaf_offset", offset);
    }
  }
}
