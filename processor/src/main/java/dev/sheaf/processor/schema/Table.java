package dev.sheaf.processor.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A table as the schema files leave it once every statement has run. Its name is kept twice:
 * folded, to find it, and as created, for messages and for SQL that must match it, since a
 * MySQL or MariaDB table name is case-sensitive on Linux.
 */
public final class Table {
  private String name;
  private String created;
  private String spelled;
  private final boolean caseSensitive;
  private final Map<String, SqlColumn> columns = new LinkedHashMap<>();
  /** Each column's name as the DDL spelled it, quotes kept, by normalized name. */
  private final Map<String, String> columnSpellings = new LinkedHashMap<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  /** The normalized columns that some index (a key, a unique constraint, an index) starts with. */
  private final Set<String> indexed = new HashSet<>();

  Table(String created, boolean caseSensitive) {
    this.name = SqlNames.normalize(created);
    this.created = SqlNames.asWritten(created);
    this.spelled = created.trim();
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
  public boolean caseSensitive() {
    return caseSensitive;
  }

  /** The name as the DDL spelled it, quotes kept: {@code "Album"}, {@code public.film}. */
  public String spelled() {
    return spelled;
  }

  /**
   * The name as a statement must write it to find this table: {@code "Album"} for a PostgreSQL
   * table created in quotes with capitals, {@code Track} for a MySQL one, {@code film} otherwise.
   */
  public String sqlName() {
    return SqlNames.sqlName(spelled, tableCase());
  }

  /**
   * How the database compares a name with this table's: PostgreSQL and H2 fold an unquoted name
   * and keep a quoted one; MySQL and MariaDB on Linux keep a table's name as written.
   */
  NameCase tableCase() {
    return caseSensitive ? NameCase.AS_WRITTEN : NameCase.FOLDED_UNLESS_QUOTED;
  }

  /** How the database compares column names: as table names, except that MySQL ignores case. */
  NameCase columnCase() {
    return caseSensitive ? NameCase.IGNORED : NameCase.FOLDED_UNLESS_QUOTED;
  }

  /** Whether {@code written} (an annotation's name, maybe schema-qualified) finds this table. */
  public boolean namedBy(String written) {
    return tableCase().identity(lastPart(written)).equals(tableCase().identity(lastPart(spelled)));
  }

  /** The column {@code name} in any case and quoting: whether it is written right is {@link #namesColumn}'s to say. */
  public Optional<SqlColumn> column(String name) {
    return Optional.ofNullable(columns.get(SqlNames.normalize(name)));
  }

  /** Whether {@code written} finds the column it names in any case as the database would. */
  public boolean namesColumn(String written) {
    String spelling = columnSpellings.get(SqlNames.normalize(written));
    return spelling != null && columnCase().identity(written).equals(columnCase().identity(spelling));
  }

  /** The column (normalized name) as the DDL spelled it, quotes kept. */
  public String columnSpelled(String column) {
    return columnSpellings.getOrDefault(SqlNames.normalize(column), column);
  }

  /** The column (normalized name) as a statement must write it to find it; see {@link #sqlName()}. */
  public String columnSqlName(String column) {
    return SqlNames.sqlName(columnSpelled(column), columnCase());
  }

  private static String lastPart(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
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
    spelled = newName.trim();
    foreignKeys.replaceAll(key -> new ForeignKey(created, key.column(), key.referencedTable()));
  }

  /** A column inherited from a parent table, spelled as the parent spelled it. */
  void inherit(Table parent, SqlColumn column) {
    putColumn(column, parent.columnSpelled(column.name()));
  }

  void putColumn(SqlColumn column, String spelled) {
    columns.put(SqlNames.normalize(column.name()), column);
    columnSpellings.put(SqlNames.normalize(column.name()), spelled.trim());
  }

  void dropColumn(String column) {
    String dropped = SqlNames.normalize(column);
    columns.remove(dropped);
    columnSpellings.remove(dropped);
    indexed.remove(dropped);
    foreignKeys.removeIf(key -> key.column().equals(dropped));
  }

  /** Renames a column in place: the order of columns is the order a SELECT * would give. */
  void renameColumn(String from, String to) {
    String renamed = SqlNames.normalize(from);
    String newName = SqlNames.normalize(to);
    Map<String, SqlColumn> before = new LinkedHashMap<>(columns);
    Map<String, String> spellings = new LinkedHashMap<>(columnSpellings);
    columns.clear();
    columnSpellings.clear();
    before.forEach((name, column) -> {
      if (name.equals(renamed)) {
        putColumn(new SqlColumn(SqlNames.asWritten(to), column.declaredType(), column.kind()), to);
      } else {
        putColumn(column, spellings.get(name));
      }
    });
    foreignKeys.replaceAll(key -> key.column().equals(renamed)
        ? new ForeignKey(created, SqlNames.normalize(to), key.referencedTable())
        : key);
    if (indexed.remove(renamed)) {
      indexed.add(newName);
    }
  }

  /**
   * Whether an index starts with {@code column}, so a lookup by it needs no scan: a primary key,
   * a unique constraint, an index, or (in a MySQL file) a foreign key, which InnoDB indexes.
   */
  public boolean indexStartsWith(String column) {
    return indexed.contains(SqlNames.normalize(column));
  }

  /** An index on {@code columns}, in order: only its first column serves a lookup by one column. */
  void addIndex(List<String> columns) {
    if (columns != null && !columns.isEmpty()) {
      indexed.add(SqlNames.normalize(columns.get(0)));
    }
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
