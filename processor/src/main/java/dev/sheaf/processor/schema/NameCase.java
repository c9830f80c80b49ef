package dev.sheaf.processor.schema;

/**
 * How a database compares a name with the name as created: the rule decides whether
 * {@code Album}, {@code album} and {@code "Album"} are one table.
 */
enum NameCase {
  /**
   * Standard SQL, as PostgreSQL runs it: a quoted name keeps its case, an unquoted one is folded
   * (to lower case; H2 folds to upper case, which agrees whenever both sides are unquoted).
   */
  FOLDED_UNLESS_QUOTED,
  /** A MySQL or MariaDB table name on Linux ({@code lower_case_table_names=0}): always as written. */
  AS_WRITTEN,
  /** A MySQL or MariaDB column name: never case-sensitive, quoted or not. */
  IGNORED;

  /** One part of a name (no dots) as this rule compares it. */
  String identity(String part) {
    String name = SqlNames.unquote(part.trim());
    boolean keepsCase = this == AS_WRITTEN || (this == FOLDED_UNLESS_QUOTED && SqlNames.quoted(part.trim()));
    return keepsCase ? name : SqlNames.lowerCase(name);
  }

  /**
   * One part of a name as created ({@code part}, quotes and all) as a statement must write it to
   * find it: in standard double quotes only where folding would lose its case.
   */
  String sqlName(String part) {
    String name = SqlNames.unquote(part.trim());
    boolean needsQuotes = this == FOLDED_UNLESS_QUOTED && SqlNames.quoted(part.trim())
        && !name.equals(SqlNames.lowerCase(name));
    return needsQuotes ? '"' + name + '"' : name;
  }
}
