package dev.sheaf.examples;

import static dev.sheaf.test.StatementAssertions.assertStatements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import dev.sheaf.runtime.LoadException;
import dev.sheaf.runtime.SheafConfig;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link SheafConfig#setReads}: where loads read, and the checks at a route's first load. Real
 * replicas are the replica suite's (README, "Read replicas"); here the route is checked against
 * what it must refuse on every database: a primary, and no server at all.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
@Timeout(60)
class ReadsRouteTest {
  @Parameter
  TestDatabase database;

  /** H2 has no replicas and is not checked: the route's own data proves where loads read. */
  @Test
  void loadsThatOpenTheirOwnHandleReadTheRouteAndAttachedLoadsStayOnTheirHandle() {
    assumeTrue(database == TestDatabase.H2, "only H2 accepts any database as a route");
    try (ScratchDatabase primary = database.fresh("primary");
        ScratchDatabase replica = database.fresh("replica")) {
      primary.jdbi().useHandle(handle -> fill(handle, 3));
      replica.jdbi().useHandle(handle -> fill(handle, 5));
      Jdbi jdbi = primary.jdbi();
      Jdbi reads = replica.jdbi();
      jdbi.getConfig(SheafConfig.class).setReads(reads);
      AuthorRepository authors = new AuthorRepository(jdbi);

      List<Author> read = assertStatements(reads, AuthorRepository.STATEMENTS, authors::findAll);
      assertEquals(5, read.size(), "read from the route");
      assertEquals(5, authors.query().list().size(), "a query reads the route too");
      try (Handle handle = jdbi.open()) {
        assertEquals(3, authors.attach(handle).findAll().size(), "an attached load stays put");
      }
      jdbi.getConfig(SheafConfig.class).setReads(null);
      assertEquals(3, authors.findAll().size(), "no route: the repository's own Jdbi");
    }
  }

  /** A route to the primary itself: every load on it fails, before any of its statements. */
  @Test
  void aRouteToAPrimaryFailsTheLoadNamingTheRoute() {
    assumeTrue(database != TestDatabase.H2, "H2 cannot tell a primary from a replica");
    try (ScratchDatabase primary = database.fresh("primary")) {
      primary.jdbi().useHandle(handle -> fill(handle, 3));
      Jdbi jdbi = primary.jdbi();
      jdbi.getConfig(SheafConfig.class).setReads(jdbi);
      AuthorRepository authors = new AuthorRepository(jdbi);

      for (int load = 0; load < 2; load++) {
        LoadException failure = assertStatements(jdbi, 0,
            () -> assertThrows(LoadException.class, authors::findAll));
        assertTrue(failure.getMessage().startsWith("AuthorRepository.findAll: the reads route"
            + " (SheafConfig.setReads) at jdbc:"), failure.getMessage());
        assertTrue(failure.getMessage().contains("reaches a primary, not a replica"),
            failure.getMessage());
        assertEquals("AuthorRepository", failure.repository());
        assertEquals(0, failure.statement());
      }
      try (Handle handle = jdbi.open()) {
        assertEquals(3, authors.attach(handle).findAll().size(), "attached loads are not routed");
      }
    }
  }

  @Test
  void aRouteToNoServerFailsTheLoadNamingTheRoute() {
    assumeTrue(database != TestDatabase.H2, "an H2 URL opens a new database");
    try (ScratchDatabase primary = database.fresh("primary")) {
      Jdbi jdbi = primary.jdbi();
      String port = database == TestDatabase.POSTGRESQL ? ":5432" : ":3306";
      String nowhere = primary.url().replace(port, ":1");
      jdbi.getConfig(SheafConfig.class).setReads(Jdbi.create(nowhere));

      LoadException failure = assertThrows(LoadException.class,
          () -> new AuthorRepository(jdbi).findById(1));
      assertTrue(failure.getMessage().startsWith("AuthorRepository.findById: the reads route"
          + " (SheafConfig.setReads) cannot open a connection: "), failure.getMessage());
    }
  }

  private static void fill(Handle handle, int authors) {
    ArticleSchema.create(handle);
    ArticleSchema.fill(handle, authors, 2);
  }
}
