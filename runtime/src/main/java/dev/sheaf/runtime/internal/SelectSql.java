package dev.sheaf.runtime.internal;

import dev.sheaf.Aggregate;
import dev.sheaf.runtime.Dialect;
import dev.sheaf.runtime.internal.Select.Computed;
import dev.sheaf.runtime.internal.Select.Link;
import dev.sheaf.runtime.internal.Select.Option;
import dev.sheaf.runtime.internal.Select.Relation;
import dev.sheaf.runtime.internal.Select.Restriction;
import dev.sheaf.runtime.internal.Select.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Select} for one dialect and one kind of load. The shapes, each chosen by
 * measurement (docs/benchmarks.md):
 *
 * <ul>
 *   <li>Aggregates over one relation are computed together in one grouped derived table, LEFT
 *       JOINed on the key; a filtered one is a {@code CASE WHEN} in it. The table groups the
 *       related rows of the whole table (a load of every row), of the key set (the root's or a
 *       reference's), or of the level's rows found by an IN subquery (a collection's key set, a
 *       caller's filter). Correlated subqueries remain for a page or a chunk of the root, which
 *       reads a few rows of many, and on H2, whose IN subqueries do not run as semi-joins.
 *   <li>A top-N is read in order and cut by the repository, until a load reads more than
 *       {@link Select#FAN_OUT} times the rows it keeps; from then on it is cut in SQL with
 *       {@code ROW_NUMBER()} where the database does that faster ({@link Dialect#cutsTopN}),
 *       and the grouped aggregates join the kept rows only.
 *   <li>A junction is joined as a derived table that shows only {@code sheaf_parent} and
 *       {@code sheaf_target}, so a fragment's unqualified names mean the related table's.
 * </ul>
 */
final class SelectSql {
  private static final String INDENT = "       ";

  private final Select select;
  private final Dialect dialect;
  private final Restriction restriction;
  private final KeySet keys;
  private final RootFilter filter;
  private final boolean cutInSql;

  private SelectSql(Select select, Dialect dialect, Restriction restriction, KeySet keys,
      RootFilter filter, boolean cutInSql) {
    this.select = select;
    this.dialect = dialect;
    this.restriction = restriction;
    this.keys = keys;
    this.filter = filter;
    this.cutInSql = cutInSql;
  }

  /**
   * The text of {@code select} on {@code dialect}: {@code keys} writes the key set of a KEYS
   * load, {@code filter} the caller's part of a FILTER load; a top-N is cut in SQL when
   * {@code cutInSql} says so and the dialect can, else read in order for the repository to cut.
   */
  static String render(Select select, Dialect dialect, Restriction restriction, KeySet keys,
      RootFilter filter, boolean cutInSql) {
    return new SelectSql(select, dialect, restriction, keys, filter, cutInSql).render();
  }

  /** {@link #render} with a top-N read in order, as a first load runs it. */
  static String render(
      Select select, Dialect dialect, Restriction restriction, KeySet keys, RootFilter filter) {
    return render(select, dialect, restriction, keys, filter, false);
  }

  /** How a statement computes its aggregates. */
  private enum Aggregates {
    /** Grouped derived tables over the whole related tables: a load of every row. */
    GROUPED,
    /** Grouped, each over the rows related to the key set: the root's or a reference's keys. */
    GROUPED_BY_KEYS,
    /** Grouped, each over the rows related to the level's rows, found by a subquery. */
    GROUPED_BY_ROWS,
    /** A correlated subquery per row: a page of rows, or a database without fast semi-joins. */
    CORRELATED
  }

  private Aggregates aggregates() {
    if (walks()) {
      // The walk's rows, found by their own subquery, never the key set's.
      return DialectSql.joinsSubqueriesFast(dialect)
          ? Aggregates.GROUPED_BY_ROWS : Aggregates.CORRELATED;
    }
    if (restriction == Restriction.EVERY_ROW) {
      return Aggregates.GROUPED;
    }
    if (restriction == Restriction.KEYS && select.parent() == null) {
      return DialectSql.joinsSubqueriesFast(dialect)
          ? Aggregates.GROUPED_BY_KEYS : Aggregates.CORRELATED;
    }
    boolean page = restriction == Restriction.FILTER && (filter.pages() || filter.chunked());
    return DialectSql.joinsSubqueriesFast(dialect) && !page && select.key() != null
        ? Aggregates.GROUPED_BY_ROWS : Aggregates.CORRELATED;
  }

  private String render() {
    boolean topN = cutsTopN();
    Aggregates aggregates = aggregates();
    String rowKey = topN ? "sheaf_top.sheaf_key"
        : select.key() == null ? null : column(select.table(), select.key());
    Map<Relation, String> groups =
        aggregates == Aggregates.CORRELATED ? Map.of() : groupAliases();
    List<String> aliases = topN ? columnAliases() : List.of();

    List<String> columns = new ArrayList<>();
    if (select.parent() != null) {
      columns.add(topN ? "sheaf_top.sheaf_parent" : parentColumn());
    }
    List<Value> values = select.values();
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) instanceof Select.Column column) {
        columns.add(topN ? "sheaf_top." + aliases.get(i) : column(select.table(), column.column()));
      } else {
        Computed computed = (Computed) values.get(i);
        columns.add(groups.isEmpty()
            ? correlated(computed, rowKey)
            : groupedValue(computed, groups.get(computed.relation())));
      }
    }
    if (select.parent() == null && filter.keyset() != null) {
      List<String> keyset = keysetColumns();
      for (int i = 0; i < keyset.size(); i++) {
        columns.add(keyset.get(i) + " AS " + KeysetOrder.name(i));
      }
    }
    StringBuilder sql = new StringBuilder(walks() ? walk() : "").append("SELECT ")
        .append(String.join(",\n" + INDENT, columns)).append('\n');

    List<String> conditions = new ArrayList<>();
    if (topN) {
      sql.append("FROM ").append(nested(ranked(aliases), "FROM ")).append(" sheaf_top\n");
      conditions.add("sheaf_top.sheaf_rank <= " + (select.limitParameter() == null
          ? String.valueOf(select.limit()) : ":" + select.limitParameter()));
    } else {
      sql.append(rows(conditions));
    }
    String related = aggregates == Aggregates.GROUPED_BY_ROWS ? levelKeys() : null;
    for (Map.Entry<Relation, String> group : groups.entrySet()) {
      String alias = group.getValue();
      sql.append("LEFT JOIN ")
          .append(nested(groupedTable(group.getKey(), aggregates, related), "LEFT JOIN "))
          .append(' ').append(alias).append(" ON ").append(alias).append(".sheaf_key = ")
          .append(rowKey).append('\n');
    }
    if (!conditions.isEmpty()) {
      sql.append("WHERE ").append(String.join("\n  AND ", conditions)).append('\n');
    }
    String order = order(topN);
    if (!order.isEmpty()) {
      sql.append("ORDER BY ").append(order).append('\n');
    }
    if (restriction == Restriction.FILTER && filter.pages()) {
      // No OFFSET 0: a first page, a chunk or a page after a cursor reads no row to skip.
      sql.append(filter.offset() > 0 ? "LIMIT :sheaf_limit OFFSET :sheaf_offset\n"
          : "LIMIT :sheaf_limit\n");
    }
    return walks() ? DialectSql.unboundedRecursion(dialect, sql.toString()) : sql.toString();
  }

  /**
   * Whether the statement walks a tree or a chain. Below every row of the table it need not:
   * a tree's rows are every row with a parent, a chain's are among every row. (On H2, whose walk
   * carries paths, a walk from every row of a chain n deep reads n * n / 2 rows.)
   */
  private boolean walks() {
    return select.isTree()
        && (restriction != Restriction.EVERY_ROW || !select.readsWholeTableForEveryParent());
  }

  /**
   * A tree's {@code WITH RECURSIVE sheaf_tree}: the keys of the rows under the key set, level by
   * level, each level the rows whose parent column holds a key of the one above; or for a chain,
   * the rows of the key set and those their column {@code up} references, level by level up.
   * A {@code where} keeps rows out at every level, and with them every row under them. It ends
   * on data with a loop (a row that is its own ancestor): PostgreSQL and MariaDB keep each key
   * once ({@code UNION}), so a walk that comes back adds nothing; H2, whose {@code UNION} walks
   * a loop for ever, carries each row's path and stops before a key already on it. A declared
   * depth counts levels instead, which ends any walk.
   */
  private String walk() {
    String key = column(select.table(), select.key());
    boolean chain = select.up() != null;
    String up = chain ? column(select.table(), select.up()) : null;
    boolean paths = select.depth() == 0 && DialectSql.walksTreesByPath(dialect);
    boolean depths = select.depth() > 0;
    List<String> first = new ArrayList<>();
    String firstFrom = source(select.table(), null, chain ? key : parentColumn(), first);
    List<String> next = new ArrayList<>();
    if (!select.where().isEmpty()) {
      first.add("(" + fragment(select.where()) + ")");
      next.add("(" + fragment(select.where()) + ")");
    }
    if (paths) {
      next.add("NOT ARRAY_CONTAINS(sheaf_tree.sheaf_path, " + key + ")");
    } else if (depths) {
      next.add("sheaf_tree.sheaf_depth < " + select.depth());
    }
    // A chain carries each row's next key up, which the level above joins on.
    String carried = (chain ? ", sheaf_up" : "")
        + (paths ? ", sheaf_path" : depths ? ", sheaf_depth" : "");
    String firstValue = (chain ? ", " + up : "")
        + (paths ? ", ARRAY[" + key + "]" : depths ? ", 1" : "");
    String nextValue = (chain ? ", " + up : "") + (paths ? ", sheaf_tree.sheaf_path || " + key
        : depths ? ", sheaf_tree.sheaf_depth + 1" : "");
    String join = chain ? key + " = sheaf_tree.sheaf_up" : parentColumn() + " = sheaf_tree.sheaf_key";
    List<String> lines = new ArrayList<>();
    lines.add("SELECT " + key + firstValue);
    lines.add(firstFrom.strip());
    where(lines, first);
    // Each key once where nothing but the key (and what it decides) is carried; a path or a
    // depth makes every row new.
    lines.add(paths || depths ? "UNION ALL" : "UNION");
    lines.add("SELECT " + key + nextValue);
    lines.add("FROM sheaf_tree");
    lines.add("JOIN " + table(select.table()) + " ON " + join);
    where(lines, next);
    return "WITH RECURSIVE sheaf_tree(sheaf_key" + carried + ") AS (\n  "
        + String.join("\n", lines).replace("\n", "\n  ") + "\n)\n";
  }

  /** {@code WHERE a AND b} as lines, when there are conditions. */
  private static void where(List<String> lines, List<String> conditions) {
    if (!conditions.isEmpty()) {
      lines.add("WHERE " + String.join("\n  AND ", conditions));
    }
  }

  /**
   * The FROM clause of a tree's rows: the rows {@code sheaf_tree} holds the keys of, each once
   * (a path or a depth reaches a row once per way to it).
   */
  private String treeRows() {
    boolean once = select.depth() == 0 && !DialectSql.walksTreesByPath(dialect);
    String nodes = once ? "sheaf_tree" : "(SELECT DISTINCT sheaf_key FROM sheaf_tree) sheaf_node";
    return "FROM " + nodes + "\nJOIN " + table(select.table()) + " ON "
        + column(select.table(), select.key()) + " = " + (once ? "sheaf_tree" : "sheaf_node")
        + ".sheaf_key\n";
  }

  /**
   * The keys of the level's rows, as a subquery: {@code SELECT book.id FROM book WHERE
   * book.author_id = ANY(:keys)}. Every row the level reads before a top-N cut.
   */
  private String levelKeys() {
    List<String> conditions = new ArrayList<>();
    String from = rows(conditions);
    String sql = "SELECT " + column(select.table(), select.key()) + " " + from.replace('\n', ' ');
    return sql + (conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions));
  }

  /** The names the ranked rows of a top-N give the level's columns, by value index. */
  private List<String> columnAliases() {
    List<String> aliases = new ArrayList<>();
    for (Value value : select.values()) {
      if (value instanceof Select.Column column) {
        String base = plain(column.column());
        String alias = base;
        for (int i = 2; aliases.contains(alias); i++) {
          alias = base + "_" + i;
        }
        aliases.add(alias);
      } else {
        aliases.add(null);
      }
    }
    return aliases;
  }

  private boolean cutsTopN() {
    return select.topN() && select.parent() != null && select.key() != null
        && !select.isTree() && DialectSql.cutsTopN(dialect) && cutInSql;
  }

  /** The FROM clause of the level's rows, adding their conditions to {@code conditions}. */
  private String rows(List<String> conditions) {
    if (walks()) {
      return treeRows(); // the walk has applied the key set and the condition
    }
    String from = source(select.table(), linkOf(select), keyedColumn(), conditions);
    if (select.parent() != null && !select.where().isEmpty()) {
      conditions.add("(" + fragment(select.where()) + ")");
    }
    if (select.parent() == null && restriction == Restriction.FILTER) {
      if (filter.hasCondition()) {
        conditions.add("(" + filter.where() + ")");
      }
      if (filter.after() != null) {
        conditions.add(column(select.table(), select.key()) + " > :sheaf_after");
      }
      if (filter.cursor() != null) {
        conditions.add("(" + filter.keyset().after(keysetColumns()) + ")");
      }
    }
    return from;
  }

  /**
   * A keyset page's order columns as this database writes them, then the key: a caller's order
   * is the database's SQL already, the projection's default is standard SQL.
   */
  private List<String> keysetColumns() {
    List<String> written = new ArrayList<>();
    for (String column : filter.keyset().columns()) {
      written.add(filter.hasOrder() ? column : fragment(column));
    }
    written.add(column(select.table(), select.key()));
    return written;
  }

  /**
   * The statement that counts the root rows {@code filter}'s condition selects, for a page's
   * total: the root table alone, whatever the levels below it join.
   */
  static String count(Select root, Dialect dialect, RootFilter filter) {
    SelectSql count = new SelectSql(root, dialect, Restriction.FILTER, null, filter.forTotal(),
        false);
    List<String> conditions = new ArrayList<>();
    String from = count.rows(conditions);
    return "SELECT COUNT(*)\n" + from
        + (conditions.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", conditions) + "\n");
  }

  /**
   * {@code FROM table} (joined to a junction) for the level's rows: the key set, or for a
   * collection of every parent the condition {@code IS NOT NULL}, on {@code keyed}.
   */
  private String source(String table, Link link, String keyed, List<String> conditions) {
    if (keyed != null && restriction == Restriction.KEYS) {
      return from(table, link, keyed, conditions);
    }
    if (keyed != null && restriction == Restriction.EVERY_ROW) {
      // Every parent's key: the rows of any parent, without sending a key.
      conditions.add(keyed + " IS NOT NULL");
    }
    return from(table, link, null, conditions);
  }

  /**
   * {@code FROM table}, joined to {@code link} when there is one, and when {@code keyed} is
   * given, to the key set on it: a condition added to {@code conditions}, or on H2 a key table
   * joined ahead of the first table. A junction gets the key set inside its derived table, where
   * only its own two columns are named: H2 runs that 1.4 times faster than the key set applied
   * outside (tags of 2,215 books: 3.5 against 5.0 ms), and PostgreSQL and MariaDB alike.
   */
  private String from(String table, Link link, String keyed, List<String> conditions) {
    if (link == null) {
      return "FROM " + keyed(table(table), keyed, conditions) + "\n";
    }
    List<String> inner = new ArrayList<>();
    String parent = column(link.table(), link.parentColumn());
    StringBuilder junction =
        new StringBuilder(keyed(table(link.table()), keyed == null ? null : parent, inner));
    String previous = link.table();
    for (Select.Hop hop : link.hops()) {
      junction.append(" JOIN ").append(table(hop.table())).append(" ON ")
          .append(column(previous, hop.previousColumn())).append(" = ")
          .append(column(hop.table(), hop.column()));
      previous = hop.table();
    }
    String derived = "(SELECT " + parent + " AS sheaf_parent, "
        + column(link.targetTable(), link.targetColumn()) + " AS sheaf_target FROM "
        + junction.toString().replace('\n', ' ')
        + (inner.isEmpty() ? "" : " WHERE " + String.join(" AND ", inner)) + ") sheaf_link";
    return "FROM " + derived + "\nJOIN " + table(table) + " ON " + column(table, link.targetKey())
        + " = sheaf_link.sheaf_target\n";
  }

  /**
   * {@code source} restricted to the key set on {@code keyed}, when given: a key table joined
   * ahead of it (H2), or a condition added to {@code conditions}.
   */
  private String keyed(String source, String keyed, List<String> conditions) {
    if (keyed == null) {
      return source;
    }
    if (keys.table() != null) {
      return keys.table() + "\nJOIN " + source + " ON " + keyed + " = sheaf_keys.sheaf_key";
    }
    conditions.add(keyed + keys.condition());
    return source;
  }

  /** The column a load's key set (or every-parent condition) tests, or null for none. */
  private String keyedColumn() {
    if (select.parent() != null) {
      return parentColumn();
    }
    return restriction == Restriction.KEYS ? column(select.table(), select.key()) : null;
  }

  private String parentColumn() {
    Link link = linkOf(select);
    return link != null ? "sheaf_link.sheaf_parent" : column(select.table(), select.parent().column());
  }

  private static Link linkOf(Select select) {
    return select.parent() == null ? null : select.parent().link();
  }

  /**
   * The rows of a top-N, each with its parent, its columns under {@code aliases}, its key and its
   * place in its parent's order, for the statement to keep the first few of.
   */
  private String ranked(List<String> aliases) {
    List<String> conditions = new ArrayList<>();
    String from = rows(conditions);
    String parent = parentColumn();
    List<String> columns = new ArrayList<>();
    columns.add(parent + " AS sheaf_parent");
    List<Value> values = select.values();
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) instanceof Select.Column column) {
        columns.add(column(select.table(), column.column()) + " AS "
            + DialectSql.identifier(dialect, aliases.get(i)));
      }
    }
    columns.add(column(select.table(), select.key()) + " AS sheaf_key");
    columns.add("ROW_NUMBER() OVER (PARTITION BY " + parent + " ORDER BY " + collectionOrder()
        + ") AS sheaf_rank");
    StringBuilder sql = new StringBuilder("SELECT ")
        .append(String.join(",\n" + INDENT, columns)).append('\n').append(from);
    if (!conditions.isEmpty()) {
      sql.append("WHERE ").append(String.join("\n  AND ", conditions)).append('\n');
    }
    return sql.toString();
  }

  private String order(boolean topN) {
    if (topN) {
      return "sheaf_top.sheaf_parent, sheaf_top.sheaf_rank";
    }
    if (select.parent() != null) {
      // Each parent's rows together, in their order: an index on (parent, order) can serve
      // it, where the order alone sorts every row (the reference's shape: 1.3 against 3.1 ms
      // on H2 at 1,000 authors).
      if (select.ordersKeysInJava()) {
        // A whole table comes in key order from its primary key for free (H2, InnoDB); a key
        // set's rows do not, and the repository sorts them.
        return restriction == Restriction.EVERY_ROW ? column(select.table(), select.key()) : "";
      }
      // Through a junction no index holds the parent beside the related table's order, and
      // sorting by both cost MariaDB 2 to 3 times sorting by the order alone.
      return linkOf(select) != null
          ? collectionOrder() : parentColumn() + ", " + collectionOrder();
    }
    if (restriction == Restriction.KEYS) {
      return ""; // the repository puts the rows in the order of the keys given
    }
    String key = column(select.table(), select.key());
    String order;
    if (restriction == Restriction.FILTER && filter.chunked()) {
      order = null; // a chunk is in key order: the next chunk starts after its last key
    } else if (filter.hasOrder()) {
      order = filter.orderBy();
    } else {
      order = select.orderBy().isEmpty() ? null : fragment(select.orderBy());
    }
    return order == null || order.isBlank() || order.equals(key) ? key : order + ", " + key;
  }

  private String collectionOrder() {
    String tie = column(select.table(), select.tieBreaker());
    String order = select.orderBy().strip();
    boolean tieAlready = order.equalsIgnoreCase(select.tieBreaker())
        || order.equalsIgnoreCase(select.table() + "." + select.tieBreaker());
    return order.isEmpty() ? tie : tieAlready ? fragment(order) : fragment(order) + ", " + tie;
  }

  /** The relations of grouped aggregates, each with its derived table's alias. */
  private Map<Relation, String> groupAliases() {
    Map<Relation, String> aliases = new LinkedHashMap<>();
    List<String> taken = new ArrayList<>();
    for (Value value : select.values()) {
      if (value instanceof Computed computed && !aliases.containsKey(computed.relation())) {
        String base = "sheaf_" + plain(computed.relation().table());
        String alias = base;
        for (int i = 2; taken.contains(alias); i++) {
          alias = base + i;
        }
        taken.add(alias);
        aliases.put(computed.relation(), alias);
      }
    }
    return aliases;
  }

  /**
   * One grouped derived table: every aggregate over {@code relation}, by the key it holds; over
   * the rows related to the key set, or to the level's rows ({@code levelKeys}), as
   * {@code aggregates} says.
   */
  private String groupedTable(Relation relation, Aggregates aggregates, String levelKeys) {
    List<Computed> computed = new ArrayList<>();
    for (Value value : select.values()) {
      if (value instanceof Computed c && c.relation().equals(relation)) {
        computed.add(c);
      }
    }
    String shared = computed.get(0).where();
    for (Computed c : computed) {
      if (!c.where().equals(shared)) {
        shared = null;
        break;
      }
    }
    String foreignKey = relatedKey(relation);
    List<String> columns = new ArrayList<>();
    columns.add(foreignKey + " AS sheaf_key");
    for (Computed c : computed) {
      String where = shared == null ? c.where() : "";
      columns.add(aggregate(c, where) + " AS " + name(c));
    }
    List<String> conditions = new ArrayList<>();
    boolean keyed = aggregates == Aggregates.GROUPED_BY_KEYS;
    String from = from(relation.table(), relation.link(), keyed ? foreignKey : null, conditions);
    if (levelKeys != null) {
      conditions.add(foreignKey + " IN (" + levelKeys + ")");
    }
    if (shared != null && !shared.isEmpty()) {
      conditions.add("(" + fragment(shared) + ")");
    }
    StringBuilder sql = new StringBuilder("SELECT ")
        .append(String.join(",\n" + INDENT, columns)).append('\n').append(from);
    if (!conditions.isEmpty()) {
      sql.append("WHERE ").append(String.join("\n  AND ", conditions)).append('\n');
    }
    return sql.append("GROUP BY ").append(foreignKey).toString();
  }

  /** The column of a relation's rows that holds the owner's key. */
  private String relatedKey(Relation relation) {
    return relation.link() != null
        ? "sheaf_link.sheaf_parent"
        : column(relation.table(), relation.foreignKey());
  }

  /** The aggregate's SQL over its relation's rows, filtered by {@code where} with CASE. */
  private String aggregate(Computed c, String where) {
    String value = c.column().isEmpty() ? "1" : column(c.relation().table(), c.column());
    if (where.isEmpty()) {
      return aggregateOf(c, c.column().isEmpty() ? "*" : value);
    }
    return aggregateOf(c, "CASE WHEN (" + fragment(where) + ") THEN " + value + " END");
  }

  /** A grouped aggregate as the level's row reads it: 0 (or false) where no row is related. */
  private String groupedValue(Computed c, String alias) {
    String value = alias + "." + name(c);
    if (c.function() == Aggregate.Function.EXISTS) {
      return "COALESCE(" + value + ", 0) > 0";
    }
    return c.has(Option.OR_ZERO) ? "COALESCE(" + value + ", 0)" : value;
  }

  /**
   * The aggregate as a subquery correlated to {@code correlation}. When the relation is the
   * level's own table, the related rows are first selected in a derived table of their own, so
   * that a fragment naming the table means the related row, not the level's.
   */
  private String correlated(Computed c, String correlation) {
    Relation relation = c.relation();
    boolean self = plain(relation.table()).equalsIgnoreCase(plain(select.table()));
    String body;
    String aggregate;
    if (self) {
      List<String> inner = new ArrayList<>();
      String from = from(relation.table(), relation.link(), null, inner);
      if (!c.where().isEmpty()) {
        inner.add("(" + fragment(c.where()) + ")");
      }
      String value = c.column().isEmpty() ? "" : ", " + column(relation.table(), c.column())
          + " AS sheaf_value";
      body = " FROM (SELECT " + relatedKey(relation) + " AS sheaf_key" + value + " "
          + from.replace('\n', ' ').strip()
          + (inner.isEmpty() ? "" : " WHERE " + String.join(" AND ", inner))
          + ") sheaf_related WHERE sheaf_related.sheaf_key = " + correlation + ")";
      aggregate = aggregateOf(c, c.column().isEmpty() ? "*" : "sheaf_related.sheaf_value");
    } else {
      List<String> conditions = new ArrayList<>();
      String from = from(relation.table(), relation.link(), null, conditions).replace('\n', ' ').strip();
      conditions.add(relatedKey(relation) + " = " + correlation);
      if (!c.where().isEmpty()) {
        conditions.add("(" + fragment(c.where()) + ")");
      }
      body = " " + from + " WHERE " + String.join(" AND ", conditions) + ")";
      aggregate = aggregateOf(c, c.column().isEmpty() ? "*" : column(relation.table(), c.column()));
    }
    return switch (c.function()) {
      case EXISTS -> "EXISTS (SELECT 1" + body;
      case SUM -> c.has(Option.OR_ZERO)
          ? "COALESCE((SELECT " + aggregate + body + ", 0)"
          : "(SELECT " + aggregate + body;
      default -> "(SELECT " + aggregate + body;
    };
  }

  /** The aggregate function of {@code c} over {@code value}: a column, a CASE or {@code *}. */
  private String aggregateOf(Computed c, String value) {
    return switch (c.function()) {
      case COUNT, EXISTS -> "COUNT(" + value + ")";
      case COUNT_DISTINCT -> "COUNT(DISTINCT " + value + ")";
      case AVG -> "AVG(" + DialectSql.averaged(dialect, value, c.has(Option.AS_DOUBLE)) + ")";
      case SUM, MIN, MAX -> c.function().name() + "(" + value + ")";
      case AUTO, COLLECT -> throw new IllegalArgumentException(
          "not a scalar aggregate: " + c.function());
    };
  }

  /** {@code column} qualified by {@code table}, unless the annotation already qualified it. */
  private String column(String table, String column) {
    if (column.contains(".")) {
      return DialectSql.identifier(dialect, column);
    }
    return DialectSql.identifier(dialect, table) + "." + DialectSql.identifier(dialect, column);
  }

  private String table(String table) {
    return DialectSql.identifier(dialect, table);
  }

  private String name(Computed c) {
    return DialectSql.identifier(dialect, c.name());
  }

  /** An annotation's SQL, written in standard SQL, as this database writes it. */
  private String fragment(String sql) {
    return DialectSql.render(dialect, sql);
  }

  /** A name without quotes or schema, for an alias: {@code library."order"} to {@code order}. */
  private static String plain(String name) {
    String last = name.substring(name.lastIndexOf('.') + 1);
    return last.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
  }

  /**
   * {@code select} in parentheses after {@code prefix} (what its line starts with): each line
   * after the first indented to stay in line with the first.
   */
  private static String nested(String select, String prefix) {
    String indent = " ".repeat(prefix.length() + 1);
    return "(" + select.strip().replace("\n", "\n" + indent) + ")";
  }
}
