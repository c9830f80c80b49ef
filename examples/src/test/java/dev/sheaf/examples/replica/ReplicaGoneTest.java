package dev.sheaf.examples.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.sheaf.examples.ArticleSchema;
import dev.sheaf.examples.AuthorBookTally;
import dev.sheaf.examples.AuthorBookTallyRepository;
import dev.sheaf.runtime.LoadException;
import dev.sheaf.runtime.SheafConfig;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A replica that goes away while a load reads it (the server stopped at once: PostgreSQL's
 * standby in immediate mode, MariaDB's replica by SIGKILL): the load fails with a
 * {@link LoadException} naming it, within the test's timeout, and the reads pool gets every
 * connection back. The replica is started again before the test ends, and a load through the
 * same pool then succeeds.
 *
 * <p>On MariaDB that holds for a reads pool on the replica's own URL. Through a
 * {@code jdbc:mariadb:replication:} URL, Connector/J (3.5) moves a read-only connection whose
 * replica fails to the primary without an error, even inside a transaction ("if reconnect
 * succeed on replica / use master, no problem, continuing without interruption", its
 * {@code MultiPrimaryReplicaClient.reConnect}): the load goes on, on the primary, in another
 * transaction. The last test pins what that costs: a stream that straddles the move returns rows
 * of two states.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(ReplicaPair.class)
class ReplicaGoneTest {
  private static final int AUTHORS = 200;

  @Parameter
  ReplicaPair pair;

  @Test
  @Timeout(180)
  void aReplicaThatGoesAwayMidStreamOrMidLoadFailsTheLoadAndLeaksNothing() throws Exception {
    try (ReplicaScratch scratch = pair.fresh("gone")) {
      Jdbi primary = scratch.primaryJdbi();
      primary.useTransaction(handle -> {
        ArticleSchema.create(handle);
        ArticleSchema.fill(handle, AUTHORS, 4);
      });
      scratch.awaitReplay();
      List<AuthorBookTally> expected = new AuthorBookTallyRepository(primary).findAll();

      HikariConfig config = new HikariConfig();
      // The replica's own URL: see the class comment for MariaDB's replication: URL.
      config.setJdbcUrl(scratch.replicaUrl());
      config.setMaximumPoolSize(2);
      config.setConnectionTimeout(5_000);
      try (HikariDataSource pool = new HikariDataSource(config)) {
        HikariPoolMXBean connections = pool.getHikariPoolMXBean();
        Jdbi reads = Jdbi.create(pool);
        KillAfterFirstStatement killer = new KillAfterFirstStatement(pair);
        reads.setSqlLogger(killer);
        Jdbi routed = scratch.primaryJdbi();
        routed.getConfig(SheafConfig.class).setReads(reads);
        var authors = new AuthorBookTallyRepository(routed);
        assertEquals(expected, authors.findAll(), "through the route, before");

        // Mid-stream: the replica goes once the first chunk is in the caller's hands.
        AtomicInteger streamed = new AtomicInteger();
        boolean killed = false;
        try {
          long start = System.nanoTime();
          LoadException midStream = assertThrows(LoadException.class,
              () -> authors.query().chunkSize(20).useStream(stream -> stream.forEach(author -> {
                if (streamed.incrementAndGet() == 1) {
                  pair.killReplica();
                }
              })));
          killed = true;
          report("mid-stream", midStream, start, connections);
          assertTrue(midStream.getMessage().startsWith("AuthorBookTallyRepository.query"),
              midStream.getMessage());
          assertEquals(20, streamed.get(), "the rows of the first chunk, and no more");
          assertEquals(0, connections.getActiveConnections(), "connections in use, mid-stream");
        } finally {
          if (killed || streamed.get() > 0) {
            pair.startReplica();
          }
        }

        // Mid-load: the replica goes between statement 1 and statement 2 of a findAll.
        killed = false;
        try {
          long start = System.nanoTime();
          killer.armed.set(true);
          LoadException midLoad = assertThrows(LoadException.class, authors::findAll);
          killed = true;
          report("mid-load", midLoad, start, connections);
          assertTrue(midLoad.getMessage().startsWith("AuthorBookTallyRepository.findAll"),
              midLoad.getMessage());
          assertEquals(0, connections.getActiveConnections(), "connections in use, mid-load");
        } finally {
          if (killed || killer.fired.get()) {
            pair.startReplica();
          }
        }

        assertEquals(0, connections.getThreadsAwaitingConnection(), "waiting for a connection");
        assertEquals(expected, authors.findAll(), "through the route, after the replica is back");
        assertEquals(0, connections.getActiveConnections(), "connections in use, at the end");
      }
    }
  }

  @Test
  @Timeout(180)
  void throughAReplicationUrlAStreamWhoseReplicaGoesAwayGoesOnOnThePrimaryInAnotherState()
      throws Exception {
    assumeTrue(pair == ReplicaPair.MARIADB, "a replication: URL is MariaDB Connector/J's");
    try (ReplicaScratch scratch = pair.fresh("failover")) {
      Jdbi primary = scratch.primaryJdbi();
      primary.useTransaction(handle -> {
        ArticleSchema.create(handle);
        ArticleSchema.fill(handle, AUTHORS, 4);
      });
      scratch.awaitReplay();
      var onPrimary = new AuthorBookTallyRepository(primary);
      List<AuthorBookTally> before = onPrimary.findAll();

      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(scratch.routeUrl());
      config.setMaximumPoolSize(1);
      config.setConnectionTimeout(5_000);
      boolean killed = false;
      try (HikariDataSource pool = new HikariDataSource(config);
          Connection replica = scratch.replica()) {
        Jdbi routed = scratch.primaryJdbi();
        routed.getConfig(SheafConfig.class).setReads(Jdbi.create(pool));
        var authors = new AuthorBookTallyRepository(routed);
        assertEquals(before, authors.findAll(), "through the route, before");

        // The replica holds the older state, the primary a newer one: a book more per author.
        pair.pause(replica);
        primary.useHandle(handle -> handle.execute("INSERT INTO book (id, author_id, title)"
            + " SELECT 2000000 + id, id, 'Late' FROM author"));
        List<AuthorBookTally> after = onPrimary.findAll();
        assertNotEquals(before, after);

        AtomicInteger streamed = new AtomicInteger();
        List<AuthorBookTally> mixed = authors.query().chunkSize(20).withStream(stream ->
            stream.peek(author -> {
              if (streamed.incrementAndGet() == 1) {
                pair.killReplica();
              }
            }).toList());
        killed = true;
        System.out.println("ReplicaGoneTest on " + pair + ", through " + scratch.routeUrl()
            + ": no LoadException; the stream went on on the primary");
        assertEquals(before.subList(0, 20), mixed.subList(0, 20), "chunk 1: the replica's");
        assertEquals(after.subList(20, AUTHORS), mixed.subList(20, AUTHORS), "the rest: the"
            + " primary's, in another transaction");
      } finally {
        if (killed) {
          pair.startReplica();
        } else {
          try (Connection replica = scratch.replica()) {
            pair.resume(replica);
          }
        }
      }
    }
  }

  private void report(String when, LoadException failure, long start,
      HikariPoolMXBean connections) {
    System.out.println("ReplicaGoneTest on " + pair + ", " + when + ": failed after "
        + (System.nanoTime() - start) / 1_000_000 + " ms (" + connections.getActiveConnections()
        + " connections in use): " + failure.getMessage());
  }

  /** Once armed, kills the replica right after the next load's first statement. */
  private static final class KillAfterFirstStatement implements SqlLogger {
    final AtomicBoolean armed = new AtomicBoolean();
    final AtomicBoolean fired = new AtomicBoolean();
    private final ReplicaPair pair;

    KillAfterFirstStatement(ReplicaPair pair) {
      this.pair = pair;
    }

    @Override
    public void logAfterExecution(StatementContext context) {
      if (armed.compareAndSet(true, false)) {
        fired.set(true);
        pair.killReplica();
      }
    }
  }
}
