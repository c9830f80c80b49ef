package dev.sheaf.runtime;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key set of a generated statement: its one line {@code WHERE <column> IN (:keys)}, which each
 * {@link Dialect} turns into the shape its database runs fastest. Generated statements put the
 * key predicate first in the WHERE clause, alone on its line; further conditions follow on lines
 * of their own, starting with {@code "  AND "}.
 */
final class KeyPredicate {
  /** What generated SQL writes for the key set. */
  static final String MARKER = "IN (:" + Load.KEYS + ")";

  private static final Pattern LINE =
      Pattern.compile("(?m)^WHERE (\\S+) " + Pattern.quote(MARKER) + "$");
  private static final Pattern FROM = Pattern.compile("(?m)^FROM (.+)$");
  private static final String AND = "  AND ";

  private final String sql;
  private final String column;
  /** Where the predicate's line starts, and where it ends (before its line break). */
  private final int start;
  private final int end;

  private KeyPredicate(String sql, String column, int start, int end) {
    this.sql = sql;
    this.column = column;
    this.start = start;
    this.end = end;
  }

  /** The key predicate of {@code sql}, which must have exactly one. */
  static KeyPredicate of(String sql) {
    Matcher line = LINE.matcher(sql);
    if (!line.find()) {
      throw new IllegalArgumentException("no line 'WHERE <column> " + MARKER + "' in " + sql);
    }
    KeyPredicate predicate = new KeyPredicate(sql, line.group(1), line.start(), line.end());
    if (line.find()) {
      throw new IllegalArgumentException("two key predicates in " + sql);
    }
    return predicate;
  }

  /** The statement with {@code IN (:keys)} replaced by {@code replacement}. */
  String replaceMarker(String replacement) {
    return sql.substring(0, end - MARKER.length()) + replacement + sql.substring(end);
  }

  /**
   * The statement with the key set joined as {@code keyTable} (whose one column is
   * {@code sheaf_keys.sheaf_key}) ahead of the first table of the FROM clause, and the predicate
   * line dropped:
   *
   * <pre>
   * FROM book                          FROM UNNEST(:keys) sheaf_keys(sheaf_key)
   * WHERE book.author_id IN (:keys) -> JOIN book ON book.author_id = sheaf_keys.sheaf_key
   *   AND (book.pages > 100)           WHERE (book.pages > 100)
   * </pre>
   */
  String asJoin(String keyTable) {
    Matcher from = FROM.matcher(sql).region(0, start);
    int fromStart = -1;
    int fromEnd = -1;
    String first = null;
    while (from.find()) {
      fromStart = from.start();
      fromEnd = from.end();
      first = from.group(1);
    }
    if (first == null) {
      throw new IllegalArgumentException("no line 'FROM <table>' before the key predicate in " + sql);
    }
    String rest = sql.substring(Math.min(sql.length(), end + 1));
    rest = rest.startsWith(AND) ? "WHERE " + rest.substring(AND.length()) : rest;
    return sql.substring(0, fromStart)
        + "FROM " + keyTable + "\n"
        + "JOIN " + first + " ON " + column + " = sheaf_keys.sheaf_key"
        + sql.substring(fromEnd, start)
        + rest;
  }
}
