package dev.sheaf.processor.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables, columns and foreign keys that a project's DDL files declare, as the processor
 * checks annotations against them. Names compare without quotes and case; a name without a
 * schema finds a table of that name in any schema, when there is only one.
 */
public final class Schema {
  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final List<SkippedStatement> skipped = new ArrayList<>();
  private final String source;

  Schema(String source) {
    this.source = source;
  }

  /** Where the schema was read from, for messages: "2 files in db/migration". */
  public String source() {
    return source;
  }

  public Optional<Table> table(String name) {
    String wanted = SqlNames.normalize(name);
    Table exact = tables.get(wanted);
    if (exact != null) {
      return Optional.of(exact);
    }
    String simple = SqlNames.simple(wanted);
    List<Table> sameName = tables.values().stream()
        .filter(t -> SqlNames.simple(t.name()).equals(simple)
            && (simple.equals(wanted) || !t.name().contains(".")))
        .toList();
    return sameName.size() == 1 ? Optional.of(sameName.get(0)) : Optional.empty();
  }

  /** Table statements that could not be read, in file order; each is a warning. */
  public List<SkippedStatement> skipped() {
    return List.copyOf(skipped);
  }

  void skip(SkippedStatement statement) {
    skipped.add(statement);
  }

  public Collection<Table> tables() {
    return tables.values();
  }

  /** The foreign keys in {@code holder} that reference {@code referenced}. */
  public List<ForeignKey> foreignKeys(Table holder, Table referenced) {
    List<ForeignKey> found = new ArrayList<>();
    for (ForeignKey key : holder.foreignKeys()) {
      if (table(key.referencedTable()).orElse(null) == referenced) {
        found.add(key);
      }
    }
    return found;
  }

  /** Every foreign key, in any table, that references {@code referenced}. */
  public List<ForeignKey> foreignKeysTo(Table referenced) {
    List<ForeignKey> found = new ArrayList<>();
    for (Table holder : tables.values()) {
      found.addAll(foreignKeys(holder, referenced));
    }
    return found;
  }

  Table create(String name) {
    Table table = new Table(SqlNames.normalize(name));
    tables.put(table.name(), table);
    return table;
  }

  Optional<Table> drop(String name) {
    Optional<Table> table = table(name);
    table.ifPresent(t -> tables.remove(t.name()));
    return table;
  }

  void rename(Table table, String newName) {
    String oldName = table.name();
    tables.remove(oldName);
    table.rename(SqlNames.normalize(newName));
    tables.put(table.name(), table);
    for (Table other : tables.values()) {
      other.retarget(oldName, table.name());
    }
  }
}
