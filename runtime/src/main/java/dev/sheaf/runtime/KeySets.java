package dev.sheaf.runtime;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.Query;

/**
 * Binds a key set as array parameters. One array holds at most {@value #MAX_ARRAY} keys (H2's
 * array cardinality limit); a larger set is split over several arrays in the same statement,
 * joined as one table, so a level still costs one statement whatever the number of keys.
 */
final class KeySets {
  /** H2 rejects a longer array: "Value too long for column ARRAY". */
  static final int MAX_ARRAY = 65_536;

  /** The key set as generated SQL writes it: {@code TABLE(sheaf_key BIGINT = :keys)}. */
  private static final Pattern KEY_TABLE =
      Pattern.compile("TABLE\\(sheaf_key (\\w+) = :" + Load.KEYS + "\\)");

  private KeySets() {}

  /** {@code sql} for {@code count} keys: as written, or with the key table split into parts. */
  static String sql(String sql, int count) {
    int parts = parts(count);
    if (parts == 1) {
      return sql;
    }
    Matcher table = KEY_TABLE.matcher(sql);
    if (!table.find()) {
      throw new IllegalArgumentException("no key table in " + sql);
    }
    StringBuilder union = new StringBuilder("(");
    for (int part = 0; part < parts; part++) {
      union.append(part == 0 ? "" : " UNION ALL ")
          .append("SELECT sheaf_key FROM TABLE(sheaf_key ").append(table.group(1))
          .append(" = :").append(Load.KEYS).append('_').append(part).append(')');
    }
    union.append(')');
    return sql.substring(0, table.start()) + union + sql.substring(table.end());
  }

  /** Binds {@code keys} as the array(s) {@link #sql} wrote. */
  static <K> void bind(Query query, Class<K> keyType, List<K> keys) {
    int parts = parts(keys.size());
    if (parts == 1) {
      query.bindArray(Load.KEYS, keyType, keys);
      return;
    }
    for (int part = 0; part < parts; part++) {
      List<K> slice = keys.subList(part * MAX_ARRAY, Math.min(keys.size(), (part + 1) * MAX_ARRAY));
      query.bindArray(Load.KEYS + "_" + part, keyType, slice);
    }
  }

  private static int parts(int count) {
    return Math.max(1, (count + MAX_ARRAY - 1) / MAX_ARRAY);
  }
}
