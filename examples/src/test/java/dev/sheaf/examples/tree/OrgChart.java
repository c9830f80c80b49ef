package dev.sheaf.examples.tree;

import dev.sheaf.examples.StatementCounter;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A fresh database holding an org chart ({@code staff}, its {@code duty} rows, the {@code unit}s
 * its heads belong to), a Jdbi that counts statements, and the oracle: the DTOs each projection
 * should load, built in Java from the raw rows, one plain recursion per tree.
 */
final class OrgChart implements AutoCloseable {
  /** A raw row of {@code staff}. */
  record Member(long staffNo, Long bossNo, String name, boolean active, Long unitId) {}

  /** A raw row of {@code duty}. */
  record DutyRow(long dutyId, long staffNo, String title) {}

  final Jdbi jdbi;
  private final ScratchDatabase scratch;
  private final StatementCounter counter = new StatementCounter();
  private final List<Member> members = new ArrayList<>();
  private final List<DutyRow> duties = new ArrayList<>();
  private final Random random = new Random(13);

  private OrgChart(ScratchDatabase scratch) {
    this.scratch = scratch;
    this.jdbi = scratch.jdbi();
    jdbi.setSqlLogger(counter);
    jdbi.useHandle(handle -> {
      handle.execute("CREATE TABLE unit (unit_id BIGINT PRIMARY KEY, label VARCHAR(40) NOT NULL)");
      handle.execute("CREATE TABLE staff (staff_no BIGINT PRIMARY KEY, boss_no BIGINT,"
          + " name VARCHAR(40) NOT NULL, active INT NOT NULL, unit_id BIGINT,"
          + " FOREIGN KEY (boss_no) REFERENCES staff (staff_no),"
          + " FOREIGN KEY (unit_id) REFERENCES unit (unit_id))");
      handle.execute("CREATE INDEX staff_boss ON staff (boss_no)");
      handle.execute("CREATE TABLE duty (duty_id BIGINT PRIMARY KEY, staff_no BIGINT NOT NULL,"
          + " title VARCHAR(40) NOT NULL, FOREIGN KEY (staff_no) REFERENCES staff (staff_no))");
      for (long unit = 1; unit <= 3; unit++) {
        handle.execute("INSERT INTO unit (unit_id, label) VALUES (?, ?)", unit, "unit " + unit);
      }
    });
  }

  static OrgChart create(TestDatabase database) {
    return new OrgChart(database.fresh("tree"));
  }

  /** A chain: {@code first} heads {@code first + 1}, who heads the next, {@code length} deep. */
  OrgChart chain(long first, int length, Long unit) {
    for (int i = 0; i < length; i++) {
      add(first + i, i == 0 ? null : first + i - 1, i == 0 ? unit : null);
    }
    return this;
  }

  /** A head {@code root} with {@code width} reports, each with {@code width / 3} of their own. */
  OrgChart wide(long root, int width, Long unit) {
    add(root, null, unit);
    for (int i = 1; i <= width; i++) {
      long report = root + i;
      add(report, root, null);
      for (int j = 1; j <= width / 3; j++) {
        add(root + width + (i - 1) * (width / 3) + j, report, null);
      }
    }
    return this;
  }

  /** {@code size} members whose bosses are random earlier ones, some heads of their own. */
  OrgChart forest(long first, int size, Long unit) {
    for (int i = 0; i < size; i++) {
      boolean head = i == 0 || random.nextInt(5) == 0;
      add(first + i, head ? null : first + random.nextInt(i), head ? unit : null);
    }
    return this;
  }

  /**
   * Members whose bosses go round: {@code keys[0]} reports to the last, each other to the one
   * before. Written after the rows exist, as the foreign key requires.
   */
  OrgChart loop(long... keys) {
    for (long key : keys) {
      add(key, null, null);
    }
    for (int i = 0; i < keys.length; i++) {
      members.set(indexOf(keys[i]), withBoss(keys[i], keys[(i + keys.length - 1) % keys.length]));
    }
    return this;
  }

  private void add(long staffNo, Long bossNo, Long unit) {
    // Names in another order than keys, with repeats: the key breaks ties.
    String name = String.format("n%03d", random.nextInt(400));
    members.add(new Member(staffNo, bossNo, name, random.nextInt(4) != 0, unit));
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      duties.add(new DutyRow(duties.size() + 1, staffNo, "duty " + random.nextInt(100)));
    }
  }

  private Member withBoss(long staffNo, long bossNo) {
    Member m = members.get(indexOf(staffNo));
    return new Member(m.staffNo(), bossNo, m.name(), m.active(), m.unitId());
  }

  private int indexOf(long staffNo) {
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).staffNo() == staffNo) {
        return i;
      }
    }
    throw new IllegalArgumentException("no member " + staffNo);
  }

  /** Writes the rows, then reads them back: the oracle is built from what the database holds. */
  OrgChart write() {
    jdbi.useTransaction(handle -> {
      PreparedBatch staff = handle.prepareBatch("INSERT INTO staff"
          + " (staff_no, boss_no, name, active, unit_id) VALUES (?, NULL, ?, ?, ?)");
      for (Member m : members) {
        staff.add(m.staffNo(), m.name(), m.active() ? 1 : 0, m.unitId());
      }
      staff.execute();
      PreparedBatch bosses =
          handle.prepareBatch("UPDATE staff SET boss_no = ? WHERE staff_no = ?");
      for (Member m : members) {
        if (m.bossNo() != null) {
          bosses.add(m.bossNo(), m.staffNo());
        }
      }
      if (bosses.size() > 0) {
        bosses.execute();
      }
      PreparedBatch duty =
          handle.prepareBatch("INSERT INTO duty (duty_id, staff_no, title) VALUES (?, ?, ?)");
      for (DutyRow d : duties) {
        duty.add(d.dutyId(), d.staffNo(), d.title());
      }
      if (duty.size() > 0) {
        duty.execute();
      }
    });
    members.clear();
    duties.clear();
    jdbi.useHandle(handle -> {
      members.addAll(handle.createQuery("SELECT staff_no, boss_no, name, active, unit_id FROM staff")
          .map((rs, ctx) -> new Member(rs.getLong(1), (Long) rs.getObject(2, Long.class),
              rs.getString(3), rs.getInt(4) == 1, (Long) rs.getObject(5, Long.class)))
          .list());
      duties.addAll(handle.createQuery("SELECT duty_id, staff_no, title FROM duty")
          .map((rs, ctx) -> new DutyRow(rs.getLong(1), rs.getLong(2), rs.getString(3)))
          .list());
    });
    statements();
    return this;
  }

  /** Statements run since the last call, which starts the next count. */
  long statements() {
    long count = counter.count();
    counter.reset();
    return count;
  }

  /** Every member's key, in key order: what findAll returns them in. */
  List<Long> keys() {
    return members.stream().map(Member::staffNo).sorted().toList();
  }

  /** The keys of the members with no boss. */
  List<Long> heads() {
    return members.stream().filter(m -> m.bossNo() == null).map(Member::staffNo).sorted()
        .toList();
  }

  // ---------------------------------------------------------------- the oracle

  /** {@link Staff} of {@code staffNo}: every report, by name then key, at every level. */
  Staff staff(long staffNo) {
    Member m = member(staffNo);
    List<Member> below = reports(staffNo, member -> true,
        Comparator.comparing(Member::name).thenComparingLong(Member::staffNo));
    return new Staff(staffNo, m.name(), below.size(),
        below.stream().map(r -> staff(r.staffNo())).toList(), duties(staffNo));
  }

  /**
   * {@link Staff} of {@code staffNo} with its reports left out: for a chain too deep to compare
   * whole (a record's equals recurses, one frame per level and more).
   */
  Staff withoutReports(long staffNo) {
    Member m = member(staffNo);
    int reports = reports(staffNo, member -> true, Comparator.comparingLong(Member::staffNo)).size();
    return new Staff(staffNo, m.name(), reports, List.of(), duties(staffNo));
  }

  /** {@link Boss} of {@code staffNo}: every boss above, up to the top. */
  Boss boss(long staffNo) {
    Member m = member(staffNo);
    return new Boss(staffNo, m.name(), m.bossNo() == null ? null : boss(m.bossNo()),
        duties(staffNo));
  }

  /** {@link Boss} of {@code staffNo} with its boss left out, for a chain too deep to compare. */
  Boss withoutBoss(long staffNo) {
    return new Boss(staffNo, member(staffNo).name(), null, duties(staffNo));
  }

  /** The key of the boss of {@code staffNo}, or null. */
  Long bossOf(long staffNo) {
    return member(staffNo).bossNo();
  }

  /** {@link TwoUp} of {@code staffNo}, with {@code levels} bosses above it at most. */
  TwoUp twoUp(long staffNo, int levels) {
    Long boss = member(staffNo).bossNo();
    return new TwoUp(staffNo, levels == 0 || boss == null
        ? Optional.empty() : Optional.of(twoUp(boss, levels - 1)));
  }

  /** {@link TwoDown} of {@code staffNo}, with {@code levels} levels of reports under it. */
  TwoDown twoDown(long staffNo, int levels) {
    List<Member> below = reports(staffNo, member -> true, Comparator.comparingLong(Member::staffNo));
    return new TwoDown(staffNo, below.size(), levels == 0 ? List.of()
        : below.stream().map(r -> twoDown(r.staffNo(), levels - 1)).toList());
  }

  /** {@link ActiveTop} of {@code staffNo}: the first three active reports by name descending. */
  ActiveTop activeTop(long staffNo) {
    List<Member> below = reports(staffNo, Member::active,
        Comparator.comparing(Member::name).reversed().thenComparingLong(Member::staffNo));
    return new ActiveTop(staffNo, member(staffNo).name(), below.stream().limit(3)
        .map(r -> activeTop(r.staffNo())).toList());
  }

  /** {@link Unit} of {@code unitId}: its heads, in key order, each with their whole chart. */
  Unit unit(long unitId) {
    return new Unit(unitId, "unit " + unitId, members.stream()
        .filter(m -> m.bossNo() == null && Long.valueOf(unitId).equals(m.unitId()))
        .map(Member::staffNo).sorted().map(this::staff).toList());
  }

  private List<Member> reports(long boss, Predicate<Member> kept, Comparator<Member> order) {
    return members.stream()
        .filter(m -> m.bossNo() != null && m.bossNo() == boss && kept.test(m))
        .sorted(order).toList();
  }

  private List<Duty> duties(long staffNo) {
    return duties.stream().filter(d -> d.staffNo() == staffNo)
        .sorted(Comparator.comparingLong(DutyRow::dutyId))
        .map(d -> new Duty(d.dutyId(), d.title())).toList();
  }

  private Member member(long staffNo) {
    return members.get(indexOf(staffNo));
  }

  /** The depth of the deepest chain under {@code staff}: 0 for no reports. */
  static int depth(Staff staff) {
    int depth = 0;
    for (Staff report : staff.reports()) {
      depth = Math.max(depth, 1 + depth(report));
    }
    return depth;
  }

  @Override
  public void close() {
    scratch.close();
  }
}
