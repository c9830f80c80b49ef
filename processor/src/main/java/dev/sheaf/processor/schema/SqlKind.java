package dev.sheaf.processor.schema;

import java.util.Locale;
import java.util.Map;

/**
 * What a column's declared SQL type holds, coarsely enough to spot a Java field that cannot hold
 * it. Types Sheaf does not know (JSON, arrays, user-defined types, intervals) are {@link #OTHER}
 * and never checked: a user may have a Jdbi column mapper for them.
 */
public enum SqlKind {
  INTEGER("long, int or a boxed Long/Integer"),
  DECIMAL("BigDecimal (or long or double)"),
  FLOAT("double or Double"),
  TEXT("String"),
  BOOLEAN("boolean or Boolean"),
  DATE("LocalDate"),
  TIME("LocalTime"),
  TIMESTAMP("LocalDateTime, OffsetDateTime or Instant"),
  UUID("UUID or String"),
  BINARY("byte[]"),
  OTHER("a type with a Jdbi column mapper");

  /** The first word of a declared type, lower-cased, to its kind. */
  private static final Map<String, SqlKind> BY_NAME = Map.ofEntries(
      Map.entry("tinyint", INTEGER), Map.entry("smallint", INTEGER), Map.entry("mediumint", INTEGER),
      Map.entry("int", INTEGER), Map.entry("integer", INTEGER), Map.entry("bigint", INTEGER),
      Map.entry("int2", INTEGER), Map.entry("int4", INTEGER), Map.entry("int8", INTEGER),
      Map.entry("smallserial", INTEGER), Map.entry("serial", INTEGER), Map.entry("bigserial", INTEGER),
      Map.entry("serial2", INTEGER), Map.entry("serial4", INTEGER), Map.entry("serial8", INTEGER),
      Map.entry("numeric", DECIMAL), Map.entry("decimal", DECIMAL), Map.entry("dec", DECIMAL),
      Map.entry("number", DECIMAL), Map.entry("money", DECIMAL),
      Map.entry("real", FLOAT), Map.entry("float", FLOAT), Map.entry("float4", FLOAT),
      Map.entry("float8", FLOAT), Map.entry("double", FLOAT), Map.entry("decfloat", FLOAT),
      Map.entry("char", TEXT), Map.entry("character", TEXT), Map.entry("varchar", TEXT),
      Map.entry("nchar", TEXT), Map.entry("nvarchar", TEXT), Map.entry("varchar2", TEXT),
      Map.entry("nvarchar2", TEXT), Map.entry("varchar_ignorecase", TEXT), Map.entry("text", TEXT),
      Map.entry("tinytext", TEXT), Map.entry("mediumtext", TEXT), Map.entry("longtext", TEXT),
      Map.entry("clob", TEXT), Map.entry("nclob", TEXT), Map.entry("citext", TEXT),
      Map.entry("boolean", BOOLEAN), Map.entry("bool", BOOLEAN), Map.entry("bit", BOOLEAN),
      Map.entry("date", DATE),
      Map.entry("time", TIME), Map.entry("timetz", TIME),
      Map.entry("timestamp", TIMESTAMP), Map.entry("timestamptz", TIMESTAMP),
      Map.entry("datetime", TIMESTAMP), Map.entry("datetime2", TIMESTAMP),
      Map.entry("uuid", UUID),
      Map.entry("bytea", BINARY), Map.entry("blob", BINARY), Map.entry("binary", BINARY),
      Map.entry("varbinary", BINARY), Map.entry("tinyblob", BINARY), Map.entry("mediumblob", BINARY),
      Map.entry("longblob", BINARY));

  private final String javaTypes;

  SqlKind(String javaTypes) {
    this.javaTypes = javaTypes;
  }

  /** The Java types that read this kind, for a message saying what to write instead. */
  public String javaTypes() {
    return javaTypes;
  }

  /** The kind of a declared type such as {@code varchar (40)} or {@code timestamp with time zone}. */
  public static SqlKind of(String declared) {
    String first = declared.trim().toLowerCase(Locale.ROOT).split("[\\s(\\[]", 2)[0];
    return BY_NAME.getOrDefault(first, OTHER);
  }

  /** Whether a declared integer type holds 64 bits, so an {@code int} field may overflow. */
  public static boolean isWideInteger(String declared) {
    String first = declared.trim().toLowerCase(Locale.ROOT).split("[\\s(]", 2)[0];
    return first.equals("bigint") || first.equals("int8") || first.equals("bigserial")
        || first.equals("serial8");
  }
}
