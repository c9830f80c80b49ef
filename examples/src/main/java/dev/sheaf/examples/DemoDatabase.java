package dev.sheaf.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;

/** The demo's database: a pool of connections to it, and the demo tables put in it afresh. */
final class DemoDatabase {
  /** The seed of the demo data: the same authors, books, reviews and tags on every run. */
  static final long SEED = 42;

  private DemoDatabase() {}

  /**
   * A pool of at most {@code connections} connections to {@code url}: a server answering
   * requests at once must not open a connection per request, which costs milliseconds on
   * PostgreSQL and MariaDB.
   */
  static HikariDataSource pool(String url, int connections) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("sheaf-demo");
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(connections);
    return new HikariDataSource(config);
  }

  /** Drops the demo tables, creates them and fills them with {@code authors} authors. */
  static DemoSchema.Size reset(Jdbi jdbi, int authors) throws SQLException {
    DemoSchema.Size size = jdbi.inTransaction(handle -> {
      DemoSchema.drop(handle);
      DemoSchema.create(handle);
      return DemoSchema.fill(handle, authors, SEED);
    });
    jdbi.useHandle(DemoSchema::analyze);
    return size;
  }
}
