package dev.sheaf.runtime;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * One load in progress: the handle (already in the load's transaction) and the name under which
 * its failures are reported.
 */
public final class Load {
  /** The name of the array parameter that binds a key set in generated SQL. */
  public static final String KEYS = "keys";

  private final Handle handle;
  private final Dialect dialect;
  private final String name;
  private final int statements;

  Load(Handle handle, Dialect dialect, String name, int statements) {
    this.handle = handle;
    this.dialect = dialect;
    this.name = name;
    this.statements = statements;
  }

  /**
   * Runs statement {@code statement}, generated SQL with a line {@code WHERE <column> IN (:keys)},
   * for {@code keys} (distinct), and reads every row. The dialect binds the keys: one array on H2
   * and PostgreSQL, whatever their number; IN lists on MariaDB and MySQL, one statement per list
   * when the keys outnumber {@link SheafConfig#getInListLimit()}.
   */
  public <K, R> List<R> selectByKeys(
      int statement, String label, String sql, Class<K> keyType, List<K> keys,
      RowReader.Factory<R> reader) {
    List<Dialect.KeySetStatement> parts;
    try {
      parts = dialect.byKeys(
          dialect.render(sql), keyType, keys, handle.getConfig(SheafConfig.class));
    } catch (RuntimeException e) {
      throw new LoadException(name, statement, statements, label, e);
    }
    if (parts.size() == 1) {
      return select(statement, label, parts.get(0).sql(), parts.get(0).binder(), reader);
    }
    List<R> rows = new ArrayList<>();
    for (Dialect.KeySetStatement part : parts) {
      rows.addAll(select(statement, label, part.sql(), part.binder(), reader));
    }
    return rows;
  }

  /**
   * Runs statement {@code statement}, a collection's rows for the parent keys {@code keys}: by
   * key set, as {@link #selectByKeys}, unless {@code everyParent} says the keys are those of every
   * row of the parent's table. Then the key line becomes {@code WHERE <column> IS NOT NULL} and
   * no key is sent: the rows the key set would select, since it holds every parent's key, from a
   * statement the database runs 1.3 to 3 times faster than one that tests each row against
   * a thousand keys or more (docs/benchmarks.md).
   */
  public <K, R> List<R> selectChildren(
      int statement, String label, String sql, Class<K> keyType, List<K> keys,
      boolean everyParent, RowReader.Factory<R> reader) {
    if (!everyParent) {
      return selectByKeys(statement, label, sql, keyType, keys, reader);
    }
    String everyRow;
    try {
      everyRow = KeyPredicate.of(dialect.render(sql)).replaceMarker("IS NOT NULL");
    } catch (RuntimeException e) {
      throw new LoadException(name, statement, statements, label, e);
    }
    return select(statement, label, everyRow, query -> {}, reader);
  }

  /**
   * Runs the root statement {@code statement}: {@code select}, generated SQL with no WHERE, with
   * {@code filter}'s condition, its order (else {@code defaultOrder}) and the key {@code key} as
   * the last tie-breaker, its limit and offset; and reads every row.
   */
  public <R> List<R> selectRoot(
      int statement, String label, String select, String defaultOrder, String key,
      RootFilter filter, RowReader.Factory<R> reader) {
    return select(statement, label, filter.sql(dialect, select, defaultOrder, key), filter::bind,
        reader);
  }

  /** Runs statement {@code statement} with the bindings {@code binder} applies, and reads every row. */
  <R> List<R> select(
      int statement, String label, String sql, Consumer<Query> binder, RowReader.Factory<R> reader) {
    try (Query query = handle.createQuery(sql)) {
      // The SQL is final as written: no <attribute> templating of comparisons such as a<b.
      query.getConfig(SqlStatements.class).setTemplateEngine(TemplateEngine.NOP);
      binder.accept(query);
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
