package dev.sheaf.processor.fuzz;

import java.util.List;
import java.util.stream.Stream;

/** What the generator picks from: names, SQL strings and Java types, valid and not. */
final class Pools {
  private Pools() {}

  // ---------------------------------------------------------------- Java names

  /** Type names, many of them also names the generated code uses or Java keywords once lowered. */
  static final List<String> TYPE_NAMES = List.of(
      "Author", "Book", "Review", "Tag", "Publisher", "Order", "Item", "Card", "Line", "Node",
      "Load", "Loader", "Page", "Rows", "RowReader", "RootFilter", "RootQuery", "Columns", "Jdbi",
      "Handle", "StatementContext", "ColumnMapper", "Generated", "List", "Map", "Set", "Optional",
      "Collection", "ArrayList", "Record", "Entry", "Override", "Case", "Class", "Double",
      "Switch", "Default", "Package", "Import", "Return", "Static", "Final", "Public", "New",
      "Int", "Long", "Yield", "Var", "Ärger", "Café", "Δelta", "$Dollar", "Under_Score", "URL",
      "X", "Dto", "author");

  /** Field names a person writes, in every case style, and some unicode. */
  private static final List<String> PLAIN_NAMES = List.of(
      "name", "title", "pages", "price", "country", "createdAt", "publishedOn", "URLText", "html",
      "aB", "x", "a", "_under", "trailing_", "camelCaseName", "a$b", "$", "größe", "名前", "café",
      "Δx", "ALLCAPS", "mixedUP", "sum", "count");

  /** Field names that are SQL keywords, or names the generated code uses for itself. */
  private static final List<String> LOADED_NAMES = List.of(
      "order", "select", "group", "user", "key", "value", "limit", "from", "where", "table",
      "column", "index", "check", "desc", "offset", "rows", "row", "load", "keys", "built", "rs",
      "ctx", "parentKey", "loader", "jdbi", "handle", "method", "given", "filter", "STATEMENTS",
      "page", "byKeys", "findAll", "findById", "findAllById", "query", "attach", "reader", "items",
      "rowKeys", "idKey", "stringMapper", "yield", "record", "var", "sealed", "permits", "equals");

  /** Legal field names in a class, never in a record (or an interface's methods). */
  static final List<String> OBJECT_METHOD_NAMES = List.of(
      "hashCode", "toString", "getClass", "wait", "notify", "notifyAll", "clone", "finalize");

  static final List<String> FIELD_NAMES =
      Stream.concat(PLAIN_NAMES.stream(), LOADED_NAMES.stream()).toList();

  // ---------------------------------------------------------------- SQL strings

  /** Names the processor takes as SQL identifiers, reserved words among them. */
  static final List<String> SQL_NAMES = List.of(
      "book", "author_id", "library.book", "_x", "x$y", "order", "user", "select", "public.order",
      "A", "CamelCase", "t1", "Group", "KEY", "value", "rows",
      "a_very_long_identifier_name_that_goes_on_and_on_for_a_while_0123456789_abcdefghijklmnopqrstuv");

  /** Strings that are not SQL identifiers; the processor must say so, not crash on them. */
  static final List<String> BAD_SQL_NAMES = List.of(
      " ", "a b", "a.b.c", "1abc", "'q'", "\"q r\"", "`t`", "x;DROP TABLE y", "x--", "größe", "名前",
      "a-b", "tab\there", "new\nline", ".", "a.", ".a", "\\", "a\"\"\"b", "a.b ", " a", "$x",
      "a.1b", "*", "(select 1)", "a/*c*/", "\u0000", "%s");

  /** where and orderBy strings: SQL the processor pastes into text blocks as it is written. */
  static final List<String> SQL_TEXTS = List.of(
      "pages > 300", "x = 'a''b'", "title LIKE '%\"%'", "a\nb", "\"\"\"", "\\", "x = '\\'",
      "ends with a space ", "ends with a tab\t", "1=1; DROP TABLE author; --", "/* c */ x = 1",
      "*/", "é = 'ü'", "${x}", "%s %d %n", "\r\n", "$1 \\$2", "{@code x}", "\\u0041", "\\u000a",
      "\"\"\"\"\"\"", "\" ", "line\n  indented\n\tmore", "trailing\\", "\u0000", "\u001b[0m",
      "name DESC NULLS LAST", "x::int = 1", "'a:b' = x", "random()", "id DESC, name", "  leading spaces",
      "\n", "\n\n", "unicode ✓ 名前", "select \"order\" from \"user\"", "\"", "\"\"", "'",
      "a\"\"\"\nb", "x\\\"\"\"", "form feed\f\nat a line's end", "vertical tab\u000B",
      "unit separator\u001F", "em space\u2003", "no-break space\u00A0");

  /** SQL with a parameter, which an orderBy cannot take: PARAMETER_IN_SQL. */
  static final List<String> SQL_WITH_PARAMETERS =
      List.of("x = ?", ":keys", "pages > :minimum AND x::int = 1", "a = 'it''s' AND b = :b");

  /** SQL with a positional parameter, which a where cannot take either: PARAMETER_IN_SQL. */
  static final List<String> SQL_WITH_POSITIONAL =
      List.of("x = ?", "a = 'it''s' AND b = ?", "pages > ? AND x::int = 1");

  /** SQL naming a parameter Sheaf binds itself: RESERVED_PARAMETER. */
  static final List<String> SQL_WITH_RESERVED =
      List.of("id IN (:keys)", "x > :sheaf_after", "x = :SHEAF_limit AND y::int = 1");

  static final List<Integer> LIMITS = List.of(0, 1, 3, 1_000_000, Integer.MAX_VALUE);
  static final List<Integer> NEGATIVE_LIMITS = List.of(-1, -3, Integer.MIN_VALUE);

  // ---------------------------------------------------------------- Java types

  static final List<String> KEY_TYPES = List.of(
      "long", "int", "java.lang.String", "java.util.UUID", "java.lang.Long", "java.lang.Integer");

  /** Readable as a column, but no key. */
  static final List<String> NOT_KEY_TYPES = List.of(
      "short", "double", "boolean", "java.math.BigDecimal", "java.time.LocalDate", "byte[]",
      "java.util.Optional<java.lang.Long>", "java.lang.Short", "java.lang.Object",
      "java.util.OptionalLong", "float");

  /** Types a column reads into. */
  static final List<String> COLUMN_TYPES = List.of(
      "long", "int", "short", "byte", "double", "float", "boolean", "java.lang.Long",
      "java.lang.Integer", "java.lang.Short", "java.lang.Byte", "java.lang.Double",
      "java.lang.Float", "java.lang.Boolean", "java.lang.Character", "java.lang.String",
      "java.math.BigDecimal", "java.math.BigInteger", "java.util.UUID", "java.time.LocalDate",
      "java.time.LocalDateTime", "java.time.Instant", "java.time.OffsetDateTime",
      "java.time.ZonedDateTime", "java.time.LocalTime", "java.time.Duration", "java.time.DayOfWeek",
      "byte[]", "int[]", "java.lang.String[]", "long[][]", "java.lang.Object", "java.net.URI",
      "java.util.Optional<java.lang.String>", "java.util.Optional<java.time.LocalDate>",
      "java.util.Optional<java.lang.Long>", "java.util.Optional<java.math.BigDecimal>",
      "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble");

  /** Not readable from a column, and not a collection or a projection either. */
  static final List<String> UNSUPPORTED_TYPES = List.of(
      "char", "java.util.Map<java.lang.String, java.lang.Integer>",
      "java.util.Optional<java.util.Optional<java.lang.String>>", "java.util.Optional<?>",
      "java.util.Optional<int[]>", "java.util.function.Supplier<java.lang.String>",
      "java.lang.Comparable<java.lang.String>", "java.lang.Class<?>",
      "java.util.Optional<java.util.List<java.lang.String>>",
      "java.util.Map.Entry<java.lang.String, java.lang.Long>",
      "java.util.Optional<? extends java.lang.Number>");

  static final List<String> COUNT_TYPES = List.of("int", "long", "java.lang.Integer", "java.lang.Long");
  static final List<String> EXISTS_TYPES = List.of("boolean", "java.lang.Boolean");
  static final List<String> SUM_TYPES = List.of(
      "long", "int", "short", "byte", "double", "float", "java.lang.Long", "java.lang.Integer",
      "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.math.BigDecimal",
      "java.math.BigInteger", "java.util.OptionalInt", "java.util.OptionalLong",
      "java.util.OptionalDouble", "java.util.Optional<java.math.BigDecimal>",
      "java.util.Optional<java.lang.Long>", "java.util.Optional<java.lang.Double>");
  static final List<String> AVG_TYPES = List.of(
      "java.lang.Double", "java.lang.Float", "java.math.BigDecimal", "java.util.OptionalDouble",
      "java.util.Optional<java.lang.Double>", "java.util.Optional<java.math.BigDecimal>",
      "java.lang.Long", "java.lang.Integer", "java.math.BigInteger");
  static final List<String> MIN_MAX_TYPES = List.of(
      "java.lang.Integer", "java.lang.Long", "java.lang.String", "java.time.LocalDate",
      "java.time.Instant", "java.math.BigDecimal", "java.util.UUID", "java.util.OptionalInt",
      "java.util.OptionalLong", "java.util.OptionalDouble", "java.util.Optional<java.time.LocalDate>",
      "java.util.Optional<java.lang.String>", "byte[]", "java.lang.Boolean");

  /** Elements of a collected column: readable, not primitive. */
  static final List<String> ELEMENT_TYPES = List.of(
      "java.lang.String", "java.lang.Long", "java.lang.Integer", "java.time.LocalDate",
      "java.util.UUID", "java.math.BigDecimal", "byte[]", "java.util.Optional<java.lang.String>",
      "java.lang.Double", "java.lang.Boolean", "java.time.Instant", "java.lang.String[]");

  /** Element types a collection cannot collect, even with a column. */
  static final List<String> BAD_ELEMENT_TYPES = List.of(
      "? extends java.lang.Number", "java.util.List<java.lang.String>",
      "java.util.Map<java.lang.String, java.lang.String>", "?", "? super java.lang.Long",
      "java.util.Optional<?>");

  static final List<String> CONTAINERS =
      List.of("java.util.List", "java.util.Set", "java.util.Collection");
}
