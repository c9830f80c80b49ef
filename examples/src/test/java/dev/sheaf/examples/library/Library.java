package dev.sheaf.examples.library;

import dev.sheaf.examples.StatementCounter;
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
    jdbi = Jdbi.create("jdbc:h2:mem:library" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
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

  @Override
  public void close() {
    jdbi.useHandle(handle -> handle.execute("DROP ALL OBJECTS"));
  }
}
