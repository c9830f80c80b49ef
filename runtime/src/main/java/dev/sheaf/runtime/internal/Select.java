package dev.sheaf.runtime.internal;

import dev.sheaf.Aggregate;
import dev.sheaf.runtime.Dialect;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One statement of a generated repository, in parts: the rows of one level (the root, a
 * collection or a reference) and the values read from each. A {@link Dialect} renders it, for
 * each kind of load ({@link Restriction}), as the SQL its database runs fastest; nothing reads
 * a finished text back. Generated repositories build one per statement with the fluent methods
 * below; {@link #sql(Dialect, Restriction)} shows what runs.
 *
 * <p>Names are written as the annotations gave them, a reserved name in standard double quotes
 * ({@code "order"}). A fragment ({@code where}, {@code orderBy}) is rendered where only its own
 * table's names are visible, so an unqualified name, or one qualified by the table's name,
 * always means that table's column.
 */
public final class Select {
  /** What an aggregate computes; never {@code AUTO} or {@code COLLECT}. */
  public enum Option {
    /** The aggregate of no rows is 0, not null: COUNT, EXISTS, and SUM into a primitive. */
    OR_ZERO,
    /** AVG into a double: computed in double precision, as Java would from the same values. */
    AS_DOUBLE
  }

  /** Which rows of the level a load reads. */
  public enum Restriction {
    /** Every row of the table (a collection: every row with a parent). */
    EVERY_ROW,
    /** The rows whose key (a collection: whose parent's key) is in the key set. */
    KEYS,
    /** The root rows a caller's condition, order, limit and offset select. */
    FILTER
  }

  /**
   * The rows related to a level's row, over which aggregates are computed: the rows of
   * {@code table} whose {@code foreignKey} holds its key, or with a junction, the rows of
   * {@code table} whose {@code targetKey} a row of {@code through} links to the key.
   */
  public record Relation(String table, String foreignKey, Link link) {
    public Relation {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(foreignKey, "foreignKey");
    }
  }

  /**
   * A junction: its rows link {@code parentColumn} (the owner's key) to {@code targetColumn}
   * (the related table's {@code targetKey}). On a longer path, {@code hops} join more tables
   * after the junction, and {@code targetColumn} is a column of the last of them.
   */
  public record Link(String table, String parentColumn, String targetColumn, String targetKey,
      List<Hop> hops) {
    public Link {
      hops = List.copyOf(hops);
    }

    /** The table {@code targetColumn} is a column of: the junction's, or the last hop's. */
    public String targetTable() {
      return hops.isEmpty() ? table : hops.get(hops.size() - 1).table();
    }
  }

  /**
   * One more table on a path: {@code JOIN table ON previous.previousColumn = table.column},
   * {@code previous} being the junction or the hop before.
   */
  public record Hop(String table, String previousColumn, String column) {}

  /** One value of a row, in column order. */
  public sealed interface Value permits Column, Computed {}

  /** A column of the level's table. */
  public record Column(String column) implements Value {}

  /**
   * An aggregate of the related rows.
   *
   * @param name what the generated row calls it: names its column where SQL needs one
   * @param column the related column read; empty for COUNT(*) and EXISTS
   * @param where a condition on the related rows; empty for none
   */
  public record Computed(String name, Aggregate.Function function, Relation relation,
      String column, String where, List<Option> options) implements Value {
    public Computed {
      options = List.copyOf(options);
    }

    boolean has(Option option) {
      return options.contains(option);
    }
  }

  /**
   * How a collection's rows hang off their parent: {@code column} of the table holds the
   * parent's key, or with a junction, {@code link} does.
   */
  public record Parent(String column, Link link) {}

  private final int number;
  private final String label;
  private final String table;
  private final String key;
  private final Parent parent;
  private final List<Value> values = new ArrayList<>();
  /**
   * Rendered texts that depend only on the dialect, the restriction, the key set's text and
   * where a top-N is cut.
   */
  private final Map<Rendering, String> rendered = new ConcurrentHashMap<>();
  /**
   * Whether a load found this top-N reading more than {@link #FAN_OUT} times the rows it keeps:
   * from then on the database cuts it, where it can (docs/benchmarks.md).
   */
  private volatile boolean cutInSql;
  /** The rows the last read of the whole table for every parent gave; -1 before one. */
  private volatile int everyRowRead = -1;
  private String where = "";
  private String orderBy = "";
  private String tieBreaker;
  private int limit;
  /** The call-time parameter that gives the limit, or null. */
  private String limitParameter;
  private boolean keyOrderInJava;
  /** Whether the rows are every row under the key set, at any depth: a tree of one table. */
  private final boolean tree;
  /** A tree's levels below the key set that are read; 0 for all. */
  private int depth;
  /** A chain's column that holds the key of the next row up; null for a tree walked down. */
  private String up;

  /**
   * How many more rows than a top-N keeps a load may read before the database cuts them
   * instead: below it, reading the rows in order and cutting in Java measured as fast or faster
   * on PostgreSQL and MariaDB; from twice the kept rows up, {@code ROW_NUMBER()} wins.
   */
  static final int FAN_OUT = 2;

  private Select(int number, String label, String table, String key, Parent parent, boolean tree) {
    this.number = number;
    this.label = label;
    this.table = table;
    this.key = key;
    this.parent = parent;
    this.tree = tree;
    this.tieBreaker = key;
  }

  /** The root rows of {@code table}, whose key column is {@code key}. */
  public static Select root(int number, String label, String table, String key) {
    return new Select(number, label, table, key, null, false);
  }

  /** The rows of {@code table} whose {@code parentColumn} holds a parent's key. */
  public static Select children(
      int number, String label, String table, String key, String parentColumn) {
    return new Select(number, label, table, key, new Parent(parentColumn, null), false);
  }

  /** The rows of {@code table} a junction links to a parent's key. */
  public static Select childrenThrough(
      int number, String label, String table, String key, Link link) {
    return new Select(number, label, table, key, new Parent(null, link), false);
  }

  /**
   * The rows of {@code table} under a parent's key at every depth: those whose
   * {@code parentColumn} holds the key, the rows whose {@code parentColumn} holds theirs, and so
   * on (a comment thread, an org chart). One recursive statement reads them all, each row once
   * with its own parent, and ends on data with a loop.
   */
  public static Select tree(
      int number, String label, String table, String key, String parentColumn) {
    return new Select(number, label, table, key, new Parent(parentColumn, null), true);
  }

  /**
   * The rows of {@code table} whose key is one a reference holds, and the rows their
   * {@code upColumn} references, and so on to the top (an employee's managers): a tree of one
   * table walked up, in one recursive statement that ends on data with a loop.
   */
  public static Select chain(int number, String label, String table, String key, String upColumn) {
    Select select = new Select(number, label, table, key, null, true);
    select.up = upColumn;
    return select;
  }

  /** The rows of {@code table} whose key is one a reference holds. */
  public static Select referenced(int number, String label, String table, String key) {
    return new Select(number, label, table, key, null, false);
  }

  /** The related rows of {@code table} whose {@code foreignKey} holds the key. */
  public static Relation over(String table, String foreignKey) {
    return new Relation(table, foreignKey, null);
  }

  /** The related rows of {@code table} linked by a junction. */
  public static Relation over(String table, Link link) {
    return new Relation(table, link.parentColumn(), link);
  }

  /**
   * A junction {@code table} from {@code parentColumn} to the related {@code targetKey}, through
   * {@code hops} on a longer path; {@code targetColumn} is then the last hop's.
   */
  public static Link link(String table, String parentColumn, String targetColumn,
      String targetKey, Hop... hops) {
    return new Link(table, parentColumn, targetColumn, targetKey, List.of(hops));
  }

  /** A table on a path, joined on {@code previousColumn} of the table before it. */
  public static Hop hop(String table, String previousColumn, String column) {
    return new Hop(table, previousColumn, column);
  }

  /** Reads {@code column} of the level's table. */
  public Select column(String column) {
    values.add(new Column(column));
    return this;
  }

  /** Reads an aggregate of related rows. */
  public Select aggregate(String name, Aggregate.Function function, Relation relation,
      String column, String where, Option... options) {
    values.add(new Computed(name, function, relation, column, where, List.of(options)));
    return this;
  }

  /** Keeps the rows that satisfy {@code where}, SQL on the table's columns. */
  public Select where(String where) {
    this.where = where;
    return this;
  }

  /** Orders each parent's rows by {@code orderBy} (root: the default order). */
  public Select orderBy(String orderBy) {
    this.orderBy = orderBy;
    return this;
  }

  /** The column that breaks ties after the order: the key, or a collected value. */
  public Select tieBreaker(String column) {
    this.tieBreaker = column;
    return this;
  }

  /**
   * Leaves the order out of a key set's SQL: the collection is ordered by its whole-number key,
   * which the repository sorts in Java exactly as the database would, and cheaper (MariaDB took
   * twice as long to send a key set's reviews ordered). A whole table is still read in key
   * order, which its primary key gives for free.
   */
  public Select keyOrderInJava() {
    this.keyOrderInJava = true;
    return this;
  }

  /**
   * Keeps at most as many rows per parent as the call-time parameter {@code :name} says, bound
   * when loading (top-N).
   */
  public Select limitParameter(String name) {
    this.limitParameter = name;
    return this;
  }

  /** Keeps at most {@code limit} rows per parent (top-N). */
  public Select limit(int limit) {
    this.limit = limit;
    return this;
  }

  /** Reads a tree {@code depth} levels down from the key set, not all of it. */
  public Select depth(int depth) {
    if (!tree || depth < 1) {
      throw new IllegalArgumentException("a depth of 1 or more, on a tree: " + depth);
    }
    this.depth = depth;
    return this;
  }

  /** The statement's number in its load, 1 for the root. */
  public int number() {
    return number;
  }

  /** What failures and Javadoc call it, such as {@code AuthorCard.books}. */
  public String label() {
    return label;
  }

  /** The level's table. */
  public String table() {
    return table;
  }

  /** The key column of the level's table; null for a collection of column values. */
  public String key() {
    return key;
  }

  /** How a collection's rows hang off their parent; null for the root and a reference. */
  public Parent parent() {
    return parent;
  }

  /** What each row reads after the parent key, in column order. */
  public List<Value> values() {
    return Collections.unmodifiableList(values);
  }

  /** The collection's condition on its rows; empty for none. */
  public String where() {
    return where;
  }

  /** The collection's order, or the root's default order; empty for the key's. */
  public String orderBy() {
    return orderBy;
  }

  /** The column that breaks ties after {@link #orderBy()}. */
  public String tieBreaker() {
    return tieBreaker;
  }

  /** Whether the repository, not the SQL, puts the rows in key order. */
  public boolean ordersKeysInJava() {
    return keyOrderInJava;
  }

  /** Whether the rows are every row under the key set ({@link #tree}). */
  public boolean isTree() {
    return tree;
  }

  /** A tree's levels read below the key set; 0 for all. */
  public int depth() {
    return depth;
  }

  /**
   * Whether the level's rows for every parent row of the table are found without a key set:
   * always, but for a tree or a chain whose where or depth leaves rows out, which only its walk
   * finds.
   */
  boolean readsWholeTableForEveryParent() {
    return !tree || (where.isEmpty() && depth == 0);
  }

  /** A chain's column holding the key of the next row up; null for anything else. */
  public String up() {
    return up;
  }

  /** At most this many rows per parent; 0 for all, or for a limit given when loading. */
  public int limit() {
    return limit;
  }

  /** The call-time parameter that gives the limit; null for a fixed limit or none. */
  public String limitParameter() {
    return limitParameter;
  }

  /** Whether a top-N cuts the rows of each parent: a fixed limit, or one given when loading. */
  public boolean topN() {
    return limit > 0 || limitParameter != null;
  }

  /** Whether the database cuts this top-N: a load found it reading many more rows than kept. */
  boolean cutsInSql() {
    return cutInSql;
  }

  /** The rows the last read of the whole table for every parent gave; -1 before one. */
  int everyRowRead() {
    return everyRowRead;
  }

  /** Notes that a read of the whole table for every parent gave {@code rows} rows. */
  void everyRowRead(int rows) {
    if (everyRowRead != rows) {
      everyRowRead = rows;
    }
  }

  /**
   * Notes what a load of this top-N read: {@code read} rows for {@code parents} parents, keeping
   * {@code limit} each. Past {@link #FAN_OUT} times what it keeps, later loads let the database
   * cut it.
   */
  void read(int read, int parents, int limit) {
    if (limit > 0 && !cutInSql && read > (long) FAN_OUT * limit * parents) {
      cutInSql = true;
    }
  }

  /**
   * The text {@code render} makes for {@code dialect}, {@code restriction} and the key set
   * {@code keys}, rendered once: for texts that depend on nothing else (no caller's filter, no
   * keys bound one by one).
   */
  String rendered(Dialect dialect, Restriction restriction, KeySet keys, boolean cutInSql,
      Supplier<String> render) {
    return rendered.computeIfAbsent(new Rendering(dialect, restriction, keys, cutInSql),
        rendering -> render.get());
  }

  /** What a fixed text depends on. */
  private record Rendering(
      Dialect dialect, Restriction restriction, KeySet keys, boolean cutInSql) {}

  /**
   * The SQL that runs on {@code dialect} for {@code restriction}, with the key set as the
   * parameter {@code :keys} (MariaDB: a list of literals, shown here as {@code (:keys)}) and a
   * root filter as a condition {@code <where>}; a top-N as a first load reads it, in order (see
   * {@link #FAN_OUT}). For reading and tests; loads render through {@link Load}.
   */
  public String sql(Dialect dialect, Restriction restriction) {
    return SelectSql.render(this, dialect, restriction, KeySet.shown(dialect), RootFilter.shown());
  }
}
