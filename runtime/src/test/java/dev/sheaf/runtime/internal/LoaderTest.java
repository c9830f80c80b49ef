package dev.sheaf.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.runtime.Dialect;
import dev.sheaf.runtime.LoadException;
import dev.sheaf.runtime.SheafConfig;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;

class LoaderTest {
  private final Jdbi jdbi = Jdbi.create("jdbc:h2:mem:loader" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

  @Test
  void ownLoadsRunInARepeatableReadTransactionMarkedReadOnlyBeforeItBegins() {
    List<String> calls = new ArrayList<>();
    String url = "jdbc:h2:mem:readonly" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Jdbi recorded = Jdbi.create(() -> recording(DriverManager.getConnection(url), calls));
    boolean[] inTransaction = new boolean[1];
    Loader.of(recorded).load("Test.load", 1, load -> {
      inTransaction[0] = handleOf(load).isInTransaction();
      return null;
    });
    assertTrue(inTransaction[0]);
    assertTrue(calls.indexOf("setReadOnly(true)") >= 0, calls.toString());
    assertTrue(calls.indexOf("setReadOnly(true)") < calls.indexOf("setAutoCommit(false)"),
        "read-only is set before the transaction begins: " + calls);
    assertTrue(calls.contains("setTransactionIsolation(" + Connection.TRANSACTION_REPEATABLE_READ + ")"),
        calls.toString());
    assertTrue(calls.contains("commit()"), calls.toString());
    assertTrue(calls.contains("close()"), "the load closes its handle: " + calls);
  }

  @Test
  void aLoadSetsReadOnlyBackBeforeItClosesItsHandleEvenWhenItFails() {
    List<String> calls = new ArrayList<>();
    String url = "jdbc:h2:mem:readonly" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Jdbi recorded = Jdbi.create(() -> recording(DriverManager.getConnection(url), calls));

    Loader.of(recorded).load("Test.load", 1, load -> null);
    assertTrue(calls.indexOf("setReadOnly(false)") > calls.indexOf("commit()"), calls.toString());
    assertTrue(calls.indexOf("setReadOnly(false)") < calls.indexOf("close()"), calls.toString());

    calls.clear();
    assertThrows(IllegalStateException.class, () -> Loader.of(recorded).load("Test.load", 1, load -> {
      throw new IllegalStateException("failed");
    }));
    assertTrue(calls.indexOf("setReadOnly(false)") > calls.indexOf("rollback()"), calls.toString());
    assertTrue(calls.indexOf("setReadOnly(false)") < calls.indexOf("close()"), calls.toString());
  }

  @Test
  void aConnectionThatRefusesTheIsolationLevelIsSetBackAndNamedInTheFailure() {
    List<String> calls = new ArrayList<>();
    String url = "jdbc:h2:mem:refuses" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Jdbi refusing = Jdbi.create(() -> {
      Connection recorded = recording(DriverManager.getConnection(url), calls);
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().equals("setTransactionIsolation")) {
              throw new java.sql.SQLException("isolation level not supported");
            }
            try {
              return method.invoke(recorded, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    });
    LoadException failure = assertThrows(LoadException.class,
        () -> Loader.of(refusing).load("BookRepository.findAll", 1, load -> null));
    assertTrue(failure.getMessage().startsWith("BookRepository.findAll: cannot begin a read-only"
        + " REPEATABLE READ transaction: isolation level not supported"), failure.getMessage());
    assertEquals("BookRepository", failure.repository());
    assertEquals("findAll", failure.method());
    assertEquals(0, failure.statement(), "no statement ran");
    assertEquals(null, failure.label());
    assertEquals(java.sql.SQLException.class, failure.getCause().getClass());
    assertEquals(List.of("setReadOnly(true)", "setReadOnly(false)", "close()"), calls);
  }

  /** A database that cannot be reached fails the load as a LoadException naming it. */
  @Test
  void aConnectionThatCannotBeOpenedIsALoadException() {
    Jdbi unreachable = Jdbi.create(() -> {
      throw new java.sql.SQLException("connection refused");
    });

    LoadException failure = assertThrows(LoadException.class,
        () -> Loader.of(unreachable).load("BookRepository.findById", 2, load -> null));

    assertTrue(failure.getMessage().startsWith("BookRepository.findById: the load's connection or"
        + " transaction failed"), failure.getMessage());
    assertEquals("findById", failure.method());
  }

  /** An unknown database's name fails the load before any statement, naming the load. */
  @Test
  void aDatabaseWithNoDialectIsALoadException() throws Exception {
    String url = "jdbc:h2:mem:nodialect" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Jdbi renamed = Jdbi.create(() -> {
      Connection real = DriverManager.getConnection(url);
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().equals("getMetaData")) {
              java.sql.DatabaseMetaData meta = real.getMetaData();
              return Proxy.newProxyInstance(java.sql.DatabaseMetaData.class.getClassLoader(),
                  new Class<?>[] {java.sql.DatabaseMetaData.class}, (p, m, a) ->
                      m.getName().equals("getDatabaseProductName") ? "Oracle" : m.invoke(meta, a));
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    });

    LoadException failure = assertThrows(LoadException.class,
        () -> Loader.of(renamed).load("BookRepository.findAll", 1, load -> null));

    assertTrue(failure.getMessage().startsWith("BookRepository.findAll: cannot tell the"
        + " database's dialect: Sheaf has no dialect for the database \"Oracle\""),
        failure.getMessage());
  }

  /** A connection that records the calls that shape its transaction. */
  private static Connection recording(Connection connection, List<String> calls) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (List.of("setReadOnly", "setAutoCommit", "setTransactionIsolation", "commit",
              "rollback", "close").contains(method.getName())) {
            calls.add(method.getName() + "(" + (args == null ? "" : args[0]) + ")");
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Test
  void attachedLoadsJoinTheCallersTransactionAndLeaveItOpen() {
    try (Handle handle = jdbi.open()) {
      handle.execute("CREATE TABLE t (id BIGINT PRIMARY KEY)");
      handle.begin();
      handle.execute("INSERT INTO t VALUES (1)");
      List<Long> ids = Loader.attachedTo(handle).load("Test.load", 1, load ->
          load.select(1, "T", "SELECT id FROM t", q -> {}, ctx -> rs -> rs.getLong(1)));
      assertEquals(List.of(1L), ids, "sees the caller's uncommitted row");
      assertTrue(handle.isInTransaction(), "the caller's transaction is still open");
      handle.rollback();
    }
  }

  @Test
  void aFailedStatementNamesTheLoadAndTheStatement() {
    LoadException failure = assertThrows(LoadException.class, () ->
        Loader.of(jdbi).load("BookRepository.findAll", 3, load ->
            load.select(2, "Book.reviews", "SELECT nope FROM missing", q -> {}, ctx -> rs -> 1)));
    assertTrue(failure.getMessage().startsWith(
        "BookRepository.findAll: statement 2 of 3 (Book.reviews) failed: "), failure.getMessage());
    assertInstanceOf(JdbiException.class, failure.getCause());
  }

  /**
   * A top-N is read whole and cut by the repository until a load reads more than twice the rows
   * it keeps; then the database cuts it, and the rows kept are the same.
   */
  @Test
  void aTopNThatReadsManyMoreRowsThanItKeepsIsCutInSqlFromThenOn() {
    Jdbi jdbi = Jdbi.create("jdbc:h2:mem:topn;DB_CLOSE_DELAY=-1");
    jdbi.useHandle(handle -> {
      handle.execute("CREATE TABLE post (id BIGINT PRIMARY KEY)");
      handle.execute("CREATE TABLE note (id BIGINT PRIMARY KEY, post_id BIGINT)");
      handle.execute("INSERT INTO post VALUES (1), (2)");
      handle.execute("INSERT INTO note VALUES (10, 1), (11, 1), (12, 1), (13, 2), (14, 2), (15, 2)");
    });
    // H2 runs PostgreSQL's shapes too: ROW_NUMBER(), and = ANY of an array.
    jdbi.getConfig(SheafConfig.class).setDialect(Dialect.POSTGRESQL);
    List<String> executed = new ArrayList<>();
    jdbi.setSqlLogger(new SqlLogger() {
      @Override
      public void logAfterExecution(StatementContext context) {
        executed.add(context.getParsedSql().getSql());
      }
    });
    Select latest = Select.children(2, "Post.latest", "note", "id", "post_id")
        .column("id").orderBy("id DESC").limit(1);
    RowReader.Factory<List<Long>> reader = ctx -> rs -> List.of(rs.getLong(1), rs.getLong(2));
    List<List<Long>> first = Loader.of(jdbi).load("T.load", 2,
        load -> load.children(latest, Long.class, List.of(1L, 2L), false, reader));
    List<List<Long>> second = Loader.of(jdbi).load("T.load", 2,
        load -> load.children(latest, Long.class, List.of(1L, 2L), false, reader));

    assertEquals(6, first.size(), "the first load reads every note, for the repository to cut");
    assertTrue(!executed.get(0).contains("ROW_NUMBER()"), executed.get(0));
    // PostgreSQL's whole-number keys are literals, as MariaDB's are.
    assertTrue(executed.get(0).contains("WHERE note.post_id IN (1, 2)"), executed.get(0));
    assertEquals(List.of(List.of(1L, 12L), List.of(2L, 15L)), second);
    assertTrue(executed.get(1).contains("ROW_NUMBER() OVER (PARTITION BY note.post_id"),
        executed.get(1));
  }

  /**
   * Whole-number keys written as literals leave the statement's text the same for other keys,
   * so Jdbi parses (and caches) one text, not one per key set; the keys are in what runs.
   */
  @Test
  void literalKeysLeaveOneTextForJdbiToParse() {
    Jdbi jdbi = Jdbi.create("jdbc:h2:mem:literals;DB_CLOSE_DELAY=-1");
    jdbi.useHandle(handle -> {
      handle.execute("CREATE TABLE shelf (id BIGINT PRIMARY KEY, room_id BIGINT)");
      handle.execute("INSERT INTO shelf VALUES (10, 1), (11, 2), (12, 3)");
    });
    jdbi.getConfig(SheafConfig.class).setDialect(Dialect.POSTGRESQL);
    List<String> rendered = new ArrayList<>();
    List<String> parsed = new ArrayList<>();
    jdbi.setSqlLogger(new SqlLogger() {
      @Override
      public void logAfterExecution(StatementContext context) {
        rendered.add(context.getRenderedSql());
        parsed.add(context.getParsedSql().getSql());
      }
    });
    Select shelves = Select.children(2, "Room.shelves", "shelf", "id", "room_id").column("id");
    RowReader.Factory<Long> reader = ctx -> rs -> rs.getLong(2);
    List<Long> first = Loader.of(jdbi).load("RoomRepository.findAllById", 2,
        load -> load.children(shelves, Long.class, List.of(1L, 3L), false, reader));
    List<Long> second = Loader.of(jdbi).load("RoomRepository.findAllById", 2,
        load -> load.children(shelves, Long.class, List.of(2L), false, reader));
    assertEquals(List.of(10L, 12L), first);
    assertEquals(List.of(11L), second);
    assertEquals(rendered.get(0), rendered.get(1));
    assertTrue(rendered.get(0).contains("shelf.room_id IN (sheaf_literal_keys)"), rendered.get(0));
    assertTrue(parsed.get(0).contains("shelf.room_id IN (1, 3)"), parsed.get(0));
    assertTrue(parsed.get(1).contains("shelf.room_id IN (2)"), parsed.get(1));
  }

  /** A text is rendered once per database and kind of load, unless a caller's order shapes it. */
  @Test
  void aRenderedTextIsReusedButACallersOrderIsNot() {
    Jdbi jdbi = Jdbi.create("jdbc:h2:mem:rendered;DB_CLOSE_DELAY=-1");
    jdbi.useHandle(handle -> {
      handle.execute("CREATE TABLE item (id BIGINT PRIMARY KEY)");
      handle.execute("INSERT INTO item VALUES (1), (2), (3)");
    });
    Select items = Select.root(1, "Item", "item", "id").column("id");
    RowReader.Factory<Long> reader = ctx -> rs -> rs.getLong(1);
    List<Long> first = Loader.of(jdbi).load("T.load", 1,
        load -> load.root(items, RootFilter.all(), reader));
    List<Long> reversed = Loader.of(jdbi).load("T.load", 1,
        load -> load.root(items, RootFilter.all().withOrderBy("id DESC"), reader));
    List<Long> again = Loader.of(jdbi).load("T.load", 1,
        load -> load.root(items, RootFilter.all(), reader));
    assertEquals(List.of(1L, 2L, 3L), first);
    assertEquals(List.of(3L, 2L, 1L), reversed);
    assertEquals(first, again);
    assertTrue(items.rendered(Dialect.H2, Select.Restriction.EVERY_ROW, null, false,
        () -> "not rendered")
        .endsWith("ORDER BY item.id\n"));
  }

  @Test
  void childrenOfEveryParentAreReadWithoutTheKeySetAndWithoutRowsOfNoParent() {
    jdbi.useHandle(handle -> {
      handle.execute("CREATE TABLE parent_row (id BIGINT PRIMARY KEY)");
      handle.execute("CREATE TABLE child_row (id BIGINT PRIMARY KEY, parent_id BIGINT)");
      handle.execute("INSERT INTO parent_row VALUES (1), (2)");
      handle.execute("INSERT INTO child_row VALUES (10, 1), (11, NULL), (12, 2), (13, 1)");
    });
    Select children = Select.children(2, "Parent.children", "child_row", "id", "parent_id")
        .column("id")
        .where("child_row.id <> 13");
    List<String> executed = new ArrayList<>();
    Jdbi logged = jdbi.setSqlLogger(new SqlLogger() {
      @Override
      public void logAfterExecution(StatementContext context) {
        executed.add(context.getRenderedSql());
      }
    });
    for (boolean everyParent : new boolean[] {true, false}) {
      executed.clear();
      List<List<Long>> rows = Loader.of(logged).load("Test.load", 1, load ->
          load.children(children, Long.class, List.of(1L, 2L), everyParent,
              ctx -> rs -> List.of(rs.getLong(1), rs.getLong(2))));
      assertEquals(List.of(List.of(1L, 10L), List.of(2L, 12L)), rows, "everyParent " + everyParent);
      assertEquals(1, executed.size(), executed.toString());
      if (everyParent) {
        assertEquals("""
            SELECT child_row.parent_id,
                   child_row.id
            FROM child_row
            WHERE child_row.parent_id IS NOT NULL
              AND (child_row.id <> 13)
            ORDER BY child_row.parent_id, child_row.id
            """, executed.get(0));
      } else {
        assertTrue(executed.get(0).contains("UNNEST(:keys)"), executed.get(0));
      }
    }
  }

  @Test
  void aLoadByKeysGetsThemDistinctAndRunsNoLoadForNone() {
    List<String> calls = new ArrayList<>();
    String url = "jdbc:h2:mem:bykeys" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Loader loader = Loader.of(Jdbi.create(() -> recording(DriverManager.getConnection(url), calls)));

    List<Long> none = loader.byKeys("Test.findAllById", 1, java.util.Arrays.asList(null, null),
        (load, keys) -> List.of(-1L));
    assertEquals(List.of(), none);
    assertEquals(List.of(), calls, "no keys, no connection");

    List<Long> given = loader.byKeys("Test.findAllById", 1,
        java.util.Arrays.asList(3L, null, 1L, 3L), (load, keys) -> keys);
    assertEquals(List.of(3L, 1L), given);
  }

  /** A level with no keys skips its statement, and does not judge a limit it would have cut by. */
  @Test
  void noKeysRunNoStatementAndReadNoLimit() {
    Select missing = Select.children(2, "Parent.children", "no_such_table", "id", "parent_id")
        .column("id")
        .limitParameter("n");
    Select referenced = Select.referenced(2, "Child.parent", "no_such_table", "id").column("id");
    List<String> executed = new ArrayList<>();
    Jdbi logged = jdbi.setSqlLogger(new SqlLogger() {
      @Override
      public void logBeforeExecution(StatementContext context) {
        executed.add(context.getRenderedSql());
      }
    });
    Loader loader = Loader.of(logged).declaring("Test", java.util.Set.of("n")).bind("n", "many");

    List<Object> read = loader.load("Test.load", 2, load -> {
      List<Object> rows = load.children(missing, Long.class, List.of(), false, ctx -> rs -> 1L);
      rows.addAll(load.firstPerParent(missing, rows, row -> row));
      rows.addAll(load.byKeys(referenced, Long.class, List.<Long>of(), ctx -> rs -> 1L));
      return rows;
    });
    assertEquals(List.of(), read);
    assertEquals(List.of(), executed);
    LoadException given = assertThrows(LoadException.class, () -> loader.load("Test.load", 2,
        load -> load.firstPerParent(missing, List.of(1L), row -> row)));
    assertTrue(given.getMessage().contains("positive whole number"), given.getMessage());
  }

  private static Handle handleOf(Load load) {
    try {
      var field = Load.class.getDeclaredField("handle");
      field.setAccessible(true);
      return (Handle) field.get(load);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
