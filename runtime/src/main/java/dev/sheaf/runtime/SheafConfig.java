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

  public SheafConfig() {}

  private SheafConfig(SheafConfig other) {
    this.dialect = other.dialect;
    this.inListLimit = other.inListLimit;
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

  @Override
  public SheafConfig createCopy() {
    return new SheafConfig(this);
  }
}
