package dev.sheaf.processor.plan;

/** Small SQL pieces the planner joins into statements. */
final class Sql {
  private Sql() {}

  /** {@code column} qualified by {@code table}, unless the user already qualified it. */
  static String qualify(String table, String column) {
    return column.contains(".")
        ? Identifiers.quote(column)
        : Identifiers.quote(table) + "." + Identifiers.quote(column);
  }

  /** A table's name as SQL writes it: quoted when it is reserved. */
  static String table(String table) {
    return Identifiers.quote(table);
  }

  /**
   * The key set of a statement: the rows whose {@code column} is one of the keys bound as
   * {@code :keys}. The runtime's dialect turns this line into the shape its database runs
   * fastest (a join to an array on H2, {@code = ANY} of an array on PostgreSQL, IN lists on
   * MariaDB), so it must stay the first condition, alone on its line.
   */
  static String keyPredicate(String column) {
    return "WHERE " + column + " IN (:keys)";
  }

  /** A further condition after {@link #keyPredicate}, on its own line. */
  static String and(String condition) {
    return "  AND (" + condition + ")";
  }
}
