package dev.sheaf.runtime.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters an SQL fragment names, as Jdbi's colon-prefix syntax reads them: {@code :name}
 * for a named parameter and {@code ?} for a positional one. Quoted text, quoted names and
 * PostgreSQL's {@code ::} casts hold none. The processor reads annotation SQL with it and the
 * runtime a query's condition, so both agree on what a parameter is.
 */
public final class SqlParameters {
  private SqlParameters() {}

  /** The parameters of {@code sql} in order of appearance: names without the colon, and "?". */
  public static List<String> in(String sql) {
    List<String> found = new ArrayList<>();
    if (sql == null) {
      return found;
    }
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int close = sql.indexOf(c, i + 1);
        i = close < 0 ? sql.length() : close;
      } else if (c == '?') {
        found.add("?");
      } else if (c == ':' && i + 1 < sql.length()) {
        if (sql.charAt(i + 1) == ':') {
          i++; // a cast, x::int
        } else if (Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
          int end = i + 1;
          while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
            end++;
          }
          found.add(sql.substring(i + 1, end));
          i = end - 1;
        }
      }
    }
    return found;
  }
}
