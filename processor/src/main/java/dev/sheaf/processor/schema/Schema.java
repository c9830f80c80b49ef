package dev.sheaf.processor.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables, columns and foreign keys that a project's DDL files declare, as the processor
 * checks annotations against them. Names compare without quotes and case, except a table
 * created in a MySQL file, which an annotation must name in its case; a name without a schema
 * finds a table of that name in any schema, when there is only one.
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

  /**
   * The table a projection names, as the database would find it: a table created in a MySQL
   * file must be named in the case it was created in ({@code Track}, not {@code track}), as
   * MariaDB and MySQL on Linux compare table names.
   */
  public Optional<Table> table(String name) {
    return lookup(name).filter(t -> t.namedBy(name));
  }

  /**
   * The table of {@code name} in any case and quoting: DDL refers to its own tables so, on every
   * database, and a message can say how a name that {@link #table} does not find was created.
   */
  public Optional<Table> lookup(String name) {
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

  /**
   * The foreign keys in {@code holder} that reference {@code referenced}, tables and column named
   * as a statement must write them ({@link Table#sqlName()}): an inferred name goes into SQL, and
   * must find a table created in quotes, or a case-sensitive MySQL table.
   */
  public List<ForeignKey> foreignKeys(Table holder, Table referenced) {
    List<ForeignKey> found = new ArrayList<>();
    for (ForeignKey key : holder.foreignKeys()) {
      if (lookup(key.referencedTable()).orElse(null) == referenced) {
        found.add(new ForeignKey(holder.sqlName(), holder.columnSqlName(key.column()),
            referenced.sqlName()));
      }
    }
    return found;
  }

  /** The foreign keys in {@code holder}, named as a statement must write them where known. */
  public List<ForeignKey> foreignKeys(Table holder) {
    return holder.foreignKeys().stream()
        .map(key -> new ForeignKey(holder.sqlName(), holder.columnSqlName(key.column()),
            lookup(key.referencedTable()).map(Table::sqlName).orElse(key.referencedTable())))
        .toList();
  }

  /** The table a foreign key references, found in any case, as the DDL that declared it did. */
  public Optional<Table> referenced(ForeignKey key) {
    return lookup(key.referencedTable());
  }

  /** Every foreign key, in any table, that references {@code referenced}. */
  public List<ForeignKey> foreignKeysTo(Table referenced) {
    List<ForeignKey> found = new ArrayList<>();
    for (Table holder : tables.values()) {
      found.addAll(foreignKeys(holder, referenced));
    }
    return found;
  }

  Table create(String name, boolean caseSensitive) {
    Table table = new Table(name, caseSensitive);
    tables.put(table.name(), table);
    return table;
  }

  Optional<Table> drop(String name) {
    Optional<Table> table = lookup(name);
    table.ifPresent(t -> tables.remove(t.name()));
    return table;
  }

  void rename(Table table, String newName) {
    String oldName = table.name();
    tables.remove(oldName);
    table.rename(newName);
    tables.put(table.name(), table);
    for (Table other : tables.values()) {
      other.retarget(oldName, table.name());
    }
  }
}
