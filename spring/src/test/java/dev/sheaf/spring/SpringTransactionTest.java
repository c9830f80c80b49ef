package dev.sheaf.spring;

import static dev.sheaf.test.StatementAssertions.assertStatements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.sheaf.spring.shelves.Shelf;
import dev.sheaf.spring.shelves.ShelfRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Loads through sheaf-spring in a real Spring Boot application: Boot's HikariCP pool and its
 * {@code DataSourceTransactionManager}, on each database. Results are checked against rows read
 * on a connection of the test's own, and every load against the statements it states.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class SpringTransactionTest {
  private static final int SHELVES = 40;

  private static TestDatabase.Scratch scratch;
  private static ConfigurableApplicationContext context;

  @Parameter
  TestDatabase database;

  private ShelfRepository shelves;
  private ShelfService service;
  private ConnectionStates states;
  private Jdbi jdbi;
  private HikariDataSource pool;

  @BeforeParameterizedClassInvocation
  static void start(TestDatabase database) throws SQLException {
    scratch = database.fresh("spring");
    Shelves.create(scratch);
    Shelves.seed(scratch, SHELVES, 14);
    context = new SpringApplicationBuilder(ShelfApplication.class)
        .web(WebApplicationType.NONE)
        .properties(
            "spring.datasource.url=" + scratch.url(),
            "spring.datasource.hikari.maximum-pool-size=4",
            "spring.main.banner-mode=off",
            "logging.level.root=warn")
        .run();
  }

  @AfterParameterizedClassInvocation
  static void stop() throws SQLException {
    try {
      if (context != null) {
        context.close();
      }
    } finally {
      context = null;
      if (scratch != null) {
        scratch.close();
        scratch = null;
      }
    }
  }

  @BeforeEach
  void beans() {
    shelves = context.getBean(ShelfRepository.class);
    service = context.getBean(ShelfService.class);
    states = context.getBean(ConnectionStates.class);
    jdbi = context.getBean(Jdbi.class);
    pool = context.getBean(HikariDataSource.class);
    states.take();
  }

  /** What the tests below stand on: Boot's pool and Spring's JDBC transaction manager. */
  @Test
  void theApplicationRunsOnHikariAndDataSourceTransactionManager() {
    assertInstanceOf(DataSourceTransactionManager.class,
        context.getBean(PlatformTransactionManager.class));
    assertSame(pool, context.getBean(DataSource.class));
  }

  @Test
  void outsideAnyTransactionALoadRunsInItsOwnReadOnlyRepeatableReadTransaction()
      throws SQLException {
    List<Shelf> loaded = assertStatements(jdbi, ShelfRepository.STATEMENTS, shelves::findAll);

    assertEquals(Shelves.expected(scratch), loaded);
    List<ConnectionStates.State> during = states.take();
    assertEquals(ShelfRepository.STATEMENTS, during.size());
    for (ConnectionStates.State state : during) {
      assertEquals(Connection.TRANSACTION_REPEATABLE_READ, state.isolation(), "isolation");
      assertTrue(state.readOnly(), "read-only");
      assertFalse(state.autoCommit(), "in a transaction");
    }
    assertSame(during.get(0).connection(), during.get(1).connection());
    // Given back to the pool as it was lent.
    try (Connection next = pool.getConnection()) {
      assertFalse(next.isReadOnly());
      assertTrue(next.getAutoCommit());
      assertEquals(defaultIsolation(), next.getTransactionIsolation());
    }
  }

  @Test
  void insideTransactionalALoadRunsOnItsConnectionAndSeesItsUncommittedWrites()
      throws SQLException {
    long shelfNo = 9001;
    long[] seenFromOutside = new long[1];

    ShelfService.Seen seen = service.addShelfThenLoad(shelfNo, () -> {
      try {
        seenFromOutside[0] = Shelves.rows(scratch, "volume WHERE shelf_no = " + shelfNo);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });

    try {
      assertEquals(0, seenFromOutside[0], "the writes were not committed during the load");
      Shelf shelf = seen.loaded().orElseThrow();
      assertEquals(2, shelf.volumes().size());
      assertEquals(1, shelf.aVolumes());
      List<ConnectionStates.State> during = states.take();
      assertEquals(ShelfRepository.STATEMENTS + 1, during.size(), "Jdbi's insert, then the load");
      for (ConnectionStates.State state : during) {
        assertSame(seen.transactionConnection(), state.connection(), "the transaction's connection");
        assertFalse(state.readOnly(), "the transaction's own read-write state");
        assertFalse(state.autoCommit());
      }
      // Committed with the transaction.
      assertEquals(Optional.of(shelf), shelves.findById(shelfNo));
      assertEquals(Shelves.expected(scratch), shelves.findAll());
    } finally {
      scratch.execute("DELETE FROM volume WHERE shelf_no = " + shelfNo,
          "DELETE FROM shelf WHERE shelf_no = " + shelfNo);
    }
  }

  @Test
  void aRollbackLeavesNothingBehind() throws SQLException {
    long shelves = Shelves.rows(scratch, "shelf");
    long volumes = Shelves.rows(scratch, "volume");
    List<Shelf> before = this.shelves.findAll();

    IllegalStateException failure = assertThrows(IllegalStateException.class,
        () -> service.addShelfThenLoad(9002, () -> {
          throw new IllegalStateException("roll back");
        }));

    assertEquals("roll back", failure.getMessage());
    assertEquals(shelves, Shelves.rows(scratch, "shelf"));
    assertEquals(volumes, Shelves.rows(scratch, "volume"));
    assertEquals(before, this.shelves.findAll());
    assertEquals(Optional.empty(), this.shelves.findById(9002L));
    assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
  }

  /** The README's tip: one read-only REPEATABLE READ transaction makes several loads one snapshot. */
  @Test
  void loadsInOneReadOnlyRepeatableReadTransactionReadOneSnapshot() throws SQLException {
    long shelfNo = 9003;
    try {
      List<List<Shelf>> loads = service.twoLoadsInOneSnapshot(() -> {
        try {
          // Committed by another connection between the two loads.
          scratch.execute("INSERT INTO shelf (shelf_no, label) VALUES (" + shelfNo + ", 'Late')");
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });

      assertEquals(loads.get(0), loads.get(1));
      assertEquals(SHELVES, loads.get(1).size());
      for (ConnectionStates.State state : states.take()) {
        assertEquals(Connection.TRANSACTION_REPEATABLE_READ, state.isolation());
        assertTrue(state.readOnly());
      }
      assertEquals(SHELVES + 1, shelves.findAll().size());
    } finally {
      scratch.execute("DELETE FROM shelf WHERE shelf_no = " + shelfNo);
    }
  }

  @Test
  void thePoolIsBackToItsInitialStateAfterAThousandLoads() throws SQLException {
    List<Shelf> expected = Shelves.expected(scratch);
    int total = pool.getHikariPoolMXBean().getTotalConnections();
    assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());

    int statements = 0;
    for (int i = 0; i < 1000; i++) {
      List<Shelf> loaded = switch (i % 3) {
        case 0 -> shelves.findAll();
        case 1 -> service.loadInTransaction();
        default -> shelves.findAllById(List.of(expected.get(i % SHELVES).shelfNo()));
      };
      if (i % 3 == 2) {
        assertEquals(List.of(expected.get(i % SHELVES)), loaded);
      } else {
        assertEquals(expected, loaded);
      }
      statements += ShelfRepository.STATEMENTS;
      assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "after load " + i);
    }

    assertEquals(statements, states.take().size());
    assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
    assertTrue(pool.getHikariPoolMXBean().getTotalConnections() <= Math.max(total, 4));
    try (Connection next = pool.getConnection()) {
      assertFalse(next.isReadOnly());
      assertTrue(next.getAutoCommit());
      assertEquals(defaultIsolation(), next.getTransactionIsolation());
    }
  }

  /** The isolation a new connection has, on this database. */
  private int defaultIsolation() throws SQLException {
    try (Connection connection = scratch.connect()) {
      return connection.getTransactionIsolation();
    }
  }
}
