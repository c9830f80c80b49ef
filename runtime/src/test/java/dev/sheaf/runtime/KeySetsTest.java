package dev.sheaf.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;

class KeySetsTest {
  private static final String SQL = """
      SELECT t.id
      FROM TABLE(sheaf_key BIGINT = :keys) sheaf_keys
      JOIN t ON t.id = sheaf_keys.sheaf_key
      """;

  @Test
  void aKeySetThatFitsOneArrayKeepsTheStatementAsWritten() {
    assertEquals(SQL, KeySets.sql(SQL, KeySets.MAX_ARRAY));
  }

  @Test
  void aLargerKeySetIsSplitOverArraysInTheSameStatement() {
    assertEquals("""
        SELECT t.id
        FROM (SELECT sheaf_key FROM TABLE(sheaf_key BIGINT = :keys_0) UNION ALL \
        SELECT sheaf_key FROM TABLE(sheaf_key BIGINT = :keys_1)) sheaf_keys
        JOIN t ON t.id = sheaf_keys.sheaf_key
        """, KeySets.sql(SQL, KeySets.MAX_ARRAY + 1));
  }

  /** H2 refuses arrays over 65,536 elements; 150,000 keys still take one statement. */
  @Test
  void aHundredAndFiftyThousandKeysLoadInOneStatementOnH2() {
    Jdbi jdbi = Jdbi.create("jdbc:h2:mem:keysets" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    AtomicInteger statements = new AtomicInteger();
    jdbi.useHandle(h -> h.execute("CREATE TABLE t (id BIGINT PRIMARY KEY)"));
    jdbi.useHandle(h -> h.execute("INSERT INTO t SELECT X FROM SYSTEM_RANGE(1, 200000)"));
    jdbi.setSqlLogger(new SqlLogger() {
      @Override
      public void logAfterExecution(StatementContext context) {
        statements.incrementAndGet();
      }
    });
    List<Long> keys = LongStream.rangeClosed(25_001, 175_000).boxed().toList();

    List<Long> found = Loader.of(jdbi).load("Test.load", 1, load ->
        load.selectByKeys(1, "T", SQL, Long.class, keys, ctx -> rs -> rs.getLong(1)));

    assertEquals(1, statements.get());
    assertEquals(keys, found.stream().sorted().toList());
  }
}
