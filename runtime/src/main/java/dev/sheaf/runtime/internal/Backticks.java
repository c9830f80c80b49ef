package dev.sheaf.runtime.internal;

/**
 * Rewrites the standard SQL quoted identifiers of generated statements ({@code "order"}) as
 * MySQL and MariaDB write them ({@code `order`}), leaving string literals and comments alone.
 * Generated statements quote only reserved names, and the SQL fragments of annotations use
 * standard SQL quoting: {@code 'text'} for strings, {@code "name"} for names.
 */
final class Backticks {
  private Backticks() {}

  static String of(String sql) {
    if (sql.indexOf('"') < 0) {
      return sql;
    }
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'') {
        int end = Math.min(sql.length(), endOfQuoted(sql, i, '\''));
        out.append(sql, i, end);
        i = end;
      } else if (c == '-' && sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? sql.length() : end;
        out.append(sql, i, end);
        i = end;
      } else if (c == '/' && sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? sql.length() : end + 2;
        out.append(sql, i, end);
        i = end;
      } else if (c == '"' && endOfQuoted(sql, i, '"') <= sql.length()) {
        int end = endOfQuoted(sql, i, '"');
        String name = sql.substring(i + 1, end - 1).replace("\"\"", "\"");
        out.append('`').append(name.replace("`", "``")).append('`');
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * The index after the quote that closes the one at {@code start} (a doubled quote is escaped),
   * or past the end when none does.
   */
  private static int endOfQuoted(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length() + 1;
  }
}
