package dev.sheaf.examples.replica;

import dev.sheaf.examples.db.ScratchDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;

/**
 * A database of a test's own on a {@link ReplicaPair}: a schema in {@code sheaf_replica} on
 * PostgreSQL, a database on MariaDB, created on the primary and replayed on the replica before
 * the test gets it. {@link #close()} drops it on the primary (the replica follows).
 *
 * <p>Names are {@code sheaf_r_<purpose>_<run>_<n>}, {@code run} random per JVM.
 */
final class ReplicaScratch implements AutoCloseable {
  private static final AtomicInteger CREATED = new AtomicInteger();

  private final ReplicaPair pair;
  private final String name;

  private ReplicaScratch(ReplicaPair pair, String name) {
    this.pair = pair;
    this.name = name;
  }

  static ReplicaScratch create(ReplicaPair pair, String purpose) {
    String name =
        "sheaf_r_" + purpose + "_" + ScratchDatabase.RUN + "_" + CREATED.incrementAndGet();
    List<String> create = switch (pair) {
      case POSTGRESQL -> List.of("DROP SCHEMA IF EXISTS " + name + " CASCADE",
          "CREATE SCHEMA " + name);
      case MARIADB -> List.of("DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name);
    };
    try (Connection primary = DriverManager.getConnection(pair.primaryUrl());
        Connection replica = DriverManager.getConnection(pair.replicaUrl())) {
      for (String sql : create) {
        ReplicaPair.execute(primary, sql);
      }
      pair.awaitReplay(primary, replica);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create " + name + " on " + pair, e);
    }
    return new ReplicaScratch(pair, name);
  }

  ReplicaPair pair() {
    return pair;
  }

  String name() {
    return name;
  }

  /** The URL of this database on the primary. */
  String primaryUrl() {
    return pair.in(pair.primaryUrl(), name);
  }

  /** The URL of this database on the replica. */
  String replicaUrl() {
    return pair.in(pair.replicaUrl(), name);
  }

  /** The URL an application's reads Jdbi would have: see {@link ReplicaPair#routeUrl}. */
  String routeUrl() {
    return pair.routeUrl(name);
  }

  Connection primary() throws SQLException {
    return DriverManager.getConnection(primaryUrl());
  }

  Connection replica() throws SQLException {
    return DriverManager.getConnection(replicaUrl());
  }

  /** A Jdbi whose handles each open a new connection to the primary. */
  Jdbi primaryJdbi() {
    return Jdbi.create(this::primary);
  }

  /** A Jdbi whose handles each open a new connection by {@link #routeUrl()}. */
  Jdbi routeJdbi() {
    String url = routeUrl();
    return Jdbi.create(() -> DriverManager.getConnection(url));
  }

  /** Waits until the replica has replayed what the primary has committed so far. */
  void awaitReplay() {
    try (Connection primary = primary(); Connection replica = replica()) {
      pair.awaitReplay(primary, replica);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot compare " + pair + "'s primary and replica", e);
    }
  }

  /** Drops this database on the primary. */
  @Override
  public void close() {
    List<String> drop = switch (pair) {
      case POSTGRESQL -> List.of("SET lock_timeout = '10s'", "DROP SCHEMA " + name + " CASCADE");
      case MARIADB -> List.of("SET SESSION lock_wait_timeout = 10", "DROP DATABASE " + name);
    };
    try (Connection primary = DriverManager.getConnection(pair.primaryUrl())) {
      for (String sql : drop) {
        ReplicaPair.execute(primary, sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop " + name + " on " + pair, e);
    }
  }

  @Override
  public String toString() {
    return name + " on " + pair;
  }
}
