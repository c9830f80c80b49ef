package dev.sheaf.examples;

import static org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import dev.sheaf.runtime.SheafConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.transaction.NoOpTransactionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A load's statements see one snapshot of the database, even while another connection commits
 * changes to the rows they read; on every database.
 *
 * <p>A writer thread inserts and deletes books of a few authors, one change per short
 * transaction of its own, in a tight loop. The test thread meanwhile loads {@link AuthorBookTally}
 * with its generated repository: statement 1 computes each author's {@code bookCount} and
 * {@code lastBookId} in SQL subqueries, statement 2 loads the books. Every load is checked: the
 * count is the size of the list and the greatest id is the list's last. That only holds if
 * statement 2 sees the rows statement 1 saw, which the load's REPEATABLE READ transaction
 * guarantees on H2 (MVStore), PostgreSQL and MariaDB (InnoDB) alike.
 *
 * <p>The window between the two statements is short, so luck alone would let most loads fall
 * between two commits. Instead, after statement 1 each load waits until the writer has committed
 * again (through a {@link SqlLogger}, which runs right after the statement); so every load
 * straddles at least one commit, and the check cannot pass by chance. The last test proves it:
 * the same loads on a Jdbi whose transactions are no-ops (each statement commits on its own)
 * disagree in most loads.
 *
 * <p>A load attached to a caller's handle joins the caller's transaction, at the caller's
 * isolation level: in a REPEATABLE READ transaction its statements agree too. (At READ COMMITTED,
 * the default of PostgreSQL and H2, each statement sees the commits before it, and attached
 * loads disagree just as the ones without a transaction do.)
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ConsistencyTest {
  private static final int LOADS = 200;
  private static final int AUTHORS = 4;
  /** How long a load waits for the writer's next commit before counting a gap without one. */

  @Parameter
  TestDatabase database;

  @Test
  void everyLoadSeesOneSnapshotWhileAWriterCommitsBetweenItsStatements() throws Exception {
    Run run = loadWhileWriting(Mode.OWN_TRANSACTION, LOADS);

    assertEquals(0, run.loadsWithoutCommit, "every load waited for a commit between statements");
    assertTrue(run.commits >= 2L * run.loads, run.toString());
    assertTrue(run.distinctResults > run.loads / 4,
        "the loads saw the writer's changes: " + run.distinctResults + " distinct results");
    assertEquals(0, run.disagreeingLoads, run + ", first: " + run.firstDisagreement);
  }

  @Test
  void loadsAttachedToACallersRepeatableReadTransactionAgreeToo() throws Exception {
    Run run = loadWhileWriting(Mode.CALLERS_REPEATABLE_READ_TRANSACTION, LOADS / 2);

    assertEquals(0, run.loadsWithoutCommit, "every load waited for a commit between statements");
    assertEquals(0, run.disagreeingLoads, run + ", first: " + run.firstDisagreement);
  }

  /**
   * The same loads without one transaction: statement 2 reads rows committed after statement 1,
   * so a count and the list it counts disagree. The loads wait for a commit between their
   * statements, so nearly every one disagrees; more than half is asserted.
   */
  @Test
  void withoutOneTransactionTheSameLoadsDisagree() throws Exception {
    Run run = loadWhileWriting(Mode.NO_TRANSACTION, LOADS / 2);

    assertEquals(0, run.loadsWithoutCommit, "every load waited for a commit between statements");
    assertTrue(run.disagreeingLoads > run.loads / 2, run.toString());
  }

  /**
   * With {@code setParallelConnections(2)}, the books run on another connection that imported
   * the load's snapshot while the load's own connection reads the ids, after the writer has
   * committed twice since statement 1: the count, the greatest id, the books and the ids still
   * agree. On PostgreSQL most loads ran a statement on another thread (so on another
   * connection); elsewhere the setting changes nothing. Either way, 3 statements per load.
   */
  @Test
  void sideBySideStatementsOnConnectionsThatImportedTheSnapshotAgreeToo() throws Exception {
    int count = LOADS / 2;
    try (ScratchDatabase scratch = database.fresh("consistency")) {
      Jdbi setup = scratch.jdbi();
      setup.useTransaction(handle -> {
        ArticleSchema.create(handle);
        ArticleSchema.fill(handle, AUTHORS, 5);
      });
      List<Long> authors = setup.withHandle(handle ->
          handle.createQuery("SELECT id FROM author ORDER BY id").mapTo(Long.class).list());
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(scratch.url());
      config.setMaximumPoolSize(3);
      BookWriter writer = new BookWriter(scratch::connect, authors);
      Thread thread = new Thread(writer, "book-writer");
      CommitBetweenStatements gap = new CommitBetweenStatements(writer);
      AtomicLong statements = new AtomicLong();
      AtomicLong onOtherThreads = new AtomicLong();
      Thread loading = Thread.currentThread();
      int disagreeing = 0;
      String first = null;
      Set<List<AuthorBookSides>> results = new HashSet<>();
      try (HikariDataSource pool = new HikariDataSource(config)) {
        Jdbi jdbi = Jdbi.create(pool);
        // A few keys a statement: each runs on another connection all the same.
        jdbi.getConfig(SheafConfig.class).setParallelConnections(2).setParallelMinimumKeys(1);
        jdbi.setSqlLogger(new SqlLogger() {
          @Override
          public void logAfterExecution(StatementContext context) {
            statements.incrementAndGet();
            if (Thread.currentThread() != loading) {
              onOtherThreads.incrementAndGet();
            }
            gap.logAfterExecution(context);
          }
        });
        AuthorBookSidesRepository repository = new AuthorBookSidesRepository(jdbi);
        thread.start();
        assertTrue(writer.awaitCommits(1, BookWriter.COMMIT_WAIT_MILLIS), "the writer started");
        for (int i = 0; i < count && writer.failure() == null; i++) {
          List<AuthorBookSides> loaded =
              i % 2 == 0 ? repository.findAll() : repository.findAllById(authors);
          assertEquals(AUTHORS, loaded.size());
          results.add(loaded);
          String disagreement = BookWriter.disagreementOfSides(loaded);
          if (disagreement != null) {
            disagreeing++;
            first = first == null ? "load " + i + ": " + disagreement : first;
          }
        }
        assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "connections in use");
      } finally {
        writer.stop();
        thread.join(TimeUnit.SECONDS.toMillis(30));
      }
      assertNull(writer.failure(), "the writer failed");
      System.out.println("ConsistencyTest on " + database + ", side by side: " + count
          + " loads, " + disagreeing + " disagreeing, " + onOtherThreads + " of " + statements
          + " statements on other connections, " + results.size() + " distinct results");
      assertEquals(0, gap.withoutCommit, "every load waited for a commit between statements");
      assertTrue(results.size() > count / 4, results.size() + " distinct results");
      assertEquals(3L * count, statements.get(), "3 statements per load");
      if (database == TestDatabase.POSTGRESQL) {
        // Most loads ran their books elsewhere (a findAll may also read both whole tables beside
        // statement 1); a statement whose connection was not ready when joined ran in place.
        assertTrue(onOtherThreads.get() > count / 2, onOtherThreads + " on other connections");
      } else {
        assertEquals(0, onOtherThreads.get(), "statements on another connection");
      }
      assertEquals(0, disagreeing, first);
    }
  }

  /** How the loads run. */
  private enum Mode {
    /** The repository on a Jdbi: each load opens a handle, in a transaction of its own. */
    OWN_TRANSACTION,
    /** Attached to a handle in the caller's REPEATABLE READ transaction, one per load. */
    CALLERS_REPEATABLE_READ_TRANSACTION,
    /** On a Jdbi whose transactions are no-ops: each statement commits on its own. */
    NO_TRANSACTION
  }

  /** What {@link #loadWhileWriting} saw. */
  private record Run(int loads, int disagreeingLoads, String firstDisagreement,
      int loadsWithoutCommit, long commits, int distinctResults, long millis) {
    @Override
    public String toString() {
      return loads + " loads in " + millis + " ms, " + disagreeingLoads + " disagreeing, "
          + commits + " writer commits, " + distinctResults + " distinct results";
    }
  }

  /**
   * On a database of its own, creates the authors and their books, starts the writer, runs
   * {@code count} loads of {@link AuthorBookTallyRepository} the way {@code mode} says
   * (alternating {@code findAll} and {@code findAllById}), and checks each. The loads run on a
   * pool of one connection, as an application's would (and faster than a new connection per
   * load).
   */
  private Run loadWhileWriting(Mode mode, int count) throws InterruptedException {
    try (ScratchDatabase scratch = database.fresh("consistency")) {
      Jdbi setup = scratch.jdbi();
      setup.useTransaction(handle -> {
        ArticleSchema.create(handle);
        ArticleSchema.fill(handle, AUTHORS, 5);
      });
      List<Long> authors = setup.withHandle(handle ->
          handle.createQuery("SELECT id FROM author ORDER BY id").mapTo(Long.class).list());

      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(scratch.url());
      config.setMaximumPoolSize(1);
      BookWriter writer = new BookWriter(scratch::connect, authors);
      Thread thread = new Thread(writer, "book-writer");
      CommitBetweenStatements gap = new CommitBetweenStatements(writer);
      int disagreeing = 0;
      String first = null;
      Set<List<AuthorBookTally>> results = new HashSet<>();
      long commitsBefore;
      long commitsAfter;
      long start = System.nanoTime();
      try (HikariDataSource pool = new HikariDataSource(config)) {
        Jdbi jdbi = Jdbi.create(pool);
        jdbi.setSqlLogger(gap);
        if (mode == Mode.NO_TRANSACTION) {
          jdbi.setTransactionHandler(new NoOpTransactionHandler());
        }
        AuthorBookTallyRepository repository = new AuthorBookTallyRepository(jdbi);
        List<Function<AuthorBookTallyRepository, List<AuthorBookTally>>> loads =
            List.of(AuthorBookTallyRepository::findAll, r -> r.findAllById(authors));
        thread.start();
        // The writer's first commit: its connection and statements are ready.
        assertTrue(writer.awaitCommits(1, BookWriter.COMMIT_WAIT_MILLIS), "the writer started");
        commitsBefore = writer.commits();
        for (int i = 0; i < count && writer.failure() == null; i++) {
          Function<AuthorBookTallyRepository, List<AuthorBookTally>> load = loads.get(i % 2);
          List<AuthorBookTally> loaded = mode == Mode.CALLERS_REPEATABLE_READ_TRANSACTION
              ? jdbi.inTransaction(REPEATABLE_READ, handle -> load.apply(repository.attach(handle)))
              : load.apply(repository);
          assertEquals(AUTHORS, loaded.size());
          results.add(loaded);
          String disagreement = BookWriter.disagreement(loaded);
          if (disagreement != null) {
            disagreeing++;
            first = first == null ? "load " + i + ": " + disagreement : first;
          }
        }
        commitsAfter = writer.commits();
      } finally {
        writer.stop();
        thread.join(TimeUnit.SECONDS.toMillis(30));
      }
      assertNull(writer.failure(), "the writer failed");
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      Run run = new Run(count, disagreeing, first, gap.withoutCommit, commitsAfter - commitsBefore,
          results.size(), millis);
      System.out.println("ConsistencyTest on " + database + ", " + mode + ": " + run);
      return run;
    }
  }

  /** Null when each author's count and greatest id agree with the books loaded; else how not. */
  /**
   * After statement 1 of a load (the one with the COUNT), waits until the writer has committed
   * twice more: the first of those may have been counted late, for a commit statement 1 already
   * saw, but the second began after statement 1 ended.
   */
  private static final class CommitBetweenStatements implements SqlLogger {
    private final BookWriter writer;
    /** Only the loading thread writes it. */
    private int withoutCommit;

    CommitBetweenStatements(BookWriter writer) {
      this.writer = writer;
    }

    @Override
    public void logAfterExecution(StatementContext context) {
      // Statement 1 reads the authors (and their aggregates); statement 2 reads books.
      if (context.getRawSql().startsWith("SELECT author.")) {
        if (!writer.awaitCommits(writer.commits() + 2, BookWriter.COMMIT_WAIT_MILLIS)) {
          withoutCommit++;
        }
      }
    }
  }
}
