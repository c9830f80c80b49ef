package dev.sheaf.examples.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sheaf.examples.db.TestDatabase;
import dev.sheaf.runtime.LoadException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Projections that reference themselves load the chain of references up to the top, or to a
 * declared depth, in one statement, on every database: compared with {@link OrgChart}'s oracle;
 * a loop in the data fails the load, naming the row.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChainTest {
  @Parameter
  TestDatabase database;

  private OrgChart chart() {
    return OrgChart.create(database).chain(1, 60, 1L).wide(100, 30, 2L).forest(1000, 150, 3L)
        .write();
  }

  @Test
  void findAllLoadsEveryMemberWithEveryBossAbove() {
    try (OrgChart chart = chart()) {
      List<Boss> all = new BossRepository(chart.jdbi).findAll();

      assertEquals(chart.keys().stream().map(chart::boss).toList(), all);
      // The staff, the chain above them, the duties of both.
      assertEquals(3, chart.statements());
      assertEquals(3, BossRepository.STATEMENTS);
    }
  }

  @Test
  void findByIdLoadsFiftyNineBossesUp() {
    try (OrgChart chart = chart()) {
      Boss last = new BossRepository(chart.jdbi).findById(60).orElseThrow();

      assertEquals(chart.boss(60), last);
      assertEquals(3, chart.statements());
    }
  }

  @Test
  void findAllByIdAndAQueryLoadTheChainsOfTheRowsTheyFind() {
    try (OrgChart chart = chart()) {
      BossRepository bosses = new BossRepository(chart.jdbi);

      assertEquals(List.of(chart.boss(430), chart.boss(1), chart.boss(1100)),
          bosses.findAllById(List.of(430L, 1L, 1100L, 430L)));
      assertEquals(3, chart.statements());
      List<Long> reports = chart.keys().stream().filter(key -> chart.bossOf(key) != null).toList();
      assertEquals(reports.stream().map(chart::boss).toList(),
          bosses.query().where("boss_no IS NOT NULL").list());
      assertEquals(3, chart.statements());
    }
  }

  @Test
  void aHeadHasNoBossAndTakesTheSameStatements() {
    try (OrgChart chart = chart()) {
      Boss head = new BossRepository(chart.jdbi).findById(100).orElseThrow();

      assertNull(head.boss());
      assertEquals(chart.boss(100), head);
      // The chain runs for no keys: it is skipped.
      assertEquals(2, chart.statements());
    }
  }

  @Test
  void aDeclaredDepthLoadsThatManyBossesUp() {
    try (OrgChart chart = chart()) {
      List<TwoUp> all = new TwoUpRepository(chart.jdbi).findAll();

      assertEquals(chart.keys().stream().map(key -> chart.twoUp(key, 2)).toList(), all);
      assertEquals(2, chart.statements());
    }
  }

  @Test
  void aChainOfOverAThousandBossesTakesTheSameStatements() {
    try (OrgChart chart = OrgChart.create(database).chain(1, 1_200, 1L).write()) {
      Boss node = new BossRepository(chart.jdbi).findById(1_200).orElseThrow();

      assertEquals(3, chart.statements());
      // Level by level: a record's equals would recurse past the stack.
      for (long key = 1_200; key >= 1; key--) {
        assertEquals(chart.withoutBoss(key),
            new Boss(node.staffNo(), node.name(), null, node.duties()));
        node = key > 1 ? node.boss() : node;
      }
      assertNull(node.boss());
    }
  }

  @Test
  void aRowThatIsItsOwnBossesBossFailsTheLoadNamingIt() {
    try (OrgChart chart = OrgChart.create(database).chain(1, 3, null).loop(7, 8, 9).write()) {
      BossRepository bosses = new BossRepository(chart.jdbi);

      LoadException failure = assertThrows(LoadException.class, () -> bosses.findById(7));
      assertEquals("BossRepository.findById: statement 2 of 3 (Boss.boss) found a loop in the"
          + " data: the row whose key is 7 is its own ancestor (7 -> 9 -> 8 -> 7); a tree cannot"
          + " hold it", failure.getMessage());
      assertThrows(LoadException.class, bosses::findAll);
      assertEquals(chart.boss(3), bosses.findById(3).orElseThrow());
    }
  }
}
