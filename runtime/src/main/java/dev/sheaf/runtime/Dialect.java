package dev.sheaf.runtime;

import java.util.Locale;

/**
 * The databases Sheaf writes SQL for, each with what its statements do differently: how a key
 * set is written, how a quoted name is written, whether a top-N is cut in SQL, how an AVG into a
 * double is taken and how a tree's walk ends. Each choice is measured in docs/benchmarks.md.
 *
 * <p>Loads detect the dialect from the connection's database product name; set one with
 * {@code jdbi.getConfig(SheafConfig.class).setDialect(...)} for a database that names itself
 * differently (CockroachDB and YugabyteDB say "PostgreSQL", and are {@link #POSTGRESQL}).
 */
public enum Dialect {
  /**
   * H2 2.x. A key set is one array parameter joined as a table, {@code UNNEST(:keys)}: H2 tests
   * {@code = ANY(?)} and long IN lists by scanning them for every row, and an IN subquery over
   * {@code UNNEST} never ends. An H2 array holds at most 65,536 elements, so a larger set is
   * several arrays in the same statement. A top-N is cut in Java: H2 runs {@code ROW_NUMBER()}
   * an order of magnitude slower than it reads the ordered rows (docs/benchmarks.md); and the
   * aggregates of a key set are correlated subqueries, as H2 does not run an IN subquery as a
   * semi-join, and runs a grouped derived table with the key table joined inside it 15 times
   * slower (the root's five aggregates for 1,000 of 10,000 authors: 243 against 16 ms).
   */
  H2,

  /**
   * PostgreSQL, and what speaks its protocol and SQL. Whole-number keys are written into one
   * IN list as literals, {@code IN (1, 2, 3)}: 2.6 ms for the reviews of 2,180 books against
   * 3.7 ms for the same keys as one array, {@code = ANY(:keys)}, which other keys are, at any
   * size. That holds where the same keys come back at every load, as the driver then reuses the
   * statement and its plan; with other keys at each load PostgreSQL plans each new list, and the
   * array ran faster (docs/benchmarks.md, footnote 5). An AVG into a double is taken over
   * doubles.
   */
  POSTGRESQL,

  /**
   * MariaDB and MySQL, which have no array parameters. A key set is an {@code IN} list of at
   * most {@link SheafConfig#getInListLimit()} keys, one statement per list. Whole-number keys
   * are written into the list as literals, {@code IN (1, 2, 3)}: it is the text both drivers
   * send for a bound list anyway (they prepare on the client by default), and it skips Jdbi's
   * work per bound parameter, which made a load by key set of 1,000 authors 1.4 times slower
   * than hand-written JDBC. Other keys are bound, {@code IN (:sheaf_key_0, ...)}. An AVG is
   * taken over doubles (into a double) or over 30-decimal decimals (into anything else): MariaDB
   * gives the AVG of integers and decimals only 4 decimals more than the column has
   * ({@code div_precision_increment}).
   */
  MYSQL;

  /**
   * The dialect of {@code databaseProductName}, as JDBC's {@code DatabaseMetaData} reports it.
   *
   * @throws IllegalArgumentException for a database Sheaf has no dialect for
   */
  public static Dialect forProduct(String databaseProductName) {
    String product = String.valueOf(databaseProductName).toLowerCase(Locale.ROOT);
    if (product.equals("h2")) {
      return H2;
    }
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("mariadb") || product.contains("mysql")) {
      return MYSQL;
    }
    throw new IllegalArgumentException("Sheaf has no dialect for the database \""
        + databaseProductName + "\"; it knows H2, PostgreSQL, MariaDB and MySQL. If the database"
        + " speaks one of theirs, set it: jdbi.getConfig(SheafConfig.class).setDialect(...)");
  }
}
