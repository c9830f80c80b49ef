package dev.sheaf.examples.replica;

import dev.sheaf.examples.StatementCounter;
import dev.sheaf.examples.library.Isbn;
import dev.sheaf.examples.library.LibrarySchema;
import dev.sheaf.examples.library.NaiveLibraryLoader;
import dev.sheaf.runtime.SheafConfig;
import org.jdbi.v3.core.Jdbi;

/**
 * The library of {@code dev.sheaf.examples.library}, written through the primary of a
 * {@link ReplicaPair} and replayed on its replica, with three Jdbis, each counting its
 * statements:
 *
 * <ul>
 *   <li>{@link #primary}: the primary, no route (the oracle's, and the primary's loads);
 *   <li>{@link #reads}: the reads route's connections ({@link ReplicaScratch#routeUrl()});
 *   <li>{@link #routed}: the primary again, with {@link SheafConfig#setReads} set to
 *       {@link #reads}, as an application builds its repositories.
 * </ul>
 *
 * A routed load's statements run on the handle of {@link #reads}, so they are counted there (and
 * the column mapper for {@link Isbn} must be registered there too). Closing it drops the database.
 */
final class ReplicaLibrary implements AutoCloseable {
  final ReplicaScratch scratch;
  final Jdbi primary;
  final Jdbi reads;
  final Jdbi routed;
  final StatementCounter onPrimary = new StatementCounter();
  final StatementCounter onReads = new StatementCounter();
  final StatementCounter onRouted = new StatementCounter();
  final LibrarySchema.Keys keys;
  final NaiveLibraryLoader oracle;

  private ReplicaLibrary(ReplicaPair pair, int authors, long seed) {
    scratch = pair.fresh("library");
    try {
      primary = counted(scratch.primaryJdbi(), onPrimary);
      reads = counted(scratch.routeJdbi(), onReads);
      routed = counted(scratch.primaryJdbi(), onRouted);
      routed.getConfig(SheafConfig.class).setReads(reads);
      // One transaction: MariaDB would otherwise commit, and flush, each row of a batch.
      keys = primary.inTransaction(handle -> {
        LibrarySchema.create(handle, pair.database());
        return LibrarySchema.fill(handle, authors, seed);
      });
      scratch.awaitReplay();
    } catch (RuntimeException e) {
      try {
        scratch.close();
      } catch (RuntimeException dropFailed) {
        e.addSuppressed(dropFailed);
      }
      throw e;
    }
    oracle = new NaiveLibraryLoader(primary);
    resetCounts();
  }

  static ReplicaLibrary create(ReplicaPair pair, int authors, long seed) {
    return new ReplicaLibrary(pair, authors, seed);
  }

  private static Jdbi counted(Jdbi jdbi, StatementCounter counter) {
    jdbi.registerColumnMapper(Isbn.class, Isbn.MAPPER);
    jdbi.setSqlLogger(counter);
    return jdbi;
  }

  void resetCounts() {
    onPrimary.reset();
    onReads.reset();
    onRouted.reset();
  }

  @Override
  public void close() {
    scratch.close();
  }
}
