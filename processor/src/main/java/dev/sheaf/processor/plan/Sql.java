package dev.sheaf.processor.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/** Small SQL pieces the planner joins into statements. */
final class Sql {
  /** The alias of the bound key set, and its one column. */
  static final String KEYS = "sheaf_keys";
  static final String KEY = "sheaf_key";

  private Sql() {}

  /** {@code column} qualified by {@code table}, unless the user already qualified it. */
  static String qualify(String table, String column) {
    return column.contains(".") ? column : table + "." + column;
  }

  /**
   * The key set bound as one array parameter and joined as a table: H2 tests {@code = ANY(?)} by
   * scanning the array for every row, a join does not (see DESIGN.md, statement shape).
   */
  static String keySet(TypeName keyType) {
    return "FROM TABLE(" + KEY + " " + sqlType(keyType) + " = :keys) " + KEYS;
  }

  /** {@code JOIN table ON table.column = sheaf_keys.sheaf_key}. */
  static String joinKeys(String table, String column) {
    return "JOIN " + table + " ON " + qualify(table, column) + " = " + KEYS + "." + KEY;
  }

  private static String sqlType(TypeName keyType) {
    TypeName boxed = keyType.box();
    if (boxed.equals(ClassName.get(Long.class))) {
      return "BIGINT";
    }
    if (boxed.equals(ClassName.get(Integer.class))) {
      return "INTEGER";
    }
    if (boxed.equals(ClassName.get(String.class))) {
      return "VARCHAR";
    }
    if (boxed.equals(ClassName.get(java.util.UUID.class))) {
      return "UUID";
    }
    throw new IllegalArgumentException("not a key type: " + keyType);
  }
}
