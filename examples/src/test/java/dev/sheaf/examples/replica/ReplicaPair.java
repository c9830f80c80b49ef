package dev.sheaf.examples.replica;

import static org.junit.jupiter.api.Assertions.fail;

import dev.sheaf.examples.db.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A primary and its read replica, as {@code .ci/replicas up} starts them: the PostgreSQL server
 * on 5432 and its hot standby on 5433 (database {@code sheaf_replica}), or a MariaDB primary on
 * 3308 and its replica on 3307. Environment variables override the URLs:
 * {@code SHEAF_REPLICA_POSTGRES_PRIMARY_URL}, {@code SHEAF_REPLICA_POSTGRES_URL},
 * {@code SHEAF_REPLICA_MARIADB_PRIMARY_URL}, {@code SHEAF_REPLICA_MARIADB_URL}.
 *
 * <p>The suite runs when {@code SHEAF_REPLICAS=1} (as {@code .ci/run} sets it, around its first
 * build) and is skipped otherwise; with it set, a server that does not answer, or a replica that
 * is not one, fails the tests.
 *
 * <p>Besides the URLs, a pair knows how to wait until the replica has replayed what the primary
 * committed, how to pause and resume that replay, and how to stop the replica at once and start
 * it again (through {@code .ci/replicas kill} and {@code start}).
 */
enum ReplicaPair {
  POSTGRESQL("PostgreSQL", TestDatabase.POSTGRESQL, "postgresql",
      "SHEAF_REPLICA_POSTGRES_PRIMARY_URL",
      "jdbc:postgresql://127.0.0.1:5432/sheaf_replica?user=postgres",
      "SHEAF_REPLICA_POSTGRES_URL",
      "jdbc:postgresql://127.0.0.1:5433/sheaf_replica?user=postgres"),
  MARIADB("MariaDB", TestDatabase.MARIADB, "mariadb",
      "SHEAF_REPLICA_MARIADB_PRIMARY_URL", "jdbc:mariadb://127.0.0.1:3308/sheaf_replica?user=root",
      "SHEAF_REPLICA_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3307/sheaf_replica?user=root");

  /** How long the replica may take to replay a commit, or to come back after a restart. */
  static final long REPLAY_TIMEOUT_SECONDS = 30;

  private static final boolean ENABLED = "1".equals(System.getenv("SHEAF_REPLICAS"));
  private static final Pattern URL =
      Pattern.compile("(jdbc:[a-z]+:)//([^/?]+)(/[^?]*)?(\\?.*)?");
  /** The connect error of each pair tried so far; empty when both servers answered. */
  private static final Map<ReplicaPair, Optional<String>> PROBLEMS = new ConcurrentHashMap<>();

  private final String displayName;
  private final TestDatabase database;
  private final String scriptName;
  private final String primaryUrl;
  private final String replicaUrl;

  ReplicaPair(String displayName, TestDatabase database, String scriptName,
      String primaryVariable, String primaryDefault, String replicaVariable,
      String replicaDefault) {
    this.displayName = displayName;
    this.database = database;
    this.scriptName = scriptName;
    this.primaryUrl = fromEnvironment(primaryVariable, primaryDefault);
    this.replicaUrl = fromEnvironment(replicaVariable, replicaDefault);
  }

  /**
   * A new database of the test's own on the primary (a schema on PostgreSQL, a database on
   * MariaDB), already replayed on the replica; closing it drops it.
   *
   * @throws org.opentest4j.TestAbortedException when {@code SHEAF_REPLICAS} is not 1
   */
  ReplicaScratch fresh(String purpose) {
    require();
    return ReplicaScratch.create(this, purpose);
  }

  /** The database kind, for the schema's DDL. */
  TestDatabase database() {
    return database;
  }

  String primaryUrl() {
    return primaryUrl;
  }

  String replicaUrl() {
    return replicaUrl;
  }

  /**
   * The URL of {@code database} (a schema or database name) on the server of {@code url}: every
   * connection lands in it.
   */
  String in(String url, String database) {
    Matcher matcher = matcher(url);
    String parameters = matcher.group(4) == null ? "" : matcher.group(4);
    return switch (this) {
      case POSTGRESQL -> url + (parameters.isEmpty() ? "?" : "&") + "currentSchema=" + database;
      case MARIADB -> matcher.group(1) + "//" + matcher.group(2) + "/" + database + parameters;
    };
  }

  /**
   * The URL an application gives its reads Jdbi for {@code database}. pgJDBC routes per
   * connection, so on PostgreSQL it is the standby's own URL; MariaDB Connector/J's
   * {@code replication:} URL sends each read-only connection to the replica, and falls back to
   * the primary after {@code retriesAllDown} tries when the replica is down.
   */
  String routeUrl(String database) {
    return switch (this) {
      case POSTGRESQL -> in(replicaUrl, database);
      case MARIADB -> {
        Matcher primary = matcher(primaryUrl);
        Matcher replica = matcher(replicaUrl);
        String parameters = replica.group(4) == null ? "?" : replica.group(4) + "&";
        yield "jdbc:mariadb:replication://" + primary.group(2) + "," + replica.group(2) + "/"
            + database + parameters + "retriesAllDown=4";
      }
    };
  }

  /**
   * Waits until the replica has replayed every commit the primary had made when this was
   * called: on PostgreSQL until {@code pg_last_wal_replay_lsn()} reaches the primary's
   * {@code pg_current_wal_lsn()}, on MariaDB by {@code MASTER_GTID_WAIT} for the primary's
   * {@code @@gtid_binlog_pos}.
   *
   * @throws AssertionError when it has not after {@value #REPLAY_TIMEOUT_SECONDS} s
   */
  void awaitReplay(Connection primary, Connection replica) throws SQLException {
    long start = System.nanoTime();
    switch (this) {
      case POSTGRESQL -> {
        String lsn = single(primary, "SELECT pg_current_wal_lsn()::text");
        long deadline = start + TimeUnit.SECONDS.toNanos(REPLAY_TIMEOUT_SECONDS);
        try (PreparedStatement replayed = replica.prepareStatement(
            "SELECT COALESCE(pg_last_wal_replay_lsn() >= ?::pg_lsn, false)")) {
          replayed.setString(1, lsn);
          while (!isTrue(replayed)) {
            if (System.nanoTime() > deadline) {
              fail("the PostgreSQL standby has not replayed up to " + lsn + " after "
                  + REPLAY_TIMEOUT_SECONDS + " s");
            }
            sleep(5);
          }
        }
      }
      case MARIADB -> {
        String position = single(primary, "SELECT @@gtid_binlog_pos");
        try (PreparedStatement wait = replica.prepareStatement("SELECT MASTER_GTID_WAIT(?, ?)")) {
          wait.setString(1, position);
          wait.setLong(2, REPLAY_TIMEOUT_SECONDS);
          try (ResultSet answer = wait.executeQuery()) {
            answer.next();
            if (answer.getInt(1) != 0) {
              fail("the MariaDB replica has not replayed up to GTID " + position + " after "
                  + REPLAY_TIMEOUT_SECONDS + " s");
            }
          }
        }
      }
    }
  }

  /** {@link #awaitReplay(Connection, Connection)} on new connections to the pair's servers. */
  void awaitReplay() throws SQLException {
    try (Connection primary = DriverManager.getConnection(primaryUrl);
        Connection replica = DriverManager.getConnection(replicaUrl)) {
      awaitReplay(primary, replica);
    }
  }

  /**
   * Stops replaying the primary's commits on the replica, and returns once it has stopped: the
   * replica keeps what it has, and receives but does not apply the rest until {@link #resume}.
   */
  void pause(Connection replica) throws SQLException {
    switch (this) {
      case POSTGRESQL -> {
        execute(replica, "SELECT pg_wal_replay_pause()");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(REPLAY_TIMEOUT_SECONDS);
        while (!"paused".equals(single(replica, "SELECT pg_get_wal_replay_pause_state()"))) {
          if (System.nanoTime() > deadline) {
            fail("the PostgreSQL standby did not pause its replay");
          }
          sleep(5);
        }
      }
      case MARIADB -> execute(replica, "STOP SLAVE SQL_THREAD");
    }
  }

  /** Replays again what {@link #pause} held back. */
  void resume(Connection replica) throws SQLException {
    switch (this) {
      case POSTGRESQL -> execute(replica, "SELECT pg_wal_replay_resume()");
      case MARIADB -> execute(replica, "START SLAVE SQL_THREAD");
    }
  }

  /**
   * Stops the replica at once: PostgreSQL's standby in {@code immediate} mode, MariaDB's replica
   * by SIGKILL. Every connection to it breaks as if its machine had gone.
   */
  void killReplica() {
    script("kill");
  }

  /** Starts the replica {@link #killReplica} stopped, and waits until it has caught up. */
  void startReplica() throws SQLException {
    script("start");
    awaitReplay();
  }

  /**
   * Returns when both servers answer and the replica is one; else aborts the test (without
   * {@code SHEAF_REPLICAS=1}) or fails it.
   */
  void require() {
    Assumptions.assumeTrue(ENABLED, "SHEAF_REPLICAS is not 1: the replica suite is skipped"
        + " (bash .ci/replicas up, then run it with SHEAF_REPLICAS=1)");
    Optional<String> problem = PROBLEMS.computeIfAbsent(this, ReplicaPair::probe);
    problem.ifPresent(text -> fail(text + " (SHEAF_REPLICAS=1: did .ci/replicas up run?)"));
  }

  private Optional<String> probe() {
    try (Connection primary = DriverManager.getConnection(primaryUrl)) {
      if (isReplica(primary)) {
        return Optional.of(this + " primary at " + primaryUrl + " is a replica");
      }
    } catch (SQLException e) {
      return Optional.of(this + " primary is unreachable at " + primaryUrl + ": "
          + e.getMessage());
    }
    try (Connection replica = DriverManager.getConnection(replicaUrl)) {
      if (!isReplica(replica)) {
        return Optional.of(this + " replica at " + replicaUrl + " is not a replica");
      }
    } catch (SQLException e) {
      return Optional.of(this + " replica is unreachable at " + replicaUrl + ": "
          + e.getMessage());
    }
    return Optional.empty();
  }

  /** Whether {@code connection} is to a replica, as the reads route checks it. */
  boolean isReplica(Connection connection) throws SQLException {
    return "true".equals(single(connection, switch (this) {
      case POSTGRESQL -> "SELECT pg_is_in_recovery()::text";
      case MARIADB -> "SELECT IF(@@read_only, 'true', 'false')";
    }));
  }

  private void script(String verb) {
    String path = fromEnvironment("SHEAF_REPLICAS_SCRIPT",
        System.getProperty("sheaf.root", "..") + "/.ci/replicas");
    List<String> command = List.of("bash", path, verb, scriptName);
    try {
      File log = File.createTempFile("sheaf-replicas-", ".log");
      try {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(log).start();
        if (!process.waitFor(2 * REPLAY_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          fail(String.join(" ", command) + " did not end");
        }
        if (process.exitValue() != 0) {
          fail(String.join(" ", command) + " failed (" + process.exitValue() + "): "
              + Files.readString(log.toPath(), StandardCharsets.UTF_8));
        }
      } finally {
        log.delete();
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + command, e);
    }
  }

  static String single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet answer = statement.executeQuery(sql)) {
      answer.next();
      return answer.getString(1);
    }
  }

  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static boolean isTrue(PreparedStatement query) throws SQLException {
    try (ResultSet answer = query.executeQuery()) {
      answer.next();
      return answer.getBoolean(1);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private Matcher matcher(String url) {
    Matcher matcher = URL.matcher(url);
    if (!matcher.matches()) {
      throw new IllegalStateException("not a jdbc:<driver>://host:port/database URL: " + url);
    }
    return matcher;
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
