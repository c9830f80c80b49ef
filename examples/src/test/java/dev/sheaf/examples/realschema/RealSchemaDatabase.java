package dev.sheaf.examples.realschema;

import dev.sheaf.examples.StatementCounter;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh database of its own with the {@link RealSchema} tables, filled by the caller, and a
 * Jdbi that counts the statements it runs. Closing it drops the database.
 */
final class RealSchemaDatabase implements AutoCloseable {
  final Jdbi jdbi;
  private final StatementCounter counter = new StatementCounter();
  private final ScratchDatabase scratch;

  private RealSchemaDatabase(ScratchDatabase scratch) {
    this.scratch = scratch;
    this.jdbi = scratch.jdbi();
    jdbi.setSqlLogger(counter);
  }

  /** The tables on {@code database}, filled by {@code fill} in one transaction. */
  static RealSchemaDatabase create(TestDatabase database, Consumer<Handle> fill) {
    RealSchemaDatabase created = new RealSchemaDatabase(database.fresh("realschema"));
    try {
      // One transaction: MariaDB would otherwise commit, and flush, each row of a batch.
      created.jdbi.useTransaction(handle -> {
        RealSchema.create(handle, database);
        fill.accept(handle);
      });
    } catch (RuntimeException e) {
      try {
        created.close();
      } catch (RuntimeException dropFailed) {
        e.addSuppressed(dropFailed);
      }
      throw e;
    }
    created.statements();
    return created;
  }

  /** Statements run since the last call, which starts the next count. */
  long statements() {
    long count = counter.count();
    counter.reset();
    return count;
  }

  @Override
  public void close() {
    scratch.close();
  }
}
