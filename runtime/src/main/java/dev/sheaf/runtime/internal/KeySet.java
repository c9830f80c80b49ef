package dev.sheaf.runtime.internal;

import dev.sheaf.runtime.Dialect;

/**
 * How a key set appears in a statement's text: joined as a table ahead of the rows it selects
 * (H2, which tests {@code = ANY(?)} and IN lists by scanning them for every row), or as a
 * condition on the column that holds the key ({@code = ANY(:keys)} on PostgreSQL, an IN list
 * on MariaDB and MySQL). Text only: {@link Load} binds the keys.
 *
 * @param table a table expression whose one column is {@code sheaf_keys.sheaf_key}, or null
 * @param condition what follows the key column, such as {@code " = ANY(:keys)"}, or null
 */
record KeySet(String table, String condition) {
  static KeySet joined(String table) {
    return new KeySet(table, null);
  }

  static KeySet condition(String condition) {
    return new KeySet(null, condition);
  }

  /** The key set as {@link Select#sql} shows it: one array, or on MariaDB a list {@code (:keys)}. */
  static KeySet shown(Dialect dialect) {
    String list = dialect == Dialect.MYSQL ? ":" + Load.KEYS : null;
    return DialectSql.keySet(dialect, Long.class, 1, list);
  }
}
