package dev.sheaf.runtime;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Sheaf's settings on a {@link org.jdbi.v3.core.Jdbi} (or a handle), in Jdbi's configuration
 * registry:
 *
 * <pre>{@code
 * jdbi.getConfig(SheafConfig.class).setDialect(Dialect.POSTGRESQL);
 * }</pre>
 */
public final class SheafConfig implements JdbiConfig<SheafConfig> {
  /**
   * MySQL's and MariaDB's protocol counts a prepared statement's parameters in two bytes; a
   * longer key set is split into IN lists of at most this many keys, one statement each.
   */
  public static final int DEFAULT_IN_LIST_LIMIT = 65_535;

  /**
   * With {@link #setParallelConnections}, a statement for fewer parent keys than this runs on
   * the load's own connection: on the AuthorCard graph (docs/benchmarks.md) taking another
   * connection, importing the snapshot and committing cost more than 100 authors' statements
   * saved (4.2 ms side by side against 3.2 in sequence, about 250 keys a statement), and less
   * than 1,000 authors' (12.0 against 12.5 ms, about 2,200 keys).
   */
  public static final int DEFAULT_PARALLEL_MINIMUM_KEYS = 1_000;

  private Dialect dialect;
  private int inListLimit = DEFAULT_IN_LIST_LIMIT;
  private int parallelConnections;
  private int parallelMinimumKeys = DEFAULT_PARALLEL_MINIMUM_KEYS;
  private Jdbi reads;

  public SheafConfig() {}

  private SheafConfig(SheafConfig other) {
    this.dialect = other.dialect;
    this.inListLimit = other.inListLimit;
    this.parallelConnections = other.parallelConnections;
    this.parallelMinimumKeys = other.parallelMinimumKeys;
    this.reads = other.reads;
  }

  /** The dialect loads use, or null to detect it from the connection (the default). */
  public Dialect getDialect() {
    return dialect;
  }

  /** Uses {@code dialect} instead of detecting it; null detects again. */
  public SheafConfig setDialect(Dialect dialect) {
    this.dialect = dialect;
    return this;
  }

  /** At most this many keys in one IN list, where the dialect binds keys as IN lists. */
  public int getInListLimit() {
    return inListLimit;
  }

  public SheafConfig setInListLimit(int inListLimit) {
    if (inListLimit < 1) {
      throw new IllegalArgumentException("inListLimit must be positive: " + inListLimit);
    }
    this.inListLimit = inListLimit;
    return this;
  }

  /**
   * How many connections a load may use beside its own to run the statements of one level that
   * do not depend on each other at the same time; 0 (the default) runs every statement on the
   * load's own connection, one after another.
   */
  public int getParallelConnections() {
    return parallelConnections;
  }

  /**
   * Lets each load on PostgreSQL run independent statements (a book's reviews, its tags and its
   * publisher) at the same time on up to {@code extra} more connections from the same Jdbi, for
   * statements of at least {@link #getParallelMinimumKeys()} parent keys. The load's
   * transaction exports its snapshot ({@code pg_export_snapshot()}) and each extra
   * connection imports it in a read-only REPEATABLE READ transaction, so every statement sees
   * the same committed state, as on one connection. Only loads in a transaction Sheaf begins use
   * them: a caller's transaction may hold writes no other connection can see. The overlap needs
   * {@code extra} connections to spare per concurrent load, but a load never waits for one: a
   * statement whose extra connection is not ready when the load needs its rows runs on the
   * load's own. When the snapshot cannot be exported or imported (another database, a server
   * before 9.2, a pooler in transaction mode), the statements run one after another on the
   * load's connection, as with 0, and that is logged once. 0 turns it off.
   *
   * @throws IllegalArgumentException when {@code extra} is negative
   */
  public SheafConfig setParallelConnections(int extra) {
    if (extra < 0) {
      throw new IllegalArgumentException("parallelConnections must be 0 or more: " + extra);
    }
    this.parallelConnections = extra;
    return this;
  }

  /** The fewest parent keys for which a statement may run on an extra connection. */
  public int getParallelMinimumKeys() {
    return parallelMinimumKeys;
  }

  /**
   * Runs a statement on an extra connection ({@link #setParallelConnections}) only when it reads
   * the rows of at least {@code keys} parent keys; smaller ones run on the load's own connection,
   * where they cost less. {@value #DEFAULT_PARALLEL_MINIMUM_KEYS} by default.
   *
   * @throws IllegalArgumentException when {@code keys} is not positive
   */
  public SheafConfig setParallelMinimumKeys(int keys) {
    if (keys < 1) {
      throw new IllegalArgumentException("parallelMinimumKeys must be positive: " + keys);
    }
    this.parallelMinimumKeys = keys;
    return this;
  }

  /** Where loads that open their own handle read, or null for this Jdbi itself (the default). */
  public Jdbi getReads() {
    return reads;
  }

  /**
   * Sends the loads that open a handle of their own to {@code reads}, a Jdbi on a read replica
   * (a PostgreSQL hot standby, a MariaDB or MySQL replica); null sends them back here. Each load
   * still runs in one read-only REPEATABLE READ transaction, on one replica, so its counts and
   * collections agree. A load that joins a transaction stays on it: one attached to a caller's
   * handle, or one whose handle of {@code reads} comes already in a transaction (sheaf-spring's
   * inside {@code @Transactional}). A replica replays the primary's writes late: a load right
   * after a write may not see it (README, "Read replicas"). Routed loads take {@code reads}'s own
 * settings: register on it the column mappers and plugins the repositories need.
   *
   * <p>The first load on a route checks that it reaches a replica: on PostgreSQL
   * {@code pg_is_in_recovery()}, on MariaDB and MySQL {@code @@read_only}, within the load's
   * read-only transaction (a MariaDB {@code replication:} URL moves it to a replica there). A
   * route to a primary, or to no server, fails that load with a {@link LoadException} naming the
   * route. H2 has no replicas and is not checked.
   */
  public SheafConfig setReads(Jdbi reads) {
    this.reads = reads;
    return this;
  }

  @Override
  public SheafConfig createCopy() {
    return new SheafConfig(this);
  }
}
