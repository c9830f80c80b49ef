package dev.sheaf.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sheaf.runtime.SheafConfig;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * A load's forks with the setting off, and wherever the database cannot share a snapshot (H2
 * here): each part runs at once, on the load's own connection and thread, in the order forked,
 * as the statements ran before forks existed. (Parts on other connections: sheaf-examples'
 * ConsistencyTest and SideBySideTest, on PostgreSQL.)
 */
class ForkTest {
  private final Jdbi jdbi =
      Jdbi.create("jdbc:h2:mem:fork" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

  @Test
  void aForkRunsAtOnceOnTheLoadsOwnThreadAndLoad() {
    jdbi.getConfig(SheafConfig.class).setParallelConnections(2).setParallelMinimumKeys(1);
    List<String> ran = new ArrayList<>();
    Thread loading = Thread.currentThread();
    String joined = Loader.of(jdbi).load("Test.load", 3, load -> {
      Fork<String> first = load.fork(List.of(1L), part -> {
        assertSame(load, part);
        assertSame(loading, Thread.currentThread());
        ran.add("first");
        return "a";
      });
      Fork<String> second = load.fork(part -> {
        ran.add("second");
        return "b";
      });
      ran.add("after");
      return first.join() + second.join();
    });
    assertEquals("ab", joined);
    assertEquals(List.of("first", "second", "after"), ran);
  }

  @Test
  void aPartThatFailsFailsWhereItIsForked() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Loader.of(jdbi).load("Test.load", 1, load -> load.fork(List.of(), part -> {
          throw new IllegalStateException("part");
        })));
    assertEquals("part", e.getMessage());
  }

  @Test
  void theSettingsRefuseWhatCannotBe() {
    SheafConfig config = new SheafConfig();
    assertEquals(0, config.getParallelConnections(), "off by default");
    assertEquals(SheafConfig.DEFAULT_PARALLEL_MINIMUM_KEYS, config.getParallelMinimumKeys());
    assertThrows(IllegalArgumentException.class, () -> config.setParallelConnections(-1));
    assertThrows(IllegalArgumentException.class, () -> config.setParallelMinimumKeys(0));
    config.setParallelConnections(3).setParallelMinimumKeys(10);
    SheafConfig copy = config.createCopy();
    assertEquals(3, copy.getParallelConnections());
    assertEquals(10, copy.getParallelMinimumKeys());
  }
}
