package dev.sheaf.examples.db;

import dev.sheaf.runtime.SheafConfig;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database the integration tests run on: embedded in-memory H2, or a PostgreSQL or MariaDB
 * server whose JDBC URL comes from {@code SHEAF_POSTGRES_URL} or {@code SHEAF_MARIADB_URL}.
 *
 * <p>A test class runs once per database, with the database in its display name:
 *
 * <pre>{@code
 * @ParameterizedClass(name = "on {0}")
 * @EnumSource(TestDatabase.class)
 * class SomeTest {
 *   @Parameter TestDatabase database;
 *
 *   @Test
 *   void something() {
 *     try (ScratchDatabase scratch = database.fresh("something")) {
 *       Jdbi jdbi = scratch.jdbi();
 *       ...
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #fresh} skips the test when the server is unreachable, or fails it when the
 * environment variable {@code CI} is {@code true} (see {@link Reachability}).
 */
public enum TestDatabase {
  H2("H2", null, "jdbc:h2:mem:", "TIMESTAMP"),
  POSTGRESQL("PostgreSQL", "SHEAF_POSTGRES_URL",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres", "TIMESTAMP"),
  // MariaDB's TIMESTAMP updates itself on every UPDATE and ends in 2038; DATETIME does neither.
  MARIADB("MariaDB", "SHEAF_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root",
      "DATETIME(6)");

  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern MARIADB_URL =
      Pattern.compile("(jdbc:mariadb://[^/?]+)(/[^?]*)?(\\?.*)?");

  private final String displayName;
  private final String urlVariable;
  private final String url;
  private final String timestampType;

  TestDatabase(String displayName, String urlVariable, String defaultUrl, String timestampType) {
    this.displayName = displayName;
    this.urlVariable = urlVariable;
    this.url = urlVariable == null ? defaultUrl : fromEnvironment(urlVariable, defaultUrl);
    this.timestampType = timestampType;
  }

  /**
   * A new, empty database of its own, named after {@code purpose} (lower case letters, digits
   * and {@code _}) and unique to this JVM: a schema on PostgreSQL, a database on MariaDB, an
   * in-memory database on H2. Closing it drops it with everything in it.
   *
   * @throws org.opentest4j.TestAbortedException when the server is unreachable, outside CI
   */
  public ScratchDatabase fresh(String purpose) {
    Reachability.require(this);
    return ScratchDatabase.create(this, purpose);
  }

  /**
   * The statements one key-set level runs for {@code keys} keys: one array on H2 and PostgreSQL
   * whatever their number, one IN list per {@link SheafConfig#DEFAULT_IN_LIST_LIMIT} keys on
   * MariaDB.
   */
  public int keySetStatements(int keys) {
    return this == MARIADB
        ? (keys + SheafConfig.DEFAULT_IN_LIST_LIMIT - 1) / SheafConfig.DEFAULT_IN_LIST_LIMIT
        : 1;
  }

  /** The column type for a date and time without a zone, {@code LocalDateTime} or {@code Instant}. */
  public String timestampType() {
    return timestampType;
  }

  /** The URL the tests connect to the server with: the server's own database, not a scratch one. */
  public String url() {
    return url;
  }

  /** {@link #url()} with any password masked, for messages. */
  String printableUrl() {
    return PASSWORD.matcher(url).replaceAll("$1***");
  }

  /** The environment variable that overrides {@link #url()}; null for embedded H2. */
  String urlVariable() {
    return urlVariable;
  }

  boolean isEmbedded() {
    return urlVariable == null;
  }

  /** The URL of the scratch database {@code name}: every connection to it lands in it. */
  String scratchUrl(String name) {
    return switch (this) {
      // Kept until SHUTDOWN, not until its last connection closes.
      case H2 -> url + name + ";DB_CLOSE_DELAY=-1";
      case POSTGRESQL -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
      case MARIADB -> withMariaDbDatabase(name);
    };
  }

  /**
   * What creates the scratch database {@code name}, run on {@link #url()}; a leftover of the same
   * name, from a run that did not get to close it, is dropped first.
   */
  List<String> createStatements(String name) {
    return switch (this) {
      case H2 -> List.of(); // the first connection creates it
      case POSTGRESQL -> List.of("DROP SCHEMA IF EXISTS " + name + " CASCADE",
          "CREATE SCHEMA " + name);
      case MARIADB -> List.of("DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name);
    };
  }

  /**
   * What drops the scratch database {@code name}, run on a connection to it. A connection a test
   * left open in a transaction makes the drop wait; the lock timeout turns a hung build into a
   * failure that says so.
   */
  List<String> dropStatements(String name) {
    return switch (this) {
      case H2 -> List.of("SHUTDOWN");
      case POSTGRESQL -> List.of("SET lock_timeout = '10s'", "DROP SCHEMA " + name + " CASCADE");
      case MARIADB -> List.of("SET SESSION lock_wait_timeout = 10", "DROP DATABASE " + name);
    };
  }

  private String withMariaDbDatabase(String name) {
    Matcher matcher = MARIADB_URL.matcher(url);
    if (!matcher.matches()) {
      throw new IllegalStateException("not a jdbc:mariadb://host/database URL: " + printableUrl());
    }
    String parameters = matcher.group(3) == null ? "" : matcher.group(3);
    return matcher.group(1) + "/" + name + parameters;
  }

  private static String fromEnvironment(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  @Override
  public String toString() {
    return displayName;
  }
}
