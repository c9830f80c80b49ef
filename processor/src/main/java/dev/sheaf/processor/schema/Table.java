package dev.sheaf.processor.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table as the schema files leave it once every statement has run. Its name is kept twice:
 * folded, to find it, and as created, for messages and for SQL that must match it, since a
 * MySQL or MariaDB table name is case-sensitive on Linux.
 */
public final class Table {
  private String name;
  private String created;
  private final boolean caseSensitive;
  private final Map<String, SqlColumn> columns = new LinkedHashMap<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();

  Table(String created, boolean caseSensitive) {
    this.name = SqlNames.normalize(created);
    this.created = SqlNames.asWritten(created);
    this.caseSensitive = caseSensitive;
  }

  /** The normalized, possibly schema-qualified name. */
  public String name() {
    return name;
  }

  /** The name as the DDL wrote it, quotes dropped: {@code Track}, {@code public.film}. */
  public String created() {
    return created;
  }

  /** Whether the name must be written in the case it was created in (a MySQL table). */
  boolean caseSensitive() {
    return caseSensitive;
  }

  public Optional<SqlColumn> column(String name) {
    return Optional.ofNullable(columns.get(SqlNames.normalize(name)));
  }

  public Collection<SqlColumn> columns() {
    return columns.values();
  }

  public List<ForeignKey> foreignKeys() {
    return foreignKeys;
  }

  void rename(String newName) {
    name = SqlNames.normalize(newName);
    created = SqlNames.asWritten(newName);
    foreignKeys.replaceAll(key -> new ForeignKey(created, key.column(), key.referencedTable()));
  }

  void putColumn(SqlColumn column) {
    columns.put(SqlNames.normalize(column.name()), column);
  }

  void dropColumn(String column) {
    String dropped = SqlNames.normalize(column);
    columns.remove(dropped);
    foreignKeys.removeIf(key -> key.column().equals(dropped));
  }

  /** Renames a column in place: the order of columns is the order a SELECT * would give. */
  void renameColumn(String from, String to) {
    String renamed = SqlNames.normalize(from);
    String newName = SqlNames.normalize(to);
    Map<String, SqlColumn> before = new LinkedHashMap<>(columns);
    columns.clear();
    before.forEach((name, column) -> {
      if (name.equals(renamed)) {
        putColumn(new SqlColumn(SqlNames.asWritten(to), column.declaredType(), column.kind()));
      } else {
        columns.put(name, column);
      }
    });
    foreignKeys.replaceAll(key -> key.column().equals(renamed)
        ? new ForeignKey(created, SqlNames.normalize(to), key.referencedTable())
        : key);
  }

  void addForeignKey(String column, String referencedTable) {
    ForeignKey key = new ForeignKey(created, SqlNames.normalize(column), SqlNames.normalize(referencedTable));
    if (!foreignKeys.contains(key)) {
      foreignKeys.add(key);
    }
  }

  void retarget(String oldName, String newName) {
    foreignKeys.replaceAll(key -> key.referencedTable().equals(oldName)
        ? new ForeignKey(created, key.column(), newName)
        : key);
  }
}
