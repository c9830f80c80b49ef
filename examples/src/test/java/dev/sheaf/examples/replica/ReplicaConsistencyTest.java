package dev.sheaf.examples.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sheaf.examples.ArticleSchema;
import dev.sheaf.examples.AuthorBookSides;
import dev.sheaf.examples.AuthorBookSidesRepository;
import dev.sheaf.examples.AuthorBookTally;
import dev.sheaf.examples.AuthorBookTallyRepository;
import dev.sheaf.examples.BookWriter;
import dev.sheaf.runtime.SheafConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.transaction.NoOpTransactionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ConsistencyTest on a replica: a writer commits on the primary, the loads run through the reads
 * route on the replica, and every load sees one snapshot of the replica.
 *
 * <p>After statement 1 of each load ({@link AuthorBookTally}'s counts), the load waits until the
 * writer has committed twice more on the primary <em>and the replica has replayed those
 * commits</em>; only then does statement 2 read the books, on the replica. A load whose
 * statements saw different states would then count other books than it lists. The control runs
 * the same loads without a transaction (each statement on its own), and most of them disagree.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(ReplicaPair.class)
class ReplicaConsistencyTest {
  private static final int LOADS = 100;
  private static final int AUTHORS = 4;

  @Parameter
  ReplicaPair pair;

  @Test
  @Timeout(120)
  void everyLoadOnTheReplicaSeesOneSnapshotWhileThePrimaryCommitsBetweenItsStatements()
      throws Exception {
    Run run = loadWhileWriting(Mode.ONE_TRANSACTION);

    assertTrue(run.commits >= 2L * run.loads, run.toString());
    assertTrue(run.distinctResults > run.loads / 4,
        "the loads saw the writer's changes: " + run.distinctResults + " distinct results");
    assertEquals(0, run.disagreeingLoads, run + ", first: " + run.firstDisagreement);
  }

  @Test
  @Timeout(120)
  void withoutOneTransactionTheSameLoadsOnTheReplicaDisagree() throws Exception {
    Run run = loadWhileWriting(Mode.NO_TRANSACTION);

    assertTrue(run.disagreeingLoads > run.loads / 2, run.toString());
  }

  /**
   * {@code setParallelConnections} on the route: the books run on another connection of the
   * standby that imported the load's snapshot (pg_export_snapshot() works on a hot standby),
   * while the ids run on the load's own, both after the replica replayed two more commits; the
   * counts and both lists still agree. MariaDB runs them in sequence, and agrees too.
   */
  @Test
  @Timeout(120)
  void sideBySideOnTheReplicaEveryLoadStillSeesOneSnapshot() throws Exception {
    Run run = loadWhileWriting(Mode.SIDE_BY_SIDE);

    assertTrue(run.distinctResults > run.loads / 4, run.toString());
    if (pair == ReplicaPair.POSTGRESQL) {
      assertTrue(run.onOtherConnections > run.loads / 2, run.toString());
    } else {
      assertEquals(0, run.onOtherConnections, run.toString());
    }
    assertEquals(0, run.disagreeingLoads, run + ", first: " + run.firstDisagreement);
  }

  /** How the loads run on the replica. */
  private enum Mode {
    /** Each load in a transaction of its own. */
    ONE_TRANSACTION,
    /** On a Jdbi whose transactions are no-ops: each statement sees its own state. */
    NO_TRANSACTION,
    /** Each load in a transaction, its sibling statements on connections sharing its snapshot. */
    SIDE_BY_SIDE
  }

  /** What {@link #loadWhileWriting} saw. */
  private record Run(int loads, int disagreeingLoads, String firstDisagreement, long commits,
      int distinctResults, long onOtherConnections, long millis) {
    @Override
    public String toString() {
      return loads + " loads in " + millis + " ms, " + disagreeingLoads + " disagreeing, "
          + commits + " writer commits, " + distinctResults + " distinct results, "
          + onOtherConnections + " statements on other connections";
    }
  }

  /**
   * Creates the authors and books on the primary, starts the writer there, and runs
   * {@value #LOADS} loads of {@link AuthorBookTallyRepository} through the route (a pool of one
   * connection), alternating {@code findAll} and {@code findAllById}, checking each.
   */
  private Run loadWhileWriting(Mode mode) throws Exception {
    try (ReplicaScratch scratch = pair.fresh("consistency")) {
      Jdbi primary = scratch.primaryJdbi();
      primary.useTransaction(handle -> {
        ArticleSchema.create(handle);
        ArticleSchema.fill(handle, AUTHORS, 5);
      });
      List<Long> authors = primary.withHandle(handle ->
          handle.createQuery("SELECT id FROM author ORDER BY id").mapTo(Long.class).list());
      scratch.awaitReplay();

      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(scratch.routeUrl());
      config.setMaximumPoolSize(mode == Mode.SIDE_BY_SIDE ? 3 : 1);
      config.setConnectionTimeout(10_000);
      BookWriter writer = new BookWriter(scratch::primary, authors);
      Thread thread = new Thread(writer, "book-writer");
      int disagreeing = 0;
      String first = null;
      Set<List<?>> results = new HashSet<>();
      AtomicLong onOtherConnections = new AtomicLong();
      Thread loading = Thread.currentThread();
      long commitsBefore;
      long commitsAfter;
      long start = System.nanoTime();
      try (HikariDataSource pool = new HikariDataSource(config);
          CommitReplayedBetweenStatements gap =
              new CommitReplayedBetweenStatements(scratch, writer)) {
        Jdbi reads = Jdbi.create(pool);
        reads.setSqlLogger(new SqlLogger() {
          @Override
          public void logAfterExecution(StatementContext context) {
            if (Thread.currentThread() != loading) {
              onOtherConnections.incrementAndGet();
            }
            gap.logAfterExecution(context);
          }
        });
        if (mode == Mode.NO_TRANSACTION) {
          reads.setTransactionHandler(new NoOpTransactionHandler());
        }
        if (mode == Mode.SIDE_BY_SIDE) {
          // A few keys a statement: each sibling but the last runs on another connection.
          reads.getConfig(SheafConfig.class).setParallelConnections(2).setParallelMinimumKeys(1);
        }
        Jdbi routed = scratch.primaryJdbi();
        routed.getConfig(SheafConfig.class).setReads(reads);
        List<Supplier<List<?>>> loads = loads(mode, routed, authors);
        thread.start();
        assertTrue(writer.awaitCommits(1, BookWriter.COMMIT_WAIT_MILLIS), "the writer started");
        commitsBefore = writer.commits();
        for (int i = 0; i < LOADS && writer.failure() == null; i++) {
          List<?> loaded = loads.get(i % 2).get();
          assertEquals(AUTHORS, loaded.size());
          results.add(loaded);
          String disagreement = disagreement(loaded);
          if (disagreement != null) {
            disagreeing++;
            first = first == null ? "load " + i + ": " + disagreement : first;
          }
        }
        commitsAfter = writer.commits();
        assertEquals(0, gap.failures, "waits for the writer and the replica: " + gap.firstFailure);
        assertEquals(LOADS, gap.waits, "loads that waited between their statements");
      } finally {
        writer.stop();
        thread.join(TimeUnit.SECONDS.toMillis(30));
      }
      assertNull(writer.failure(), "the writer failed");
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      Run run = new Run(LOADS, disagreeing, first, commitsAfter - commitsBefore, results.size(),
          onOtherConnections.get(), millis);
      System.out.println("ReplicaConsistencyTest on " + pair + ", " + mode + ": " + run);
      return run;
    }
  }

  /** findAll and findAllById through the route, of the projection {@code mode} checks. */
  private static List<Supplier<List<?>>> loads(Mode mode, Jdbi routed, List<Long> authors) {
    if (mode == Mode.SIDE_BY_SIDE) {
      AuthorBookSidesRepository sides = new AuthorBookSidesRepository(routed);
      return List.of(sides::findAll, () -> sides.findAllById(authors));
    }
    AuthorBookTallyRepository tallies = new AuthorBookTallyRepository(routed);
    return List.of(tallies::findAll, () -> tallies.findAllById(authors));
  }

  /** Null when each author's counts and lists agree; else how not. */
  @SuppressWarnings("unchecked")
  private static String disagreement(List<?> loaded) {
    return loaded.get(0) instanceof AuthorBookSides
        ? BookWriter.disagreementOfSides((List<AuthorBookSides>) loaded)
        : BookWriter.disagreement((List<AuthorBookTally>) loaded);
  }

  /**
   * After statement 1 of a load (the one with the COUNT), waits until the writer has committed
   * twice more on the primary, then until the replica has replayed those commits. Its own
   * connections to both servers ask.
   */
  private static final class CommitReplayedBetweenStatements implements SqlLogger, AutoCloseable {
    private final ReplicaScratch scratch;
    private final BookWriter writer;
    private final Connection primary;
    private final Connection replica;
    /** Only the loading thread writes these. */
    private int waits;
    private int failures;
    private String firstFailure;

    CommitReplayedBetweenStatements(ReplicaScratch scratch, BookWriter writer)
        throws SQLException {
      this.scratch = scratch;
      this.writer = writer;
      this.primary = scratch.primary();
      this.replica = scratch.replica();
    }

    @Override
    public void logAfterExecution(StatementContext context) {
      if (!context.getRawSql().startsWith("SELECT author.")) {
        return;
      }
      waits++;
      try {
        if (!writer.awaitCommits(writer.commits() + 2, BookWriter.COMMIT_WAIT_MILLIS)) {
          throw new AssertionError("the writer made no commit in "
              + BookWriter.COMMIT_WAIT_MILLIS + " ms");
        }
        scratch.pair().awaitReplay(primary, replica);
      } catch (SQLException | AssertionError e) {
        failures++;
        firstFailure = firstFailure == null ? e.toString() : firstFailure;
      }
    }

    @Override
    public void close() throws SQLException {
      try (primary; replica) {
        // closes both
      }
    }
  }
}
