package dev.sheaf.runtime.internal;

import dev.sheaf.runtime.RootQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param keyset for a page, its order as keyset pages follow it: the statement also selects the
 *     values a cursor holds; else null
 * @param cursor for a keyset page, the values of the row it follows; else null
 */
public record RootFilter(String where, Map<String, Object> parameters, String orderBy, Long limit,
    long offset, boolean chunked, Object after, KeysetOrder keyset, List<Object> cursor) {

  private static final RootFilter ALL =
      new RootFilter(null, Map.of(), null, null, 0, false, null, null, null);

  /** Every row, in the default order. */
  public static RootFilter all() {
    return ALL;
  }

  /**
   * Whether the root statement reads every row of its table: no condition, no limit, no offset,
   * not a chunk. Collections below such a load read their tables whole instead of by key set
   * ({@link Load#children}).
   */
  public boolean everyRow() {
    return (where == null || where.isBlank()) && limit == null && offset == 0 && !chunked
        && cursor == null;
  }

  public RootFilter {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    cursor = cursor == null ? null : Collections.unmodifiableList(new ArrayList<>(cursor));
  }

  /** A filter with no keyset page: the root statement of a list or a stream. */
  public RootFilter(String where, Map<String, Object> parameters, String orderBy, Long limit,
      long offset, boolean chunked, Object after) {
    this(where, parameters, orderBy, limit, offset, chunked, after, null, null);
  }

  public RootFilter withWhere(String where) {
    return new RootFilter(where, parameters, orderBy, limit, offset, chunked, after, keyset, cursor);
  }

  public RootFilter withParameter(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(parameters);
    more.put(name, value);
    return new RootFilter(where, more, orderBy, limit, offset, chunked, after, keyset, cursor);
  }

  public RootFilter withOrderBy(String orderBy) {
    return new RootFilter(where, parameters, orderBy, limit, offset, chunked, after, keyset, cursor);
  }

  public RootFilter withLimit(Long limit) {
    return new RootFilter(where, parameters, orderBy, limit, offset, chunked, after, keyset, cursor);
  }

  public RootFilter withOffset(long offset) {
    return new RootFilter(where, parameters, orderBy, limit, offset, chunked, after, keyset, cursor);
  }

  /** This filter as a page in {@code keyset}'s order, after {@code cursor} (null: the first). */
  public RootFilter asPage(KeysetOrder keyset, List<Object> cursor) {
    return new RootFilter(where, parameters, orderBy, limit, offset, chunked, after, keyset, cursor);
  }

  /** The rows this filter's condition selects, counted for a page's total. */
  public RootFilter forTotal() {
    return new RootFilter(where, parameters, null, null, 0, false, null, null, null);
  }

  /**
   * A chunk of a stream: at most {@code size} rows in key order, after the key {@code after}
   * (null for the first chunk), skipping {@code offset}.
   */
  public RootFilter chunk(Object after, long offset, long size) {
    return new RootFilter(where, parameters, null, size, offset, true, after);
  }

  /** A filter as {@link Select#sql} shows it: a condition {@code <where>}, a limit and offset. */
  static RootFilter shown() {
    return new RootFilter("<where>", Map.of(), null, 0L, 0, false, null);
  }

  /** Whether the caller gave a condition. */
  public boolean hasCondition() {
    return where != null && !where.isBlank();
  }

  /** Whether the caller gave an order. */
  public boolean hasOrder() {
    return orderBy != null && !orderBy.isBlank();
  }

  /** Whether the statement takes a limit and offset. */
  public boolean pages() {
    return limit != null || offset > 0;
  }

  /**
   * Binds the key a chunk follows, the values a keyset page follows, and the limit and offset. The condition's parameters are the
   * load's ({@link Load}), bound in every statement that names them.
   */
  void bind(Query query) {
    if (after != null) {
      query.bind("sheaf_after", after);
    }
    if (cursor != null) {
      for (int i = 0; i < cursor.size(); i++) {
        query.bind(KeysetOrder.name(i), cursor.get(i));
      }
    }
    if (limit != null || offset > 0) {
      query.bind("sheaf_limit", limit != null ? limit : Long.MAX_VALUE);
      if (offset > 0) {
        query.bind("sheaf_offset", offset);
      }
    }
  }
}
