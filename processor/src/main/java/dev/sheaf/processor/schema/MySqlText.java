package dev.sheaf.processor.schema;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a schema file is written for MySQL or MariaDB, from the syntax only they use:
 * backticked names, table options ({@code ENGINE=}, {@code AUTO_INCREMENT}), mysqldump's
 * versioned comments ({@code /*!40101 ...}). Their types read differently: a BOOLEAN column is
 * a TINYINT(1), which an {@code int} field reads as well as a {@code boolean}.
 */
final class MySqlText {
  private static final Pattern VERSIONED_COMMENT = Pattern.compile("(?m)^/\\*!\\d{5}");
  private static final Pattern TABLE_SIGNS =
      Pattern.compile("(?i)`|\\bENGINE\\s*=|\\bAUTO_INCREMENT\\b");

  private MySqlText() {}

  /**
   * Whether the script is MySQL's: a line opening with a versioned comment, or a CREATE TABLE
   * with a MySQL sign. Only there: a backtick in a PostgreSQL dump's data or comments says nothing.
   */
  static boolean is(String script, List<SqlScript.Piece> pieces) {
    return VERSIONED_COMMENT.matcher(script).find() || pieces.stream()
        .map(SqlScript.Piece::text)
        .anyMatch(text -> text.regionMatches(true, 0, "CREATE", 0, 6)
            && TABLE_SIGNS.matcher(text).find());
  }

  /** The column as MySQL stores it: BOOLEAN and BOOL are TINYINT(1), so integers too. */
  static SqlColumn column(SqlColumn declared) {
    String first = declared.declaredType().trim().split("[\\s(]", 2)[0];
    if (first.equalsIgnoreCase("boolean") || first.equalsIgnoreCase("bool")) {
      return new SqlColumn(declared.name(), declared.declaredType() + " (TINYINT(1) on MySQL)",
          SqlKind.INTEGER);
    }
    return declared;
  }
}
