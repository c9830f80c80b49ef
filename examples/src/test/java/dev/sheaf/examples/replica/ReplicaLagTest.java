package dev.sheaf.examples.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sheaf.examples.ArticleSchema;
import dev.sheaf.examples.AuthorBookTally;
import dev.sheaf.examples.AuthorBookTallyRepository;
import dev.sheaf.examples.BookWriter;
import dev.sheaf.runtime.SheafConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Replica lag made deterministic: with the replica's replay paused (PostgreSQL
 * {@code pg_wal_replay_pause()}, MariaDB {@code STOP SLAVE SQL_THREAD}), a change committed on
 * the primary has reached the replica but is not applied; a load through the route returns the
 * state before it, whole (each author's count and greatest id agree with its books), and after
 * the replay resumes, the state after it.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(ReplicaPair.class)
class ReplicaLagTest {
  private static final int AUTHORS = 30;

  @Parameter
  ReplicaPair pair;

  @Test
  @Timeout(90)
  void whileReplayIsPausedALoadReturnsTheOlderStateWholeAndAfterItTheNewer() throws Exception {
    try (ReplicaScratch scratch = pair.fresh("lag")) {
      Jdbi primary = scratch.primaryJdbi();
      primary.useTransaction(handle -> {
        ArticleSchema.create(handle);
        ArticleSchema.fill(handle, AUTHORS, 3);
      });
      scratch.awaitReplay();
      Jdbi routed = scratch.primaryJdbi();
      routed.getConfig(SheafConfig.class).setReads(scratch.routeJdbi());
      var onPrimary = new AuthorBookTallyRepository(primary);
      var throughRoute = new AuthorBookTallyRepository(routed);
      List<Long> some = List.of(1L, 2L, 3L, 5L, 8L, 13L, AUTHORS + 1L);

      List<AuthorBookTally> before = onPrimary.findAll();
      List<AuthorBookTally> someBefore = onPrimary.findAllById(some);
      assertEquals(before, whole(throughRoute.findAll()), "the replica before the change");

      List<AuthorBookTally> after;
      List<AuthorBookTally> someAfter;
      try (Connection replica = scratch.replica()) {
        pair.pause(replica);
        try {
          primary.useTransaction(handle -> {
            // A new author with books, books added and removed, one author's books all gone.
            handle.execute("INSERT INTO author (id, name) VALUES (?, ?)", AUTHORS + 1L, "New");
            for (long author = 1; author <= AUTHORS + 1; author += 2) {
              handle.execute("INSERT INTO book (id, author_id, title) VALUES (?, ?, ?)",
                  2_000_000 + author, author, "Late book of " + author);
            }
            handle.execute("DELETE FROM book WHERE author_id IN (2, 4) OR id % 7 = 0");
          });
          after = onPrimary.findAll();
          someAfter = onPrimary.findAllById(some);
          assertNotEquals(before, after, "the change is one the loads can see");
          awaitReceived(scratch, replica);

          for (int load = 0; load < 3; load++) {
            assertEquals(before, whole(throughRoute.findAll()),
                "findAll through the route while replay is paused, load " + load);
            assertEquals(someBefore, whole(throughRoute.findAllById(some)),
                "findAllById through the route while replay is paused, load " + load);
          }
          assertEquals(before, whole(throughRoute.query().chunkSize(7)
              .withStream(stream -> stream.toList())), "a stream while replay is paused");
        } finally {
          pair.resume(replica);
        }
      }
      scratch.awaitReplay();
      assertEquals(after, whole(throughRoute.findAll()), "findAll after the replay resumed");
      assertEquals(someAfter, whole(throughRoute.findAllById(some)),
          "findAllById after the replay resumed");
    }
  }

  /** {@code loaded}, once each author's count and greatest id are seen to agree with its books. */
  private static List<AuthorBookTally> whole(List<AuthorBookTally> loaded) {
    assertNull(BookWriter.disagreement(loaded), "a load's counts and lists agree");
    return loaded;
  }

  /**
   * Waits until the replica has received (not replayed) everything the primary has committed,
   * so the paused loads are tested against a change that is there to be applied: on PostgreSQL
   * {@code pg_last_wal_receive_lsn()}, on MariaDB the I/O thread's {@code Gtid_IO_Pos}.
   */
  private void awaitReceived(ReplicaScratch scratch, Connection replica) throws SQLException {
    String query;
    String position;
    try (Connection primary = scratch.primary()) {
      switch (pair) {
        case POSTGRESQL -> {
          position = ReplicaPair.single(primary, "SELECT pg_current_wal_lsn()::text");
          query = "SELECT COALESCE(pg_last_wal_receive_lsn() >= ?::pg_lsn, false)";
        }
        case MARIADB -> {
          position = ReplicaPair.single(primary, "SELECT @@gtid_binlog_pos");
          // The I/O thread's position is in SHOW SLAVE STATUS only; read it below.
          query = null;
        }
        default -> throw new IllegalStateException(pair.name());
      }
    }
    long deadline =
        System.nanoTime() + TimeUnit.SECONDS.toNanos(ReplicaPair.REPLAY_TIMEOUT_SECONDS);
    while (!received(replica, query, position)) {
      if (System.nanoTime() > deadline) {
        fail(pair + " replica has not received " + position);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static boolean received(Connection replica, String query, String position)
      throws SQLException {
    if (query != null) {
      try (PreparedStatement statement = replica.prepareStatement(query)) {
        statement.setString(1, position);
        try (ResultSet answer = statement.executeQuery()) {
          answer.next();
          return answer.getBoolean(1);
        }
      }
    }
    try (PreparedStatement statement = replica.prepareStatement("SHOW SLAVE STATUS");
        ResultSet status = statement.executeQuery()) {
      return status.next() && position.equals(status.getString("Gtid_IO_Pos"));
    }
  }
}
