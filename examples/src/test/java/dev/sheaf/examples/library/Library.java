package dev.sheaf.examples.library;

import dev.sheaf.examples.StatementCounter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh embedded H2 database holding the library, its Jdbi (with the {@link Isbn} column mapper
 * and a {@link StatementCounter}), and the oracle.
 */
final class Library implements AutoCloseable {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  final Jdbi jdbi;
  final StatementCounter counter = new StatementCounter();
  final LibrarySchema.Keys keys;
  final NaiveLibraryLoader oracle;

  private Library(int authors, long seed, boolean registerIsbn) {
    String url = "jdbc:h2:mem:library" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    jdbi = Jdbi.create(() -> rememberingReadOnly(DriverManager.getConnection(url)));
    if (registerIsbn) {
      jdbi.registerColumnMapper(Isbn.class, Isbn.MAPPER);
    }
    jdbi.setSqlLogger(counter);
    keys = jdbi.withHandle(handle -> {
      LibrarySchema.create(handle);
      return LibrarySchema.fill(handle, authors, seed);
    });
    oracle = new NaiveLibraryLoader(jdbi);
  }

  static Library create(int authors, long seed) {
    return new Library(authors, seed, true);
  }

  /** The same library on a Jdbi that has no column mapper for {@link Isbn}. */
  static Library withoutIsbnMapper(int authors, long seed) {
    return new Library(authors, seed, false);
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
    jdbi.useHandle(handle -> handle.execute("DROP ALL OBJECTS"));
  }
}
