package dev.sheaf.runtime;

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
  private int parallelConnections;

  public SheafConfig() {}

  private SheafConfig(SheafConfig other) {
    this.dialect = other.dialect;
    this.inListLimit = other.inListLimit;
    this.parallelConnections = other.parallelConnections;
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
   * publisher) at the same time on up to {@code extra} more connections from the same Jdbi. The
   * load's transaction exports its snapshot ({@code pg_export_snapshot()}) and each extra
   * connection imports it in a read-only REPEATABLE READ transaction, so every statement sees
   * the same committed state, as on one connection. Only loads in a transaction Sheaf begins use
   * them: a caller's transaction may hold writes no other connection can see. The pool must have
   * {@code extra} connections to spare per concurrent load; when it has none, or the snapshot
   * cannot be exported or imported (another database, a server before 9.2, a pooler in
   * transaction mode), the statements run one after another on the load's connection, as with 0,
   * and that is logged once. 0 turns it off.
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

  @Override
  public SheafConfig createCopy() {
    return new SheafConfig(this);
  }
}
