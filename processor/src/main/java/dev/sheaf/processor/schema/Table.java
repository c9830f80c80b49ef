package dev.sheaf.processor.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A table as the schema files leave it once every statement has run. */
public final class Table {
  private String name;
  private final Map<String, SqlColumn> columns = new LinkedHashMap<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();

  Table(String name) {
    this.name = name;
  }

  /** The normalized, possibly schema-qualified name. */
  public String name() {
    return name;
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
    name = newName;
    foreignKeys.replaceAll(key -> new ForeignKey(newName, key.column(), key.referencedTable()));
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
        putColumn(new SqlColumn(newName, column.declaredType(), column.kind()));
      } else {
        columns.put(name, column);
      }
    });
    foreignKeys.replaceAll(key -> key.column().equals(renamed)
        ? new ForeignKey(name, SqlNames.normalize(to), key.referencedTable())
        : key);
  }

  void addForeignKey(String column, String referencedTable) {
    ForeignKey key = new ForeignKey(name, SqlNames.normalize(column), SqlNames.normalize(referencedTable));
    if (!foreignKeys.contains(key)) {
      foreignKeys.add(key);
    }
  }

  void retarget(String oldName, String newName) {
    foreignKeys.replaceAll(key -> key.referencedTable().equals(oldName)
        ? new ForeignKey(name, key.column(), newName)
        : key);
  }
}
