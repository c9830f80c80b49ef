package dev.sheaf.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.junit.jupiter.api.Test;

class DialectTest {
  private static final String BOOKS = """
      SELECT book.author_id,
             book.title
      FROM book_tag
      JOIN book ON book.id = book_tag.book_id
      WHERE book_tag.tag_id IN (:keys)
        AND (book.pages > 100)
      ORDER BY book.id
      """;

  @Test
  void productNamesNameTheirDialect() {
    assertEquals(Dialect.H2, Dialect.forProduct("H2"));
    assertEquals(Dialect.POSTGRESQL, Dialect.forProduct("PostgreSQL"));
    assertEquals(Dialect.MYSQL, Dialect.forProduct("MariaDB"));
    assertEquals(Dialect.MYSQL, Dialect.forProduct("MySQL"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Dialect.forProduct("Oracle"));
    assertTrue(e.getMessage().contains("\"Oracle\"") && e.getMessage().contains("setDialect"),
        e.getMessage());
  }

  @Test
  void h2JoinsTheKeysAsATableAheadOfTheFirstTable() {
    List<Dialect.KeySetStatement> statements =
        Dialect.H2.byKeys(BOOKS, Long.class, List.of(1L, 2L), new SheafConfig());
    assertEquals(1, statements.size());
    assertEquals("""
        SELECT book.author_id,
               book.title
        FROM UNNEST(:keys) sheaf_keys(sheaf_key)
        JOIN book_tag ON book_tag.tag_id = sheaf_keys.sheaf_key
        JOIN book ON book.id = book_tag.book_id
        WHERE (book.pages > 100)
        ORDER BY book.id
        """, statements.get(0).sql());
  }

  @Test
  void h2DropsAPredicateLineWithNoConditionAfterIt() {
    String sql = "SELECT author.id\nFROM author\nWHERE author.id IN (:keys)\n";
    assertEquals("SELECT author.id\nFROM UNNEST(:keys) sheaf_keys(sheaf_key)\n"
            + "JOIN author ON author.id = sheaf_keys.sheaf_key\n",
        Dialect.H2.byKeys(sql, Long.class, List.of(1L), new SheafConfig()).get(0).sql());
  }

  @Test
  void h2SplitsMoreKeysThanAnArrayHoldsOverArraysOfOneStatement() {
    List<Long> keys = LongStream.rangeClosed(1, Dialect.MAX_H2_ARRAY * 2L + 1).boxed().toList();
    List<Dialect.KeySetStatement> statements =
        Dialect.H2.byKeys(BOOKS, Long.class, keys, new SheafConfig());
    assertEquals(1, statements.size());
    assertTrue(statements.get(0).sql().contains(
        "FROM (SELECT sheaf_key FROM TABLE(sheaf_key BIGINT = :keys_0)"
            + " UNION ALL SELECT sheaf_key FROM TABLE(sheaf_key BIGINT = :keys_1)"
            + " UNION ALL SELECT sheaf_key FROM TABLE(sheaf_key BIGINT = :keys_2)) sheaf_keys\n"),
        statements.get(0).sql());
  }

  @Test
  void postgresqlBindsOneArrayWithAny() {
    String sql = Dialect.POSTGRESQL.byKeys(BOOKS, Long.class, List.of(1L), new SheafConfig())
        .get(0).sql();
    assertEquals(BOOKS.replace("IN (:keys)", "= ANY(:keys)"), sql);
  }

  @Test
  void mysqlWritesWholeNumberKeysAsLiteralListsOfAtMostTheLimit() {
    SheafConfig config = new SheafConfig().setInListLimit(4);
    List<Long> keys = List.of(1L, 2L, 3L, 4L, 5L, -6L);
    List<Dialect.KeySetStatement> statements = Dialect.MYSQL.byKeys(BOOKS, Long.class, keys, config);
    assertEquals(2, statements.size());
    assertEquals(BOOKS.replace("IN (:keys)", "IN (1, 2, 3, 4)"), statements.get(0).sql());
    assertEquals(BOOKS.replace("IN (:keys)", "IN (5, -6)"), statements.get(1).sql());
    assertEquals(List.of(), bound(statements.get(0)));
  }

  @Test
  void mysqlBindsOtherKeysAsParameterLists() {
    SheafConfig config = new SheafConfig().setInListLimit(2);
    List<Dialect.KeySetStatement> statements =
        Dialect.MYSQL.byKeys(BOOKS, String.class, List.of("a", "b'); --", "c"), config);
    assertEquals(BOOKS.replace("IN (:keys)", "IN (?, ?)"), statements.get(0).sql());
    assertEquals(BOOKS.replace("IN (:keys)", "IN (?)"), statements.get(1).sql());
    assertEquals(List.of("a", "b'); --"), bound(statements.get(0)));
    assertEquals(List.of("c"), bound(statements.get(1)));
  }

  @Test
  void mysqlQuotesNamesWithBackticksButNotStringsOrComments() {
    assertEquals("SELECT `order`.id, 'say \"hi\"' -- \"as is\"\nFROM `order` /* \"too\" */",
        Dialect.MYSQL.render(
            "SELECT \"order\".id, 'say \"hi\"' -- \"as is\"\nFROM \"order\" /* \"too\" */"));
    assertEquals("SELECT `a\"b`, `c``d`, 'it''s'",
        Dialect.MYSQL.render("SELECT \"a\"\"b\", \"c`d\", 'it''s'"));
    assertEquals("SELECT \"unclosed", Dialect.MYSQL.render("SELECT \"unclosed"));
    assertEquals("SELECT \"order\".id", Dialect.POSTGRESQL.render("SELECT \"order\".id"));
  }

  @Test
  void aStatementWithoutItsKeyPredicateIsABug() {
    assertThrows(IllegalArgumentException.class,
        () -> Dialect.POSTGRESQL.byKeys("SELECT 1", Long.class, List.of(1L), new SheafConfig()));
  }

  /** What {@code statement}'s binder binds, by position, read back through a query on H2. */
  /** What {@code statement}'s binder binds, as text, in the order of its parameters. */
  private static List<String> bound(Dialect.KeySetStatement statement) {
    int parameters = (int) statement.sql().chars().filter(c -> c == '?').count();
    if (parameters == 0) {
      return List.of();
    }
    String select = "SELECT " + String.join(", ", Collections.nCopies(parameters, "CAST(? AS VARCHAR)"));
    return Jdbi.create("jdbc:h2:mem:").withHandle(handle -> {
      Query query = handle.createQuery(select);
      statement.binder().accept(query);
      return query.map((rs, ctx) -> {
        List<String> row = new ArrayList<>();
        for (int column = 1; column <= parameters; column++) {
          row.add(rs.getString(column));
        }
        return row;
      }).one();
    });
  }
}
