package dev.sheaf.runtime.internal;

import dev.sheaf.runtime.Dialect;
import dev.sheaf.runtime.LoadException;
import dev.sheaf.runtime.SheafConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Where a repository's loads get their handle: a {@link Jdbi} (a new handle per load) or a
 * caller's {@link Handle} (joining its transaction). Either way every statement of one load runs
 * in one transaction, so a count and the collection it counts always agree.
 */
public final class Loader {
  private final Jdbi jdbi;
  private final Handle handle;
  private final Parameters parameters;
  /** The database's dialect, once a load has read it from a connection; shared by copies. */
  private final AtomicReference<Dialect> detected;
  /** The reads route a load found to reach a replica; shared by copies. */
  private final AtomicReference<Jdbi> checkedReads;

  private Loader(Jdbi jdbi, Handle handle, Parameters parameters,
      AtomicReference<Dialect> detected, AtomicReference<Jdbi> checkedReads) {
    this.jdbi = jdbi;
    this.handle = handle;
    this.parameters = parameters;
    this.detected = detected;
    this.checkedReads = checkedReads;
  }

  /**
   * Loads open their own handle, read-only, in a REPEATABLE READ transaction; or, when
   * {@code jdbi}'s connection factory hands out a connection already in a transaction (Spring's
   * inside {@code @Transactional}), in that transaction, at its isolation.
   */
  public static Loader of(Jdbi jdbi) {
    if (jdbi == null) {
      throw new NullPointerException("jdbi");
    }
    return new Loader(jdbi, null, Parameters.NONE, new AtomicReference<>(),
        new AtomicReference<>());
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
    return new Loader(null, handle, Parameters.NONE, new AtomicReference<>(),
        new AtomicReference<>());
  }

  /**
   * These loads on {@code handle}, with the parameters declared and bound here: inside its
   * transaction when it has one, else in a REPEATABLE READ transaction of their own.
   */
  public Loader attach(Handle handle) {
    if (handle == null) {
      throw new NullPointerException("handle");
    }
    return new Loader(null, handle, parameters, new AtomicReference<>(),
        new AtomicReference<>());
  }

  /**
   * These loads, for a repository whose annotation SQL names {@code names}: every load must
   * have each bound, here or on its query, before its first statement.
   */
  public Loader declaring(String repository, Set<String> names) {
    return new Loader(jdbi, handle, Parameters.declared(repository, names), detected,
        checkedReads);
  }

  /**
   * These loads with the declared parameter {@code name} bound to {@code value} (null too) in
   * every statement that names it.
   *
   * @throws IllegalArgumentException when the repository's annotations do not name it
   */
  public Loader bind(String name, Object value) {
    return new Loader(jdbi, handle, parameters.bind(name, value), detected, checkedReads);
  }

  /** Whether the repository's annotation SQL names the parameter {@code name}. */
  public boolean declares(String name) {
    return parameters.declares(name);
  }

  /**
   * Runs one load.
   *
   * @param name what failures are reported as, such as {@code "AuthorCardRepository.findAll"}
   * @param statements how many statements the load runs at most
   */
  public <T> T load(String name, int statements, Function<Load, T> body) {
    return load(name, statements, Map.of(), body);
  }

  /**
   * Runs one load of the rows whose keys are {@code given}: {@code body} gets them distinct, in
   * the order given, nulls dropped. No keys, no load: an empty list, and no connection opened.
   */
  public <K, T> List<T> byKeys(String name, int statements, Collection<K> given,
      BiFunction<Load, List<K>, List<T>> body) {
    List<K> keys = Rows.distinct(given);
    if (keys.isEmpty()) {
      return List.of();
    }
    return load(name, statements, load -> body.apply(load, keys));
  }

  /**
   * Runs one load whose statements also bind {@code more} (a query's own parameters, which win
   * over the repository's). Fails before any statement when a declared parameter is not bound.
   */
  public <T> T load(String name, int statements, Map<String, Object> more, Function<Load, T> body) {
    Map<String, Object> bound = parameters.forLoad(name, more);
    try {
      return run(name, statements, bound, body);
    } catch (LoadException e) {
      throw e;
    } catch (JdbiException e) {
      // Opening the handle, or beginning or committing the transaction: Jdbi's own failures
      // outside the statements. What the caller's code throws (a stream's consumer) is its own.
      throw new LoadException(name, "the load's connection or transaction failed", e);
    }
  }

  private <T> T run(String name, int statements, Map<String, Object> bound,
      Function<Load, T> body) {
    if (handle != null) {
      Dialect dialect = dialect(handle, name);
      if (handle.isInTransaction()) {
        return body.apply(new Load(handle, dialect, name, statements, bound));
      }
      return inOwnTransaction(handle, name,
          tx -> Branches.run(tx, dialect, name, statements, bound, body));
    }
    Jdbi reads = jdbi.getConfig(SheafConfig.class).getReads();
    try (Handle own = reads == null ? jdbi.open() : ReadsRoute.open(reads, name)) {
      Dialect dialect = dialect(own, name);
      // A Jdbi on a framework's connections (sheaf-spring's) opens the handle on the connection
      // of the caller's transaction, if there is one: join it, as an attached load does.
      if (own.isInTransaction()) {
        return body.apply(new Load(own, dialect, name, statements, bound));
      }
      return inOwnTransaction(own, name, tx -> {
        if (reads != null && checkedReads.get() != reads) {
          // Inside the read-only transaction: where a driver routes by read-only, it has now.
          ReadsRoute.check(tx, dialect, name);
          checkedReads.set(reads);
        }
        return Branches.run(tx, dialect, name, statements, bound, body);
      });
    }
  }

  /**
   * Runs {@code body} in a read-only REPEATABLE READ transaction on {@code handle}, which is in
   * none, and sets back the read-only flag and the isolation level it changed.
   *
   * <p>Not Jdbi's {@code inTransaction(REPEATABLE_READ, ...)}: that reads the connection's level
   * two to six times, and each read is a round trip on PostgreSQL and MariaDB. Here it is read
   * once and set only when it differs; read-only is set before the transaction begins, which lets
   * drivers route the load to a replica.
   */
  private static <T> T inOwnTransaction(Handle handle, String name, Function<Handle, T> body) {
    Connection connection = handle.getConnection();
    boolean readOnly;
    int isolation;
    try {
      readOnly = connection.isReadOnly();
      isolation = connection.getTransactionIsolation();
    } catch (SQLException e) {
      throw new LoadException(name, "cannot read the connection's state", e);
    }
    try {
      if (!readOnly) {
        connection.setReadOnly(true);
      }
      if (isolation != Connection.TRANSACTION_REPEATABLE_READ) {
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
    } catch (SQLException e) {
      LoadException failure =
          new LoadException(name, "cannot begin a read-only REPEATABLE READ transaction", e);
      try {
        restore(connection, readOnly, isolation);
      } catch (SQLException restoring) {
        failure.addSuppressed(restoring);
      }
      throw failure;
    }
    T loaded;
    try {
      loaded = handle.inTransaction(body::apply);
    } catch (RuntimeException | Error e) {
      try {
        restore(connection, readOnly, isolation);
      } catch (SQLException restoring) {
        e.addSuppressed(restoring);
      }
      throw e;
    }
    try {
      restore(connection, readOnly, isolation);
    } catch (SQLException e) {
      // A pool would hand the connection out read-only or at the wrong level: fail loudly.
      throw new LoadException(name, "cannot set the connection back after the load", e);
    }
    return loaded;
  }

  /** Sets back what the load changed: both, even when the first fails. */
  private static void restore(Connection connection, boolean readOnly, int isolation)
      throws SQLException {
    SQLException failure = null;
    if (isolation != Connection.TRANSACTION_REPEATABLE_READ) {
      try {
        connection.setTransactionIsolation(isolation);
      } catch (SQLException e) {
        failure = e;
      }
    }
    if (!readOnly) {
      try {
        connection.setReadOnly(false);
      } catch (SQLException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** The dialect the handle's configuration names, else the one its database calls itself. */
  private Dialect dialect(Handle handle, String name) {
    Dialect configured = handle.getConfig(SheafConfig.class).getDialect();
    if (configured != null) {
      return configured;
    }
    Dialect dialect = detected.get();
    if (dialect == null) {
      try {
        dialect = Dialect.forProduct(handle.getConnection().getMetaData().getDatabaseProductName());
      } catch (SQLException | IllegalArgumentException e) {
        throw new LoadException(name, "cannot tell the database's dialect", e);
      }
      detected.set(dialect);
    }
    return dialect;
  }
}
