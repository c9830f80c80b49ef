package dev.sheaf.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A root query's order as keyset pages read it: columns, each ascending or descending, then the
 * key ascending as the last tie-breaker, which makes the order total. The page after a row holds
 * the rows that come after its values in that order: {@code (a > :a) OR (a = :a AND key > :k)},
 * so the database seeks instead of scanning past an OFFSET.
 *
 * @param columns the order's columns as written, before the key
 * @param descending for each column, whether it is descending
 */
public record KeysetOrder(List<String> columns, List<Boolean> descending) {
  /** A plain or quoted name, qualified or not, then an optional direction. */
  private static final Pattern ITEM = Pattern.compile(
      "(?i)\\s*((?:[A-Za-z_][\\w$]*|\"[^\"]+\"|`[^`]+`)(?:\\.(?:[A-Za-z_][\\w$]*|\"[^\"]+\"|`[^`]+`))?)"
          + "(?:\\s+(ASC|DESC))?\\s*");

  public KeysetOrder {
    columns = List.copyOf(columns);
    descending = List.copyOf(descending);
  }

  /**
   * The order {@code orderBy} (empty for the key alone) with {@code key} as tie-breaker.
   *
   * @throws IllegalArgumentException when an item is not a column with an optional ASC or DESC:
   *     an expression, NULLS FIRST or LAST, which no seek condition can follow on every database
   */
  public static KeysetOrder of(String orderBy, String table, String key) {
    List<String> columns = new ArrayList<>();
    List<Boolean> descending = new ArrayList<>();
    if (orderBy != null && !orderBy.isBlank()) {
      for (String item : orderBy.split(",", -1)) {
        Matcher matcher = ITEM.matcher(item);
        if (!matcher.matches()) {
          throw new IllegalArgumentException("keyset pages need an order of columns, each"
              + " ASC or DESC (such as \"name DESC, " + key + "\"); \"" + item.strip()
              + "\" in \"" + orderBy.strip() + "\" is not one");
        }
        String column = matcher.group(1);
        if (isKey(column, table, key)) {
          break; // the key makes the order total: what follows never decides
        }
        columns.add(column);
        descending.add("DESC".equals(upper(matcher.group(2))));
      }
    }
    return new KeysetOrder(columns, descending);
  }

  private static boolean isKey(String column, String table, String key) {
    String plain = column.replace("\"", "").replace("`", "");
    return plain.equalsIgnoreCase(key) || plain.equalsIgnoreCase(table + "." + key);
  }

  private static String upper(String text) {
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }

  /** The name the i-th cursor value is selected as, and bound by. */
  static String name(int i) {
    return "sheaf_cursor_" + i;
  }

  /**
   * The condition that keeps the rows after the cursor, given the columns as the database
   * writes them and then the key: for each, the ones before it equal to the cursor's values
   * and itself past its value.
   */
  String after(List<String> written) {
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      StringBuilder alternative = new StringBuilder("(");
      for (int j = 0; j < i; j++) {
        alternative.append(written.get(j)).append(" = :").append(name(j)).append(" AND ");
      }
      boolean down = i < descending.size() && descending.get(i);
      alternatives.add(alternative.append(written.get(i)).append(down ? " < :" : " > :")
          .append(name(i)).append(')').toString());
    }
    return String.join(" OR ", alternatives);
  }
}
