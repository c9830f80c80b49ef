package dev.sheaf.runtime;

import java.sql.SQLException;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Where a repository's loads get their handle: a {@link Jdbi} (a new handle per load) or a
 * caller's {@link Handle} (joining its transaction). Either way every statement of one load runs
 * in one transaction, so a count and the collection it counts always agree.
 */
public final class Loader {
  private final Jdbi jdbi;
  private final Handle handle;
  /** The database's dialect, once a load has read it from a connection. */
  private volatile Dialect detected;

  private Loader(Jdbi jdbi, Handle handle) {
    this.jdbi = jdbi;
    this.handle = handle;
  }

  /** Loads open their own handle, read-only, in a REPEATABLE READ transaction. */
  public static Loader of(Jdbi jdbi) {
    if (jdbi == null) {
      throw new NullPointerException("jdbi");
    }
    return new Loader(jdbi, null);
  }

  /**
   * Loads run on {@code handle}: inside its transaction when it has one, else in a REPEATABLE
   * READ transaction of their own. The handle stays open. Inside the caller's transaction a load
   * sees what that transaction's isolation lets it see: at READ COMMITTED (PostgreSQL's and H2's
   * default) a row committed between two statements of a load can make a count disagree with
   * the collection it counts; begin the transaction at REPEATABLE READ for them to agree.
   */
  public static Loader attachedTo(Handle handle) {
    if (handle == null) {
      throw new NullPointerException("handle");
    }
    return new Loader(null, handle);
  }

  /**
   * Runs one load.
   *
   * @param name what failures are reported as, such as {@code "AuthorCardRepository.findAll"}
   * @param statements how many statements the load runs at most
   */
  public <T> T load(String name, int statements, Function<Load, T> body) {
    if (handle != null) {
      return in(handle, name, statements, body);
    }
    try (Handle own = jdbi.open()) {
      // Before the transaction begins: lets drivers route the load to a replica. Set back after
      // it, or a pool that does not reset connections would hand out read-only ones.
      boolean readOnly = own.isReadOnly();
      own.setReadOnly(true);
      T loaded;
      try {
        loaded = in(own, name, statements, body);
      } catch (RuntimeException | Error e) {
        try {
          own.setReadOnly(readOnly);
        } catch (RuntimeException restoring) {
          e.addSuppressed(restoring);
        }
        throw e;
      }
      own.setReadOnly(readOnly);
      return loaded;
    }
  }

  private <T> T in(Handle handle, String name, int statements, Function<Load, T> body) {
    Dialect dialect = dialect(handle, name);
    if (handle.isInTransaction()) {
      return body.apply(new Load(handle, dialect, name, statements));
    }
    return handle.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        tx -> body.apply(new Load(tx, dialect, name, statements)));
  }

  /** The dialect the handle's configuration names, else the one its database calls itself. */
  private Dialect dialect(Handle handle, String name) {
    Dialect configured = handle.getConfig(SheafConfig.class).getDialect();
    if (configured != null) {
      return configured;
    }
    Dialect dialect = detected;
    if (dialect == null) {
      try {
        dialect = Dialect.forProduct(handle.getConnection().getMetaData().getDatabaseProductName());
      } catch (SQLException | IllegalArgumentException e) {
        throw new IllegalStateException(name + ": " + e.getMessage(), e);
      }
      detected = dialect;
    }
    return dialect;
  }
}
