package dev.sheaf.examples.library;

import dev.sheaf.examples.StatementCounter;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh database of its own holding the library, its Jdbi (with the {@link Isbn} column mapper
 * and a {@link StatementCounter}), and the oracle. Closing it drops the database.
 */
final class Library implements AutoCloseable {
  final Jdbi jdbi;
  final StatementCounter counter = new StatementCounter();
  final LibrarySchema.Keys keys;
  final NaiveLibraryLoader oracle;
  private final ScratchDatabase scratch;

  private Library(TestDatabase database, int authors, long seed, boolean registerIsbn) {
    scratch = database.fresh("library");
    try {
      // PostgreSQL's and MariaDB's connections report setReadOnly themselves.
      jdbi = Jdbi.create(database == TestDatabase.H2
          ? () -> rememberingReadOnly(scratch.connect())
          : scratch::connect);
      if (registerIsbn) {
        jdbi.registerColumnMapper(Isbn.class, Isbn.MAPPER);
      }
      jdbi.setSqlLogger(counter);
      // One transaction: MariaDB would otherwise commit, and flush, each row of a batch.
      keys = jdbi.inTransaction(handle -> {
        LibrarySchema.create(handle, database);
        return LibrarySchema.fill(handle, authors, seed);
      });
    } catch (RuntimeException e) {
      try {
        scratch.close();
      } catch (RuntimeException dropFailed) {
        e.addSuppressed(dropFailed);
      }
      throw e;
    }
    oracle = new NaiveLibraryLoader(jdbi);
  }

  static Library create(TestDatabase database, int authors, long seed) {
    return new Library(database, authors, seed, true);
  }

  /** The same library on a Jdbi that has no column mapper for {@link Isbn}. */
  static Library withoutIsbnMapper(TestDatabase database, int authors, long seed) {
    return new Library(database, authors, seed, false);
  }

  /** Statements run since the last call, which starts the next count. */
  long statements() {
    long count = counter.count();
    counter.reset();
    return count;
  }

  /**
   * {@code connection}, except that it remembers {@code setReadOnly}: H2 ignores the call and
   * always answers false, so a test could not see that a load marks its connection read-only.
   */
  private static Connection rememberingReadOnly(Connection connection) {
    boolean[] readOnly = {false};
    InvocationHandler handler = (proxy, method, args) -> {
      switch (method.getName()) {
        case "setReadOnly" -> readOnly[0] = (Boolean) args[0];
        case "isReadOnly" -> {
          return readOnly[0];
        }
        default -> { }
      }
      try {
        return method.invoke(connection, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (Connection) Proxy.newProxyInstance(Library.class.getClassLoader(),
        new Class<?>[] {Connection.class}, handler);
  }

  @Override
  public void close() {
    scratch.close();
  }
}
