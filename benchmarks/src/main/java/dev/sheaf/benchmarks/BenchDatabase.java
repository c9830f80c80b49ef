package dev.sheaf.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.SQLDialect;

/**
 * A database the benchmark runs on: embedded in-memory H2, or the PostgreSQL or MariaDB server at
 * {@code SHEAF_POSTGRES_URL} / {@code SHEAF_MARIADB_URL} (the test suite's variables and
 * defaults). On a server the benchmark works in a schema or database of its own, dropped after.
 */
public enum BenchDatabase {
  H2(null, "jdbc:h2:mem:", SQLDialect.H2),
  POSTGRESQL("SHEAF_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
      SQLDialect.POSTGRES),
  MARIADB("SHEAF_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root",
      SQLDialect.MARIADB);

  private final String url;
  private final SQLDialect jooqDialect;

  BenchDatabase(String urlVariable, String defaultUrl, SQLDialect jooqDialect) {
    String configured = urlVariable == null ? null : System.getenv(urlVariable);
    this.url = configured == null || configured.isBlank() ? defaultUrl : configured.trim();
    this.jooqDialect = jooqDialect;
  }

  /** The database named {@code h2}, {@code postgresql} or {@code mariadb}, in any case. */
  public static BenchDatabase named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** The name the benchmark's parameters and tables use: {@code h2}, {@code postgresql}... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The dialect jOOQ renders for this database. */
  public SQLDialect jooqDialect() {
    return jooqDialect;
  }

  /**
   * A new, empty schema (PostgreSQL), database (MariaDB) or in-memory database (H2) of a random
   * name; closing it drops it.
   */
  public Scratch scratch() throws SQLException {
    String name = "sheaf_bench_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    switch (this) {
      case H2 -> {
        return new Scratch(url + name + ";DB_CLOSE_DELAY=-1", List.of("SHUTDOWN"));
      }
      case POSTGRESQL -> {
        execute(url, "CREATE SCHEMA " + name);
        return new Scratch(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name,
            List.of("DROP SCHEMA " + name + " CASCADE"));
      }
      default -> {
        execute(url, "CREATE DATABASE " + name);
        int query = url.indexOf('?');
        String server = url.substring(0, url.indexOf('/', "jdbc:mariadb://".length()));
        return new Scratch(server + "/" + name + (query < 0 ? "" : url.substring(query)),
            List.of("DROP DATABASE " + name));
      }
    }
  }

  private static void execute(String url, String... statements) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /** A database of the benchmark's own, at {@link #url()}. */
  public static final class Scratch implements AutoCloseable {
    private final String url;
    private final List<String> drop;

    private Scratch(String url, List<String> drop) {
      this.url = url;
      this.drop = drop;
    }

    public String url() {
      return url;
    }

    @Override
    public void close() throws SQLException {
      execute(url, drop.toArray(String[]::new));
    }
  }
}
