package dev.sheaf.examples.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.examples.ArticleSchema;
import dev.sheaf.examples.AuthorBookTallyRepository;
import dev.sheaf.runtime.LoadException;
import dev.sheaf.runtime.SheafConfig;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reads route on a real pair: a route to the pair's primary fails at the first load, naming
 * the route; a load attached to the caller's handle on the primary stays there and reads the
 * caller's own writes, which the route's replica does not have yet.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(ReplicaPair.class)
class ReplicaRouteTest {
  @Parameter
  ReplicaPair pair;

  @Test
  @Timeout(60)
  void aRouteToThePrimaryFailsTheFirstLoadNamingTheRoute() {
    try (ReplicaScratch scratch = pair.fresh("route")) {
      Jdbi primary = scratch.primaryJdbi();
      primary.useHandle(handle -> {
        ArticleSchema.create(handle);
        ArticleSchema.fill(handle, 3, 1);
      });
      Jdbi routed = scratch.primaryJdbi();
      routed.getConfig(SheafConfig.class).setReads(scratch.primaryJdbi());

      LoadException failure = assertThrows(LoadException.class,
          () -> new AuthorBookTallyRepository(routed).findAll());
      String message = failure.getMessage();
      assertTrue(message.startsWith("AuthorBookTallyRepository.findAll: the reads route"
          + " (SheafConfig.setReads) at jdbc:"), message);
      assertTrue(message.contains("reaches a primary, not a replica"), message);
    }
  }

  @Test
  @Timeout(60)
  void aLoadAttachedToTheCallersHandleStaysOnThePrimaryAndSeesItsWrites() {
    try (ReplicaScratch scratch = pair.fresh("attached")) {
      Jdbi primary = scratch.primaryJdbi();
      primary.useHandle(handle -> {
        ArticleSchema.create(handle);
        ArticleSchema.fill(handle, 3, 1);
      });
      scratch.awaitReplay();
      Jdbi routed = scratch.primaryJdbi();
      routed.getConfig(SheafConfig.class).setReads(scratch.routeJdbi());
      var authors = new AuthorBookTallyRepository(routed);

      routed.useTransaction(handle -> {
        handle.execute("INSERT INTO author (id, name) VALUES (?, ?)", 4L, "Written just now");
        assertEquals(4, authors.attach(handle).findAll().size(), "attached: the caller's write");
        assertEquals(3, authors.findAll().size(), "through the route: not yet committed");
      });
    }
  }
}
