package dev.sheaf.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What differs between the databases Sheaf runs on, as {@link SelectSql} asks it: how a key set
 * is written, how a quoted name is written, whether a top-N is cut in SQL, and how an AVG into a
 * double is taken. Each choice is measured in docs/benchmarks.md.
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
  H2 {
    @Override
    KeySet keySet(Class<?> keyType, int arrays, String list) {
      if (arrays == 1) {
        return KeySet.joined("UNNEST(:" + Load.KEYS + ") sheaf_keys(sheaf_key)");
      }
      // Not UNNEST here: H2 2.3 joins a UNION of UNNEST(?) derived tables to no rows.
      List<String> unions = new ArrayList<>();
      for (int part = 0; part < arrays; part++) {
        unions.add("SELECT sheaf_key FROM TABLE(sheaf_key " + h2Type(keyType) + " = :"
            + Load.KEYS + "_" + part + ")");
      }
      return KeySet.joined("(" + String.join(" UNION ALL ", unions) + ") sheaf_keys");
    }

    @Override
    boolean cutsTopN() {
      return false;
    }

    @Override
    boolean joinsSubqueriesFast() {
      return false;
    }

    @Override
    boolean walksTreesByPath() {
      return true;
    }
  },

  /**
   * PostgreSQL, and what speaks its protocol and SQL. Whole-number keys are written into one
   * IN list as literals, {@code IN (1, 2, 3)}: 2.6 ms for the reviews of 2,180 books against
   * 3.7 ms for the same keys as one array, {@code = ANY(:keys)}, which other keys are, at any
   * size. That holds where the same keys come back at every load, as the driver then reuses the
   * statement and its plan; with other keys at each load PostgreSQL plans each new list, and the
   * array ran faster (docs/benchmarks.md, footnote 5). An AVG into a double is taken over
   * doubles.
   */
  POSTGRESQL {
    @Override
    KeySet keySet(Class<?> keyType, int arrays, String list) {
      return list != null
          ? KeySet.condition(" IN (" + list + ")")
          : KeySet.condition(" = ANY(:" + Load.KEYS + ")");
    }

    @Override
    String averaged(String value, boolean asDouble) {
      // AVG of integers is numeric arithmetic here: 2.7 ms of a 6.4 ms root statement at 1,000
      // authors, against 1.3 ms over doubles, which a double is read into anyway.
      return asDouble ? "CAST(" + value + " AS DOUBLE PRECISION)" : value;
    }
  },

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
  MYSQL {
    @Override
    String identifier(String name) {
      return name.indexOf('"') < 0 ? name : Backticks.of(name);
    }

    @Override
    String render(String sql) {
      return Backticks.of(sql);
    }

    @Override
    String averaged(String value, boolean asDouble) {
      // DECIMAL(65,30): 30 decimals, where MariaDB would keep only 4 more than the column has.
      return "CAST(" + value + (asDouble ? " AS DOUBLE)" : " AS DECIMAL(65,30))");
    }

    @Override
    KeySet keySet(Class<?> keyType, int arrays, String list) {
      return KeySet.condition(" IN (" + list + ")");
    }

    /**
     * MariaDB stops a recursive statement after {@code max_recursive_iterations} levels (1,000
     * on 10.11) and returns what it has, with only a warning: a deeper tree would load cut.
     * The statement lifts the limit for itself; the comment runs on MariaDB only, as MySQL has
     * no {@code SET STATEMENT} (and fails a walk past {@code cte_max_recursion_depth} instead).
     */
    @Override
    String unboundedRecursion(String sql) {
      return "/*M!100102 SET STATEMENT max_recursive_iterations = 4294967295 FOR */\n" + sql;
    }
  };

  private static String h2Type(Class<?> keyType) {
    if (keyType == Long.class) {
      return "BIGINT";
    }
    if (keyType == Integer.class) {
      return "INTEGER";
    }
    if (keyType == UUID.class) {
      return "UUID";
    }
    return "VARCHAR";
  }

  /** H2 rejects a longer array: "Value too long for column ARRAY". */
  static final int MAX_H2_ARRAY = 65_536;

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

  /** {@code sql}, generated in standard SQL, as this database writes it. */
  String render(String sql) {
    return sql;
  }

  /** A name from an annotation, written in standard SQL, as this database writes it. */
  String identifier(String name) {
    return name;
  }

  /** The value an AVG reads: into a double, some databases need it cast. */
  String averaged(String value, boolean asDouble) {
    return value;
  }

  /**
   * How the key set appears in a statement: {@code arrays} arrays of keys (H2), or the IN list
   * {@code list} (MariaDB and MySQL).
   */
  abstract KeySet keySet(Class<?> keyType, int arrays, String list);

  /** Whether a top-N collection is cut in SQL ({@code ROW_NUMBER()}), not in Java. */
  boolean cutsTopN() {
    return true;
  }

  /**
   * Whether a grouped derived table restricted to a set of rows runs fast: by
   * {@code column IN (SELECT ...)} as a semi-join, or with a key set inside it. If not (H2),
   * the aggregates of anything but every row are correlated subqueries.
   */
  boolean joinsSubqueriesFast() {
    return true;
  }

  /**
   * Whether a tree's walk carries each row's path to stop at a loop, because {@code UNION} does
   * not end it (H2 walks a loop for ever); else each key is kept once, which ends any walk.
   */
  boolean walksTreesByPath() {
    return false;
  }

  /** {@code sql}, a tree's recursive statement, let walk as deep as the data goes. */
  String unboundedRecursion(String sql) {
    return sql;
  }

}
