package dev.sheaf.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
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
