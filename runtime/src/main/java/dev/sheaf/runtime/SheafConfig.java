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

  private Dialect dialect;
  private int inListLimit = DEFAULT_IN_LIST_LIMIT;
  private Jdbi reads;

  public SheafConfig() {}

  private SheafConfig(SheafConfig other) {
    this.dialect = other.dialect;
    this.inListLimit = other.inListLimit;
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
