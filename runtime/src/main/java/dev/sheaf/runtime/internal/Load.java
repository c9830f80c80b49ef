package dev.sheaf.runtime.internal;

import dev.sheaf.runtime.Dialect;
import dev.sheaf.runtime.LoadException;
import dev.sheaf.runtime.SheafConfig;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * One load in progress: the handle (already in the load's transaction) and the name under which
 * its failures are reported.
 */
public final class Load {
  /** The name of the array parameter that binds a key set. */
  static final String KEYS = "keys";

  /** Key types whose {@code toString()} is an SQL literal that cannot carry anything else. */
  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(Long.class, Integer.class, Short.class, Byte.class);

  private final Handle handle;
  private final Dialect dialect;
  private final String name;
  private final int statements;
  /** The call-time parameters every statement binds (those it names are used). */
  private final Map<String, Object> parameters;
  /** The extra connections that parts of this load may run on; null when it runs in sequence. */
  private final Branches branches;
  /** The cursor values of the last root row a keyset page read. */
  private List<Object> lastCursor;

  Load(Handle handle, Dialect dialect, String name, int statements,
      Map<String, Object> parameters) {
    this(handle, dialect, name, statements, parameters, null);
  }

  Load(Handle handle, Dialect dialect, String name, int statements,
      Map<String, Object> parameters, Branches branches) {
    this.handle = handle;
    this.dialect = dialect;
    this.name = name;
    this.statements = statements;
    this.parameters = parameters;
    this.branches = branches;
  }

  /** This load's part on {@code other}, an extra connection that imported its snapshot. */
  Load on(Handle other) {
    return new Load(other, dialect, name, statements, parameters, branches);
  }

  /** Whether this load's statements run on {@code other}. */
  boolean runsOn(Handle other) {
    return handle == other;
  }

  /** What this load's failures are reported as, such as {@code "AuthorCardRepository.findAll"}. */
  String name() {
    return name;
  }

  /**
   * {@code part} of this load, which does not depend on the parts forked beside it: run now on
   * this load's connection (the default), or, when {@link SheafConfig#setParallelConnections}
   * gave this load extra connections on PostgreSQL and one is free, started on it, to run while
   * this thread goes on. {@link Fork#join} gives its value either way. A part's rows are those of
   * the load's one snapshot, whichever connection reads them.
   */
  public <T> Fork<T> fork(Function<Load, T> part) {
    if (branches == null) {
      return Fork.done(part.apply(this));
    }
    return branches.fork(this, part);
  }

  /**
   * {@link #fork(Function)} for a part that reads the rows of {@code keys}: with fewer than
   * {@link SheafConfig#getParallelMinimumKeys()} keys (none: no statement) it runs in place and
   * takes no connection.
   */
  public <T> Fork<T> fork(Collection<?> keys, Function<Load, T> part) {
    if (branches == null || !branches.worthIt(keys.size())) {
      return Fork.done(part.apply(this));
    }
    return branches.fork(this, part);
  }

  /**
   * Runs {@code select} (a reference's, or the root's) for the rows whose key is one of
   * {@code keys} (distinct), and reads every row. The dialect writes the keys: one array on H2
   * and PostgreSQL, whatever their number; IN lists on MariaDB and MySQL, one statement per list
   * when the keys outnumber {@link SheafConfig#getInListLimit()}. No keys, no statement: a
   * level with nothing to look up skips its statement, and so those below it.
   */
  public <K, R> List<R> byKeys(
      Select select, Class<K> keyType, List<K> keys, RowReader.Factory<R> reader) {
    if (keys.isEmpty()) {
      return new ArrayList<>();
    }
    return keyed(select, keyType, keys, reader);
  }

  /**
   * Runs {@code select}, a collection's rows for the parent keys {@code keys}: by key set, as
   * {@link #byKeys}, unless {@code everyParent} says the keys are those of every row of the
   * parent's table. Then the statement reads every row that has a parent ({@code IS NOT NULL})
   * and no key is sent: the rows the key set would select, from a statement the database runs
   * 1.3 to 3 times faster than one that tests each row against a thousand keys or more
   * (docs/benchmarks.md). A tree under every row is every row with a parent, and a chain
   * above every row is among every row, so neither walks; unless a where or a depth leaves
   * rows out, which only the walk can tell. No keys, no statement, as for {@link #byKeys}; the
   * list is the caller's to sort and cut.
   */
  public <K, R> List<R> children(Select select, Class<K> keyType, List<K> keys,
      boolean everyParent, RowReader.Factory<R> reader) {
    if (keys.isEmpty()) {
      // Before the limit is read: a level with no keys judges no parameter.
      return new ArrayList<>();
    }
    boolean cutInSql = select.cutsInSql();
    // A limit given when loading is checked before the statement that may cut by it.
    int limit = select.topN() ? limit(select) : 0;
    List<R> rows;
    if (everyParent && select.readsWholeTableForEveryParent()) {
      Fork<List<R>> prefetched = branches == null ? null : branches.prefetched(select);
      rows = prefetched != null ? prefetched.joinOn(this) : everyRow(select, reader);
      select.everyRowRead(rows.size());
    } else {
      rows = keyed(select, keyType, keys, reader);
    }
    if (!cutInSql && DialectSql.cutsTopN(dialect)) {
      select.read(rows.size(), keys.size(), limit);
    }
    return rows;
  }

  /**
   * Starts reading the whole table of {@code select}, a collection right below the root, on
   * another connection, when {@code filter} selects every root row and this load has extra
   * connections: such a collection reads its table whole ({@link #children}), so it need not
   * wait for the root statement, which then runs beside it. Only a table whose last such read
   * gave at least {@link SheafConfig#getParallelMinimumKeys()} rows; otherwise, and in a
   * sequential load, nothing happens here and {@link #children} reads the table itself.
   */
  public <R> void prefetch(RootFilter filter, Select select, RowReader.Factory<R> reader) {
    if (branches == null || !filter.everyRow() || filter.keyset() != null
        || !select.readsWholeTableForEveryParent()
        || select.topN() && select.limitParameter() != null
        || !branches.worthIt(select.everyRowRead())) {
      return;
    }
    branches.prefetch(select, this, part -> part.everyRow(select, reader));
  }

  /** Every row of {@code select}'s table that has a parent ({@code IS NOT NULL}). */
  private <R> List<R> everyRow(Select select, RowReader.Factory<R> reader) {
    String sql = render(select, Select.Restriction.EVERY_ROW, null, RootFilter.all());
    return select(select, sql, query -> {}, reader);
  }

  /**
   * Runs the root statement {@code select} for {@code filter}: its condition, its order (else
   * the default) with the key as the last tie-breaker, its limit and offset; and reads every
   * row.
   */
  public <R> List<R> root(Select select, RootFilter filter, RowReader.Factory<R> reader) {
    Select.Restriction restriction =
        filter.everyRow() ? Select.Restriction.EVERY_ROW : Select.Restriction.FILTER;
    String sql = render(select, restriction, null, filter);
    if (filter.keyset() == null) {
      return select(select, sql, filter::bind, reader);
    }
    int values = filter.keyset().columns().size() + 1;
    return select(select, sql, filter::bind, ctx -> {
      RowReader<R> row = reader.create(ctx);
      return rs -> {
        R read = row.read(rs);
        // The cursor values come last; the row reader reads the columns before them.
        int first = rs.getMetaData().getColumnCount() - values + 1;
        List<Object> cursor = new ArrayList<>(values);
        for (int i = 0; i < values; i++) {
          cursor.add(rs.getObject(first + i));
        }
        lastCursor = cursor;
        return read;
      };
    });
  }

  /**
   * The values of the last root row's order columns and key, when the root statement was a
   * keyset page's ({@link RootFilter#keyset()}); null when it read no row.
   */
  public List<Object> lastCursor() {
    return lastCursor;
  }

  /**
   * Counts the root rows {@code filter}'s condition selects: the total of a page, numbered
   * {@code statement} in failures.
   */
  public long count(Select select, RootFilter filter, int statement) {
    try {
      String sql = SelectSql.count(select, dialect, filter);
      return select(statement, "the total of " + select.label(), sql, query -> {},
          ctx -> rs -> rs.getLong(1)).get(0);
    } catch (LoadException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new LoadException(name, statement, statements, "the total of " + select.label(), e);
    }
  }

  /**
   * How many rows per parent the top-N {@code select} keeps: its fixed limit, or the value of
   * its limit's call-time parameter.
   *
   * @throws LoadException when that value is not a positive whole number
   */
  public int limit(Select select) {
    String parameter = select.limitParameter();
    if (parameter == null) {
      return select.limit();
    }
    Object value = parameters.get(parameter);
    if ((value instanceof Integer || value instanceof Long || value instanceof Short)
        && ((Number) value).longValue() > 0 && ((Number) value).longValue() <= Integer.MAX_VALUE) {
      return ((Number) value).intValue();
    }
    throw new LoadException(name, "the parameter :" + parameter + " gives the limit of "
        + select.label() + ", so it must be a positive whole number, not " + value);
  }

  /**
   * The first rows of each parent in {@code rows}, as many as the top-N {@code select}'s limit
   * given when loading says (see {@link #limit}); no rows, no limit read, as a level with no
   * keys reads none.
   */
  public <R, K> List<R> firstPerParent(Select select, List<R> rows, Function<R, K> parent) {
    return rows.isEmpty() ? rows : Rows.firstPerParent(rows, parent, limit(select));
  }

  /**
   * The trees that {@code rows}, read by the tree statement {@code select}, make under their
   * parents: see {@link Tree}. A row found to be its own ancestor fails the load.
   */
  public <K, R, V> Tree<K, R, V> tree(Select select, List<R> rows, Function<R, K> parent,
      Function<R, K> key, Tree.Node<R, V> node) {
    return new Tree<>(rows, parent, key, key, select.depth(), limit(select), node,
        loop -> new LoadException(name, select.number(), statements, select.label(), loop));
  }

  /**
   * The chains that {@code rows}, read by the chain statement {@code select}, make: each row
   * built with the row whose key its {@code up} holds (see {@link Tree#referenced}). A row found
   * to be its own ancestor fails the load.
   */
  public <K, R, V> Tree<K, R, V> chain(Select select, List<R> rows, Function<R, K> key,
      Function<R, K> up, Tree.Link<R, V> link) {
    Tree.Node<R, V> node =
        (row, above) -> link.build(row, above.isEmpty() ? null : above.get(0));
    return new Tree<>(rows, key, key, up, select.depth(), 0, node,
        loop -> new LoadException(name, select.number(), statements, select.label(), loop));
  }

  private <K, R> List<R> keyed(
      Select select, Class<K> keyType, List<K> keys, RowReader.Factory<R> reader) {
    List<R> rows = null;
    for (KeyBinding<K> binding : keyBindings(select, keyType, keys)) {
      String sql = render(select, Select.Restriction.KEYS, binding, RootFilter.all());
      List<R> read = select(select, sql, binding::bind, reader);
      if (rows == null) {
        rows = read;
      } else {
        rows.addAll(read);
      }
    }
    return rows == null ? new ArrayList<>() : rows;
  }

  /** The statements that bind {@code keys}: one, except for IN lists past the limit. */
  private <K> List<KeyBinding<K>> keyBindings(Select select, Class<K> keyType, List<K> keys) {
    try {
      List<KeyBinding<K>> bindings = new ArrayList<>();
      if (dialect == Dialect.MYSQL) {
        int limit = handle.getConfig(SheafConfig.class).getInListLimit();
        boolean literal = WHOLE_NUMBERS.contains(keyType);
        for (int from = 0; from < keys.size() || from == 0; from += limit) {
          List<K> slice = keys.subList(from, Math.min(keys.size(), from + limit));
          bindings.add(KeyBinding.list(dialect, keyType, slice, literal));
        }
      } else if (dialect == Dialect.POSTGRESQL && WHOLE_NUMBERS.contains(keyType)
          && !keys.isEmpty()) {
        bindings.add(KeyBinding.list(dialect, keyType, keys, true));
      } else {
        int size = dialect == Dialect.H2 ? DialectSql.MAX_H2_ARRAY : Integer.MAX_VALUE;
        bindings.add(KeyBinding.arrays(dialect, keyType, keys, size));
      }
      return bindings;
    } catch (RuntimeException e) {
      throw new LoadException(name, select.number(), statements, select.label(), e);
    }
  }

  private String render(
      Select select, Select.Restriction restriction, KeyBinding<?> keys, RootFilter filter) {
    try {
      // The text of every row, or of one array or list of literal keys, is the same for every
      // load, and rendered once.
      boolean fixed = restriction == Select.Restriction.KEYS
          ? keys.fixedText()
          : restriction == Select.Restriction.EVERY_ROW && !filter.hasOrder()
              && filter.keyset() == null;
      KeySet text = keys == null ? null : keys.text();
      boolean cut = select.cutsInSql();
      if (fixed) {
        return select.rendered(dialect, restriction, text, cut,
            () -> SelectSql.render(select, dialect, restriction, text, filter, cut));
      }
      return SelectSql.render(select, dialect, restriction, text, filter, cut);
    } catch (RuntimeException e) {
      throw new LoadException(name, select.number(), statements, select.label(), e);
    }
  }

  private <R> List<R> select(
      Select select, String sql, Consumer<Query> binder, RowReader.Factory<R> reader) {
    return select(select.number(), select.label(), sql, binder, reader);
  }

  /** Runs statement {@code statement} with the bindings {@code binder} applies, and reads every row. */
  <R> List<R> select(
      int statement, String label, String sql, Consumer<Query> binder, RowReader.Factory<R> reader) {
    try (Query query = handle.createQuery(sql)) {
      // The SQL is final as written: no <attribute> templating of comparisons such as a<b.
      query.getConfig(SqlStatements.class).setTemplateEngine(TemplateEngine.NOP);
      binder.accept(query);
      if (!parameters.isEmpty()) {
        // Only the names this text uses: Jdbi refuses a name a statement does not declare.
        for (String used : SqlParameters.in(sql)) {
          if (parameters.containsKey(used)) {
            query.bind(used, parameters.get(used));
          }
        }
      }
      return query.scanResultSet((results, ctx) -> {
        ResultSet rs = results.get();
        RowReader<R> rows = reader.create(ctx);
        List<R> read = new ArrayList<>();
        while (rs.next()) {
          read.add(rows.read(rs));
        }
        return read;
      });
    } catch (RuntimeException e) {
      throw new LoadException(name, statement, statements, label, e);
    }
  }
}
