package dev.sheaf.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.Query;

/**
 * What differs between the databases Sheaf runs on: how a key set is bound, and how a quoted
 * name is written. Generated SQL is standard: {@code "order"} for a reserved name, and a line
 * {@code WHERE <column> IN (:keys)} for the key set, which each dialect turns into the shape its
 * database runs fastest (measured in docs/benchmarks.md).
 *
 * <p>Loads detect the dialect from the connection's database product name; set one with
 * {@code jdbi.getConfig(SheafConfig.class).setDialect(...)} for a database that names itself
 * differently (CockroachDB and YugabyteDB say "PostgreSQL", and are {@link #POSTGRESQL}).
 */
public enum Dialect {
  /**
   * H2 2.x. The keys are one array parameter joined as a table, {@code UNNEST(:keys)}: H2 tests
   * {@code = ANY(?)} and long IN lists by scanning them for every row. An H2 array holds at most
   * 65,536 elements, so a larger set is several arrays in the same statement.
   */
  H2 {
    @Override
    <K> List<KeySetStatement> byKeys(
        String sql, Class<K> keyType, List<K> keys, SheafConfig config) {
      List<List<K>> parts = slices(keys, MAX_H2_ARRAY);
      if (parts.size() == 1) {
        return List.of(new KeySetStatement(
            KeyPredicate.of(sql).asJoin("UNNEST(:" + Load.KEYS + ") sheaf_keys(sheaf_key)"),
            query -> query.bindArray(Load.KEYS, keyType, keys)));
      }
      // Not UNNEST here: H2 2.3 joins a UNION of UNNEST(?) derived tables to no rows.
      List<String> unions = new ArrayList<>();
      for (int part = 0; part < parts.size(); part++) {
        unions.add("SELECT sheaf_key FROM TABLE(sheaf_key " + h2Type(keyType) + " = :"
            + Load.KEYS + "_" + part + ")");
      }
      String keyTable = "(" + String.join(" UNION ALL ", unions) + ") sheaf_keys";
      return List.of(new KeySetStatement(KeyPredicate.of(sql).asJoin(keyTable), query -> {
        for (int part = 0; part < parts.size(); part++) {
          query.bindArray(Load.KEYS + "_" + part, keyType, parts.get(part));
        }
      }));
    }
  },

  /**
   * PostgreSQL, and what speaks its protocol and SQL. The keys are one array parameter,
   * {@code column = ANY(:keys)}, at any size.
   */
  POSTGRESQL {
    @Override
    <K> List<KeySetStatement> byKeys(
        String sql, Class<K> keyType, List<K> keys, SheafConfig config) {
      return List.of(new KeySetStatement(
          KeyPredicate.of(sql).replaceMarker("= ANY(:" + Load.KEYS + ")"),
          query -> query.bindArray(Load.KEYS, keyType, keys)));
    }
  },

  /**
   * MariaDB and MySQL, which have no array parameters. The keys are {@code IN (?, ...)} lists of
   * at most {@link SheafConfig#getInListLimit()} keys, one statement per list. A list's length
   * is padded to a power of two with its last key, so a handful of statement texts serve every
   * size (the driver's and the server's caches keep them).
   */
  MYSQL {
    @Override
    String render(String sql) {
      return Backticks.of(sql);
    }

    @Override
    <K> List<KeySetStatement> byKeys(
        String sql, Class<K> keyType, List<K> keys, SheafConfig config) {
      KeyPredicate predicate = KeyPredicate.of(sql);
      List<KeySetStatement> statements = new ArrayList<>();
      for (List<K> slice : slices(keys, config.getInListLimit())) {
        int length = Math.min(config.getInListLimit(), powerOfTwoAtLeast(slice.size()));
        String list = String.join(", ", Collections.nCopies(length, "?"));
        statements.add(new KeySetStatement(predicate.replaceMarker("IN (" + list + ")"), query -> {
          for (int i = 0; i < length; i++) {
            query.bind(i, slice.get(Math.min(i, slice.size() - 1)));
          }
        }));
      }
      return statements;
    }
  };

  private static String h2Type(Class<?> keyType) {
    if (keyType == Long.class) {
      return "BIGINT";
    }
    if (keyType == Integer.class) {
      return "INTEGER";
    }
    if (keyType == java.util.UUID.class) {
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

  /** The statements that run {@code sql} for {@code keys}: one, except for long IN lists. */
  abstract <K> List<KeySetStatement> byKeys(
      String sql, Class<K> keyType, List<K> keys, SheafConfig config);

  /** A statement of a key-set load, and how to bind its keys. */
  record KeySetStatement(String sql, Consumer<Query> binder) {}

  private static <K> List<List<K>> slices(List<K> keys, int size) {
    List<List<K>> slices = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += size) {
      slices.add(keys.subList(from, Math.min(keys.size(), from + size)));
    }
    return slices.isEmpty() ? List.of(keys) : slices;
  }

  private static int powerOfTwoAtLeast(int n) {
    return n <= 1 ? 1 : Integer.highestOneBit(n - 1) << 1;
  }
}
