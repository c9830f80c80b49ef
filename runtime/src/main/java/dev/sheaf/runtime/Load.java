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
  private final String name;
  private final int statements;

  Load(Handle handle, String name, int statements) {
    this.handle = handle;
    this.name = name;
    this.statements = statements;
  }

  /**
   * Runs statement {@code statement} with the key set bound as the array parameter {@code :keys},
   * and reads every row. Keys are distinct; a set too large for one array is split over several
   * in the same statement.
   */
  public <K, R> List<R> selectByKeys(
      int statement, String label, String sql, Class<K> keyType, List<K> keys,
      RowReader.Factory<R> reader) {
    return select(statement, label, KeySets.sql(sql, keys.size()),
        query -> KeySets.bind(query, keyType, keys), reader);
  }

  /** Runs statement {@code statement} with the bindings {@code binder} applies, and reads every row. */
  public <R> List<R> select(
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
