package dev.sheaf.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sheaf.examples.DemoSchema;
import java.sql.SQLException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * What every loader of one benchmark trial shares: one database, one connection pool, one
 * statement counter in front of it, and the tables filled once: the demo's, or another
 * benchmark's through {@link #fill(HandleCallback, HandleConsumer)}.
 */
public final class GraphFixture implements AutoCloseable {
  private final BenchDatabase database;
  private final HikariDataSource pool;
  private final CountingDataSource dataSource;
  private final Jdbi jdbi;

  /** A pool of five connections to {@code url}, a database of kind {@code database}. */
  public GraphFixture(BenchDatabase database, String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    // One thread loads at a time; the second connection serves nothing but a stray need, the
    // other three the extra connections of a load whose statements run side by side.
    config.setMaximumPoolSize(5);
    config.setPoolName("sheaf-bench-" + database.label());
    this.database = database;
    this.pool = new HikariDataSource(config);
    this.dataSource = new CountingDataSource(pool);
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * Creates the demo tables and fills them with {@code authors} authors (0 to 5 books each, 0
   * to 4 reviews and 0 to 3 tags per book), the same for the same seed; then gathers the
   * planner's statistics, as after any bulk load.
   */
  public DemoSchema.Size fill(int authors, long seed) throws SQLException {
    return fill(handle -> {
      DemoSchema.create(handle);
      return DemoSchema.fill(handle, authors, seed);
    }, DemoSchema::analyze);
  }

  /**
   * Creates and fills tables of another benchmark: {@code filler} in one transaction, then
   * {@code analyze} outside it; the statement count then starts from zero.
   */
  public <T> T fill(HandleCallback<T, SQLException> filler, HandleConsumer<SQLException> analyze)
      throws SQLException {
    T filled = jdbi.inTransaction(filler);
    jdbi.useHandle(analyze);
    dataSource.reset();
    return filled;
  }

  public BenchDatabase database() {
    return database;
  }

  /** The pool, behind the statement counter: where every loader gets its connections. */
  public CountingDataSource dataSource() {
    return dataSource;
  }

  /** A Jdbi on {@link #dataSource()}. */
  public Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public void close() {
    pool.close();
  }
}
