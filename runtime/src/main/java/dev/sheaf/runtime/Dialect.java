package dev.sheaf.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
   * MariaDB and MySQL, which have no array parameters. The keys are {@code IN} lists of at most
   * {@link SheafConfig#getInListLimit()} keys, one statement per list. Whole-number keys are
   * written into the list as literals, {@code IN (1, 2, 3)}: it is the text both drivers send
   * for a bound list anyway (they prepare on the client by default), and it skips Jdbi's work
   * per bound parameter, which made a load by key set of 1,000 authors 1.4 times slower than
   * hand-written JDBC. Other keys are bound, {@code IN (?, ?, ?)}.
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
      boolean literal = WHOLE_NUMBERS.contains(keyType);
      List<KeySetStatement> statements = new ArrayList<>();
      for (List<K> slice : slices(keys, config.getInListLimit())) {
        StringBuilder list = new StringBuilder(slice.size() * (literal ? 8 : 3) + 5).append("IN (");
        for (int i = 0; i < slice.size(); i++) {
          list.append(i == 0 ? "" : ", ").append(literal ? slice.get(i).toString() : "?");
        }
        list.append(')');
        statements.add(new KeySetStatement(predicate.replaceMarker(list.toString()),
            literal ? query -> {} : query -> {
              for (int i = 0; i < slice.size(); i++) {
                query.bind(i, slice.get(i));
              }
            }));
      }
      return statements;
    }
  };

  /** Key types whose {@code toString()} is an SQL literal that cannot carry anything else. */
  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(Long.class, Integer.class, Short.class, Byte.class);

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
}
