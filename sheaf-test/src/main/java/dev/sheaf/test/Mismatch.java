package dev.sheaf.test;

import java.util.List;

/** The message of a check that counted another number of statements than expected. */
final class Mismatch {
  /** Longer SQL (a literal IN list of 100,000 keys) is cut, as Jdbi cuts it in its exceptions. */
  static final int MAX_SQL = 1_024;
  /** An N+1 loop over 100,000 rows shows its pattern in the first hundred statements. */
  static final int MAX_LISTED = 100;

  private Mismatch() {}

  static String message(int expected, List<RanStatement> ran, String scope, String hint) {
    StringBuilder message = new StringBuilder()
        .append("expected ").append(statements(expected)).append(" ").append(scope)
        .append(", but ").append(ran.size()).append(" ran").append(ran.isEmpty() ? "" : ":");
    for (int i = 0; i < Math.min(ran.size(), MAX_LISTED); i++) {
      RanStatement statement = ran.get(i);
      String number = (i + 1) + ". ";
      String indent = " ".repeat(2 + number.length());
      message.append("\n  ").append(number)
          .append(cut(statement.sql()).strip().replace("\n", "\n" + indent));
      statement.failure().ifPresent(failure ->
          message.append("\n").append(indent).append("(failed: ")
              .append(String.valueOf(failure.getMessage()).strip().replace("\n", "\n" + indent))
              .append(")"));
    }
    if (ran.size() > MAX_LISTED) {
      message.append("\n  ... and ").append(ran.size() - MAX_LISTED).append(" more");
    }
    if (ran.size() < expected && !hint.isEmpty()) {
      message.append("\n").append(hint);
    }
    return message.toString();
  }

  private static String statements(int count) {
    return count == 1 ? "1 statement" : count + " statements";
  }

  private static String cut(String sql) {
    return sql.length() <= MAX_SQL
        ? sql
        : sql.substring(0, MAX_SQL) + "... (" + sql.length() + " characters)";
  }
}
