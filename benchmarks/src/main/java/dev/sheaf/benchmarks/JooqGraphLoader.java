package dev.sheaf.benchmarks;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.ResultQuery;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ's answer to nested collections: one statement, each collection a {@code MULTISET}
 * (rendered as JSON aggregation on H2, PostgreSQL and MariaDB), mapped into the records by
 * {@code convertFrom}. No code generation: tables and columns by name. The book count is the
 * size of the book multiset.
 */
final class JooqGraphLoader implements GraphLoader {
  static {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  private static final Table<?> AUTHOR = table(name("author"));
  private static final Field<Long> AUTHOR_ID = field(name("author", "id"), SQLDataType.BIGINT);
  private static final Field<String> AUTHOR_NAME =
      field(name("author", "name"), SQLDataType.VARCHAR);

  private static final Table<?> BOOK = table(name("book"));
  private static final Field<Long> BOOK_ID = field(name("book", "id"), SQLDataType.BIGINT);
  private static final Field<Long> BOOK_AUTHOR_ID =
      field(name("book", "author_id"), SQLDataType.BIGINT);
  private static final Field<String> BOOK_TITLE = field(name("book", "title"), SQLDataType.VARCHAR);

  private static final Table<?> REVIEW = table(name("review"));
  private static final Field<Long> REVIEW_ID = field(name("review", "id"), SQLDataType.BIGINT);
  private static final Field<Long> REVIEW_BOOK_ID =
      field(name("review", "book_id"), SQLDataType.BIGINT);
  private static final Field<Integer> REVIEW_RATING =
      field(name("review", "rating"), SQLDataType.INTEGER);
  private static final Field<String> REVIEW_TEXT =
      field(name("review", "text"), SQLDataType.VARCHAR);

  private static final Table<?> BOOK_TAG = table(name("book_tag"));
  private static final Field<Long> BOOK_TAG_BOOK_ID =
      field(name("book_tag", "book_id"), SQLDataType.BIGINT);
  private static final Field<Integer> BOOK_TAG_TAG_ID =
      field(name("book_tag", "tag_id"), SQLDataType.INTEGER);

  private static final Table<?> TAG = table(name("tag"));
  private static final Field<Integer> TAG_ID = field(name("tag", "id"), SQLDataType.INTEGER);
  private static final Field<String> TAG_NAME = field(name("tag", "name"), SQLDataType.VARCHAR);

  /**
   * Names as the DDL wrote them, unquoted: quoted, H2 would look for lower-case tables. On
   * MariaDB jOOQ aggregates with GROUP_CONCAT and would wrap the query in statements raising
   * {@code group_concat_max_len}, which the driver refuses without {@code allowMultiQueries};
   * the server's default of 1 MB per author is plenty here.
   */
  private static final Settings SETTINGS = new Settings()
      .withRenderQuotedNames(RenderQuotedNames.NEVER)
      .withRenderGroupConcatMaxLenSessionVariable(false)
      .withExecuteLogging(false);

  private final DataSource dataSource;
  private final BenchDatabase database;

  JooqGraphLoader(DataSource dataSource, BenchDatabase database) {
    this.dataSource = dataSource;
    this.database = database;
  }

  @Override
  public List<AuthorGraph> load() {
    // One statement needs no isolation level to be consistent; the transaction keeps H2 from
    // answering repeated loads from its result cache.
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        List<AuthorGraph> authors = query(DSL.using(connection, database.jooqDialect(), SETTINGS))
            .fetch(Records.mapping(
                (id, name, books) -> new AuthorGraph(id, name, books.size(), books)));
        connection.commit();
        return authors;
      } catch (RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("jOOQ load failed", e);
    }
  }

  private static ResultQuery<Record3<Long, String, List<BookGraph>>> query(DSLContext dsl) {
    Field<List<ReviewGraph>> reviews = multiset(
        select(REVIEW_ID, REVIEW_RATING, REVIEW_TEXT)
            .from(REVIEW)
            .where(REVIEW_BOOK_ID.eq(BOOK_ID))
            .orderBy(REVIEW_ID))
        .convertFrom(rows -> rows.map(Records.mapping(ReviewGraph::new)));
    Field<List<String>> tags = multiset(
        select(TAG_NAME)
            .from(BOOK_TAG)
            .join(TAG).on(TAG_ID.eq(BOOK_TAG_TAG_ID))
            .where(BOOK_TAG_BOOK_ID.eq(BOOK_ID))
            .orderBy(TAG_NAME))
        .convertFrom(rows -> rows.map(Record1::value1));
    Field<List<BookGraph>> books = multiset(
        select(BOOK_ID, BOOK_TITLE, reviews, tags)
            .from(BOOK)
            .where(BOOK_AUTHOR_ID.eq(AUTHOR_ID))
            .orderBy(BOOK_ID))
        .convertFrom(rows -> rows.map(Records.mapping(BookGraph::new)));
    return dsl.select(AUTHOR_ID, AUTHOR_NAME, books).from(AUTHOR).orderBy(AUTHOR_ID);
  }
}
