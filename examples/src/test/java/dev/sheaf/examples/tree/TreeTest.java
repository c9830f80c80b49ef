package dev.sheaf.examples.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Projections that collect themselves load their whole trees, on every database, in the
 * statements of one level: a chain 59 levels deep (and one 1,199 deep, past MariaDB's default of
 * 1,000 recursive levels), a wide tree, a random forest, through every load, at a declared
 * depth, with a where that prunes and a limit that cuts, and under a collection. Results are
 * compared with {@link OrgChart}'s oracle; a loop in the data fails the load, naming the row.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TreeTest {
  @Parameter
  TestDatabase database;

  /** A chain 60 deep from 1, a wide tree from 100, a random forest from 1000, in units 1 to 3. */
  private OrgChart chart() {
    return OrgChart.create(database).chain(1, 60, 1L).wide(100, 30, 2L).forest(1000, 150, 3L)
        .write();
  }

  @Test
  void findAllLoadsEveryMemberWithTheWholeChartUnderThem() {
    try (OrgChart chart = chart()) {
      List<Staff> all = new StaffRepository(chart.jdbi).findAll();

      assertEquals(chart.keys().stream().map(chart::staff).toList(), all);
      assertEquals(StaffRepository.STATEMENTS, chart.statements());
      assertEquals(3, StaffRepository.STATEMENTS);
    }
  }

  @Test
  void findByIdLoadsAChainFiftyNineLevelsDeep() {
    try (OrgChart chart = chart()) {
      Staff head = new StaffRepository(chart.jdbi).findById(1).orElseThrow();

      assertEquals(chart.staff(1), head);
      assertEquals(59, OrgChart.depth(head));
      assertEquals(3, chart.statements());
    }
  }

  @Test
  void findAllByIdLoadsAForestInTheOrderOfTheKeys() {
    try (OrgChart chart = chart()) {
      List<Staff> some = new StaffRepository(chart.jdbi)
          .findAllById(List.of(1000L, 100L, 30L, 100L, 99_999L));

      assertEquals(List.of(chart.staff(1000), chart.staff(100), chart.staff(30)), some);
      assertEquals(3, chart.statements());
    }
  }

  @Test
  void aQueryLoadsTheTreesUnderTheRowsItFinds() {
    try (OrgChart chart = chart()) {
      List<Staff> heads = new StaffRepository(chart.jdbi).query().where("boss_no IS NULL").list();

      assertEquals(chart.heads().stream().map(chart::staff).toList(), heads);
      assertTrue(heads.size() > 10, "the forest has heads of its own: " + heads.size());
      assertEquals(3, chart.statements());
    }
  }

  @Test
  void aLeafLoadsWithNoReports() {
    try (OrgChart chart = chart()) {
      Staff leaf = new StaffRepository(chart.jdbi).findById(60).orElseThrow();

      assertEquals(chart.staff(60), leaf);
      assertEquals(List.of(), leaf.reports());
      assertEquals(3, chart.statements());
    }
  }

  @Test
  void aTreeUnderACollectionLoadsForEveryRowOfIt() {
    try (OrgChart chart = chart()) {
      List<Unit> units = new UnitRepository(chart.jdbi).findAll();

      assertEquals(List.of(chart.unit(1), chart.unit(2), chart.unit(3)), units);
      // Units, their heads, the trees under the heads, the duties of both.
      assertEquals(4, chart.statements());
      assertEquals(4, UnitRepository.STATEMENTS);
    }
  }

  @Test
  void aDeclaredDepthLoadsThatManyLevels() {
    try (OrgChart chart = chart()) {
      List<TwoDown> all = new TwoDownRepository(chart.jdbi).findAll();

      assertEquals(chart.keys().stream().map(key -> chart.twoDown(key, 2)).toList(), all);
      assertEquals(2, chart.statements());
    }
  }

  @Test
  void aWherePrunesWholeBranchesAndALimitCutsEachList() {
    try (OrgChart chart = chart()) {
      List<ActiveTop> all = new ActiveTopRepository(chart.jdbi).findAll();

      assertEquals(chart.keys().stream().map(chart::activeTop).toList(), all);
      assertEquals(2, chart.statements());
    }
  }

  /** The statement count is the same for a chain of 1,199 levels as for one of 59. */
  @Test
  void aChainOfOverAThousandLevelsTakesTheSameStatements() {
    try (OrgChart chart = OrgChart.create(database).chain(1, 1_200, 1L).write()) {
      Staff node = new StaffRepository(chart.jdbi).findById(1).orElseThrow();

      assertEquals(3, chart.statements());
      // Level by level: a record's equals would recurse past the stack.
      for (long key = 1; key <= 1_200; key++) {
        assertEquals(chart.withoutReports(key), new Staff(node.staffNo(), node.name(),
            node.reportCount(), List.of(), node.duties()));
        assertEquals(key < 1_200 ? 1 : 0, node.reports().size());
        node = key < 1_200 ? node.reports().get(0) : node;
      }
    }
  }

  @Test
  void aRowThatIsItsOwnAncestorFailsTheLoadNamingIt() {
    try (OrgChart chart = OrgChart.create(database).chain(1, 3, null).loop(7, 8, 9).write()) {
      StaffRepository staff = new StaffRepository(chart.jdbi);

      LoadException failure = assertThrows(LoadException.class, () -> staff.findById(7));
      assertEquals("StaffRepository.findById: statement 2 of 3 (Staff.reports) found a loop in"
          + " the data: the row whose key is 7 is its own ancestor (7 -> 8 -> 9 -> 7); a tree"
          + " cannot hold it", failure.getMessage());
      assertThrows(LoadException.class, staff::findAll);
      // Rows outside the loop still load.
      assertEquals(chart.staff(1), staff.findById(1).orElseThrow());
    }
  }

  @Test
  void aRowThatIsItsOwnBossFailsTheLoad() {
    try (OrgChart chart = OrgChart.create(database).loop(5).write()) {
      LoadException failure = assertThrows(LoadException.class,
          () -> new StaffRepository(chart.jdbi).findAll());
      assertTrue(failure.getMessage().contains("the row whose key is 5 is its own ancestor"
          + " (5 -> 5)"), failure.getMessage());
    }
  }

  /** Within a declared depth a loop is found as it is anywhere; past it, it is not reached. */
  @Test
  void aLoopWithinADeclaredDepthFailsTheLoad() {
    try (OrgChart chart = OrgChart.create(database).loop(7, 8).write()) {
      TwoDownRepository twoDown = new TwoDownRepository(chart.jdbi);

      LoadException failure = assertThrows(LoadException.class, () -> twoDown.findById(7));
      assertTrue(failure.getMessage().contains("(7 -> 8 -> 7)"), failure.getMessage());
    }
  }
}
