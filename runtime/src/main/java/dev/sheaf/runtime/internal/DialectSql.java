package dev.sheaf.runtime.internal;

import dev.sheaf.runtime.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How each {@link Dialect} writes what {@link SelectSql} asks of it; the measurements behind
 * each choice are on the dialect's constants and in docs/benchmarks.md.
 */
public final class DialectSql {
  /** H2 rejects a longer array: "Value too long for column ARRAY". */
  public static final int MAX_H2_ARRAY = 65_536;

  private DialectSql() {}

  /** {@code sql}, generated in standard SQL, as {@code dialect} writes it. */
  static String render(Dialect dialect, String sql) {
    return dialect == Dialect.MYSQL ? Backticks.of(sql) : sql;
  }

  /** A name from an annotation, written in standard SQL, as {@code dialect} writes it. */
  static String identifier(Dialect dialect, String name) {
    return dialect == Dialect.MYSQL && name.indexOf('"') >= 0 ? Backticks.of(name) : name;
  }

  /** The value an AVG reads: into a double, some databases need it cast. */
  static String averaged(Dialect dialect, String value, boolean asDouble) {
    return switch (dialect) {
      case H2 -> value;
      // AVG of integers is numeric arithmetic on PostgreSQL: 2.7 ms of a 6.4 ms root statement
      // at 1,000 authors, against 1.3 ms over doubles, which a double is read into anyway.
      case POSTGRESQL -> asDouble ? "CAST(" + value + " AS DOUBLE PRECISION)" : value;
      // DECIMAL(65,30): 30 decimals, where MariaDB would keep only 4 more than the column has.
      case MYSQL -> "CAST(" + value + (asDouble ? " AS DOUBLE)" : " AS DECIMAL(65,30))");
    };
  }

  /**
   * How the key set appears in a statement: {@code arrays} arrays of keys (H2), or the IN list
   * {@code list} (MariaDB and MySQL; PostgreSQL's whole-number keys), else one array.
   */
  static KeySet keySet(Dialect dialect, Class<?> keyType, int arrays, String list) {
    return switch (dialect) {
      case H2 -> h2KeySet(keyType, arrays);
      case POSTGRESQL -> list != null
          ? KeySet.condition(" IN (" + list + ")")
          : KeySet.condition(" = ANY(:" + Load.KEYS + ")");
      case MYSQL -> KeySet.condition(" IN (" + list + ")");
    };
  }

  private static KeySet h2KeySet(Class<?> keyType, int arrays) {
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

  /** Whether a top-N collection is cut in SQL ({@code ROW_NUMBER()}), not in Java. */
  static boolean cutsTopN(Dialect dialect) {
    return dialect != Dialect.H2;
  }

  /**
   * Whether a grouped derived table restricted to a set of rows runs fast: by
   * {@code column IN (SELECT ...)} as a semi-join, or with a key set inside it. If not (H2),
   * the aggregates of anything but every row are correlated subqueries.
   */
  static boolean joinsSubqueriesFast(Dialect dialect) {
    return dialect != Dialect.H2;
  }

  /**
   * Whether a tree's walk carries each row's path to stop at a loop, because {@code UNION} does
   * not end it (H2 walks a loop for ever); else each key is kept once, which ends any walk.
   */
  static boolean walksTreesByPath(Dialect dialect) {
    return dialect == Dialect.H2;
  }

  /**
   * {@code sql}, a tree's recursive statement, let walk as deep as the data goes. MariaDB stops
   * a recursive statement after {@code max_recursive_iterations} levels (1,000 on 10.11) and
   * returns what it has, with only a warning: a deeper tree would load cut. The statement lifts
   * the limit for itself; the comment runs on MariaDB only, as MySQL has no
   * {@code SET STATEMENT} (and fails a walk past {@code cte_max_recursion_depth} instead).
   */
  static String unboundedRecursion(Dialect dialect, String sql) {
    return dialect == Dialect.MYSQL
        ? "/*M!100102 SET STATEMENT max_recursive_iterations = 4294967295 FOR */\n" + sql
        : sql;
  }
}
