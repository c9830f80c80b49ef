package dev.sheaf.examples.reserved;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sheaf.examples.StatementCounter;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tables and columns named with reserved words load on every database: the processor quotes
 * them in standard SQL, and the MariaDB dialect writes the quotes as backticks, in the generated
 * statements and in the {@code where} an annotation wrote.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ReservedNamesTest {
  @Parameter
  TestDatabase database;

  @Test
  void everyFinderLoadsTablesAndColumnsNamedWithReservedWords() {
    try (ScratchDatabase scratch = database.fresh("reserved")) {
      Jdbi jdbi = scratch.jdbi();
      String q = database == TestDatabase.MARIADB ? "`" : "\"";
      jdbi.useTransaction(handle -> {
        handle.execute("CREATE TABLE " + q + "order" + q + " (id BIGINT PRIMARY KEY, "
            + q + "group" + q + " VARCHAR(20) NOT NULL, " + q + "year" + q + " INT NOT NULL)");
        handle.execute("CREATE TABLE " + q + "key" + q + " (id BIGINT PRIMARY KEY, "
            + q + "order" + q + " BIGINT NOT NULL REFERENCES " + q + "order" + q + " (id), "
            + q + "value" + q + " VARCHAR(20) NOT NULL)");
        String insertOrder = "INSERT INTO " + q + "order" + q + " VALUES (?, ?, ?)";
        handle.execute(insertOrder, 1L, "first", 2024);
        handle.execute(insertOrder, 2L, "second", 2025);
        String insertKey = "INSERT INTO " + q + "key" + q + " VALUES (?, ?, ?)";
        handle.execute(insertKey, 10L, 1L, "b");
        handle.execute(insertKey, 11L, 1L, "skip");
        handle.execute(insertKey, 12L, 1L, "a");
      });
      StatementCounter counter = new StatementCounter();
      jdbi.setSqlLogger(counter);
      OrderCardRepository orders = new OrderCardRepository(jdbi);

      OrderCard first = new OrderCard(1L, "first", 2024, 3, List.of("a", "b", "skip"),
          List.of(new KeyLine(10L, "b"), new KeyLine(12L, "a")));
      OrderCard second = new OrderCard(2L, "second", 2025, 0, List.of(), List.of());
      assertEquals(List.of(first, second), orders.findAll());
      assertEquals(3, counter.count());
      assertEquals(Optional.of(first), orders.findById(1L));
      assertEquals(List.of(second, first), orders.findAllById(List.of(2L, 1L)));
      assertEquals(List.of(second),
          orders.query().where("id > :id").bind("id", 1L).list());
      assertEquals(List.of(first, second), orders.query().chunkSize(1).withStream(s -> s.toList()));
    }
  }
}
