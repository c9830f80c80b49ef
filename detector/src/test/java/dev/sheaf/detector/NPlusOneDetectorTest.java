package dev.sheaf.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The detector on embedded H2, with N+1 loops of its own and code without any. */
class NPlusOneDetectorTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final String NAME_BY_ID = "SELECT name FROM item WHERE id = :id";

  private final List<RepeatedStatement> reports = new CopyOnWriteArrayList<>();
  private Jdbi jdbi;
  private Handle keeper;

  @BeforeEach
  void createTable() {
    jdbi = Jdbi.create("jdbc:h2:mem:detector_" + DATABASES.incrementAndGet());
    keeper = jdbi.open();
    keeper.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(50))");
    for (int id = 1; id <= 20; id++) {
      keeper.execute("INSERT INTO item VALUES (?, ?)", id, "item " + id);
    }
  }

  @AfterEach
  void dropDatabase() {
    // The in-memory database goes with its last connection.
    keeper.close();
  }

  @Test
  void reportsALoopOnceWithTheStatementTheCountAndTheCaller() {
    jdbi.installPlugin(NPlusOneDetector.reportingTo(5, reports::add));

    List<String> names = jdbi.withHandle(handle -> namesOneByOne(handle, 20));

    assertEquals(20, names.size());
    assertEquals("item 20", names.get(19));
    assertEquals(1, reports.size(), () -> "reports: " + reports);
    RepeatedStatement report = reports.get(0);
    assertEquals(NAME_BY_ID, report.sql());
    assertEquals(5, report.count());
    StackTraceElement caller = report.calledFrom().orElseThrow();
    assertEquals(NPlusOneDetectorTest.class.getName(), caller.getClassName());
    assertEquals("nameOf", caller.getMethodName());
    assertEquals("N+1 query: one statement run 5 times on one handle, called from "
        + caller + ": " + NAME_BY_ID, report.message());
  }

  @Test
  void staysQuietBelowTheThresholdAndForStatementsThatDiffer() {
    jdbi.installPlugin(NPlusOneDetector.reportingTo(5, reports::add));

    jdbi.useHandle(handle -> {
      namesOneByOne(handle, 4);
      for (int id = 1; id <= 10; id++) {
        handle.execute("UPDATE item SET name = 'x' WHERE id = " + id);
      }
      handle.createQuery("SELECT id, name FROM item ORDER BY id").mapToMap().list();
    });

    assertEquals(List.of(), reports);
  }

  @Test
  void countsEachHandleApartAndReportsEachOfItsStatementsOnce() {
    jdbi.installPlugin(NPlusOneDetector.reportingTo(3, reports::add));

    jdbi.useHandle(handle -> {
      namesOneByOne(handle, 10);
      namesOneByOne(handle, 10);
      for (int id = 1; id <= 3; id++) {
        handle.createQuery("SELECT COUNT(*) FROM item WHERE id < :id").bind("id", id)
            .mapTo(Long.class).one();
      }
    });
    // Two runs on each of two handles: no handle reaches 3.
    for (int i = 0; i < 2; i++) {
      jdbi.useHandle(handle -> namesOneByOne(handle, 2));
    }
    jdbi.useHandle(handle -> namesOneByOne(handle, 3));

    assertEquals(List.of(NAME_BY_ID, "SELECT COUNT(*) FROM item WHERE id < :id", NAME_BY_ID),
        reports.stream().map(RepeatedStatement::sql).toList());
  }

  @Test
  void inTestsTheRunThatReachesTheThresholdThrows() {
    jdbi.installPlugin(NPlusOneDetector.throwing(3));
    List<String> seen = new ArrayList<>();

    RepeatedStatementException e = assertThrows(RepeatedStatementException.class,
        () -> jdbi.useHandle(handle -> {
          for (int id = 1; id <= 10; id++) {
            seen.add(nameOf(handle, id));
          }
        }));

    assertEquals(List.of("item 1", "item 2"), seen);
    assertEquals(NAME_BY_ID, e.repeated().sql());
    assertEquals(3, e.repeated().count());
    assertEquals("nameOf", e.repeated().calledFrom().orElseThrow().getMethodName());
    assertEquals(e.repeated().message(), e.getMessage());
  }

  @Test
  void logsAWarningThroughTheSystemLogger() {
    Logger log = Logger.getLogger(NPlusOneDetector.class.getName());
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    log.addHandler(capture);
    // Kept out of the build's output.
    log.setUseParentHandlers(false);
    try {
      jdbi.installPlugin(NPlusOneDetector.logging(4));
      jdbi.useHandle(handle -> namesOneByOne(handle, 12));
    } finally {
      log.removeHandler(capture);
      log.setUseParentHandlers(true);
    }

    assertEquals(1, records.size(), () -> "records: " + records);
    assertEquals(Level.WARNING, records.get(0).getLevel());
    String message = records.get(0).getMessage();
    assertTrue(message.startsWith("N+1 query: one statement run 4 times on one handle, called from "
        + NPlusOneDetectorTest.class.getName() + ".nameOf("), message);
    assertTrue(message.endsWith(": " + NAME_BY_ID), message);
  }

  @Test
  void aThresholdBelowTwoIsRefusedWhenConfigured() {
    for (int threshold : new int[] {1, 0, -3}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> NPlusOneDetector.logging(threshold));
      assertEquals("the N+1 threshold must be 2 or more (the number of runs of one statement on"
          + " one handle that is reported), not " + threshold, e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> NPlusOneDetector.throwing(1));
    assertThrows(IllegalArgumentException.class,
        () -> NPlusOneDetector.reportingTo(1, reports::add));
    assertEquals(2, NPlusOneDetector.throwing(2).threshold());
  }

  @Test
  void theCallerIsTheFirstFrameOutsideJdbiTheJdkAndTheDetector() {
    assertTrue(CallSite.isInternal("org.jdbi.v3.core.statement.SqlStatement"));
    assertTrue(CallSite.isInternal("java.util.ArrayList"));
    assertTrue(CallSite.isInternal("jdk.internal.reflect.DirectMethodHandleAccessor"));
    assertTrue(CallSite.isInternal(HandleTally.class.getName()));
    assertTrue(CallSite.isInternal(NPlusOneDetector.class.getName() + "$$Lambda/0x01"));
    assertTrue(!CallSite.isInternal(NPlusOneDetectorTest.class.getName()));
    assertTrue(!CallSite.isInternal("com.example.AuthorLoader"));
    assertTrue(!CallSite.isInternal("dev.sheaf.runtime.internal.Load"));
  }

  private static List<String> namesOneByOne(Handle handle, int count) {
    List<String> names = new ArrayList<>();
    for (int id = 1; id <= count; id++) {
      names.add(nameOf(handle, id));
    }
    return names;
  }

  private static String nameOf(Handle handle, int id) {
    return handle.createQuery(NAME_BY_ID).bind("id", id).mapTo(String.class).one();
  }
}
