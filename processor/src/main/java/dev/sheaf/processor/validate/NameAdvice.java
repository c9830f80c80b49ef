package dev.sheaf.processor.validate;

import java.util.Locale;

/** What to say about a name the schema has in another case or quoting than an annotation wrote. */
final class NameAdvice {
  private NameAdvice() {}

  /**
   * Why the name {@code spelled} (as the DDL wrote it) is not found as the annotation wrote it:
   * the end of a sentence starting "created as X, which".
   */
  static String why(String spelled, boolean mysqlFile, boolean table) {
    if (mysqlFile && table) {
      return "MariaDB and MySQL on Linux find only in that case (lower_case_table_names=0)";
    }
    boolean quoted = spelled.endsWith("\"") || spelled.endsWith("`") || spelled.endsWith("]");
    return quoted
        ? "keeps its case: the database finds it only when a statement writes it in quotes, in that case"
        : "the database folded to lower case (" + spelled.toLowerCase(Locale.ROOT)
            + "); a quoted name must be written in that case, or without quotes";
  }

  /** {@code sqlName} as it goes between the quotes of a Java string: {@code "Album"} to {@code \"Album\"}. */
  static String inJava(String sqlName) {
    return sqlName.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
