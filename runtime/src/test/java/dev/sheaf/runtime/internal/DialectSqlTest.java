package dev.sheaf.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.runtime.Dialect;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.junit.jupiter.api.Test;

class DialectSqlTest {
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
  void mysqlQuotesNamesWithBackticksButNotStringsOrComments() {
    assertEquals("SELECT `order`.id, 'say \"hi\"' -- \"as is\"\nFROM `order` /* \"too\" */",
        DialectSql.render(Dialect.MYSQL, 
            "SELECT \"order\".id, 'say \"hi\"' -- \"as is\"\nFROM \"order\" /* \"too\" */"));
    assertEquals("SELECT `a\"b`, `c``d`, 'it''s'",
        DialectSql.render(Dialect.MYSQL, "SELECT \"a\"\"b\", \"c`d\", 'it''s'"));
    assertEquals("SELECT \"unclosed", DialectSql.render(Dialect.MYSQL, "SELECT \"unclosed"));
    assertEquals("SELECT \"order\".id",
        DialectSql.render(Dialect.POSTGRESQL, "SELECT \"order\".id"));
  }

  @Test
  void h2JoinsOneArrayOrAUnionOfArraysPastItsLimit() {
    assertEquals("UNNEST(:keys) sheaf_keys(sheaf_key)",
        KeyBinding.arrays(Dialect.H2, Long.class, List.of(1L, 2L), DialectSql.MAX_H2_ARRAY)
            .text().table());
    List<Long> keys = LongStream.rangeClosed(1, DialectSql.MAX_H2_ARRAY * 2L + 1).boxed().toList();
    assertEquals("(SELECT sheaf_key FROM TABLE(sheaf_key BIGINT = :keys_0)"
            + " UNION ALL SELECT sheaf_key FROM TABLE(sheaf_key BIGINT = :keys_1)"
            + " UNION ALL SELECT sheaf_key FROM TABLE(sheaf_key BIGINT = :keys_2)) sheaf_keys",
        KeyBinding.arrays(Dialect.H2, Long.class, keys, DialectSql.MAX_H2_ARRAY).text().table());
  }

  @Test
  void postgresqlTestsOneArrayWithAny() {
    KeySet text = KeyBinding.arrays(Dialect.POSTGRESQL, Long.class, List.of(1L), Integer.MAX_VALUE)
        .text();
    assertEquals(" = ANY(:keys)", text.condition());
    assertEquals(null, text.table());
  }

  @Test
  void mysqlWritesWholeNumberKeysAsLiteralsAndBindsOthersByName() {
    KeyBinding<Long> literals = KeyBinding.list(Dialect.MYSQL, Long.class, List.of(1L, 2L, -6L), true);
    assertEquals(" IN (sheaf_literal_keys)", literals.text().condition());
    List<String> parsed = new ArrayList<>();
    List<Long> selected = Jdbi.create("jdbc:h2:mem:").withHandle(handle -> {
      Query query = handle.createQuery(
          "SELECT X FROM SYSTEM_RANGE(-10, 10) WHERE X" + literals.text().condition() + " ORDER BY X");
      literals.bind(query);
      query.addCustomizer(new StatementCustomizer() {
        @Override
        public void beforeExecution(PreparedStatement statement, StatementContext ctx) {
          parsed.add(ctx.getParsedSql().getSql());
        }
      });
      return query.mapTo(Long.class).list();
    });
    assertEquals(List.of(-6L, 1L, 2L), selected);
    assertEquals(List.of("SELECT X FROM SYSTEM_RANGE(-10, 10) WHERE X IN (1, 2, -6) ORDER BY X"),
        parsed);
    KeyBinding<String> strings =
        KeyBinding.list(Dialect.MYSQL, String.class, List.of("a", "b'); --"), false);
    assertEquals(" IN (:sheaf_key_0, :sheaf_key_1)", strings.text().condition());
    String bound = Jdbi.create("jdbc:h2:mem:").withHandle(handle -> {
      Query query = handle.createQuery("SELECT CONCAT(:sheaf_key_0, '|', :sheaf_key_1)");
      strings.bind(query);
      return query.mapTo(String.class).one();
    });
    assertEquals("a|b'); --", bound);
  }
}
