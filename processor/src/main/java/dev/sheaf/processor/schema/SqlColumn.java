package dev.sheaf.processor.schema;

/** A column as the DDL declares it: its name, its declared type, and what that type holds. */
public record SqlColumn(String name, String declaredType, SqlKind kind) {
  static SqlColumn of(String name, String declaredType, boolean array) {
    return new SqlColumn(name, declaredType + (array ? "[]" : ""),
        array ? SqlKind.OTHER : SqlKind.of(declaredType));
  }
}
