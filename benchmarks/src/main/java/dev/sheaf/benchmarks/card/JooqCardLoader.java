package dev.sheaf.benchmarks.card;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;

import dev.sheaf.benchmarks.BenchDatabase;
import dev.sheaf.benchmarks.card.projection.AuthorCard;
import dev.sheaf.benchmarks.card.projection.BookCard;
import dev.sheaf.benchmarks.card.projection.PublisherName;
import dev.sheaf.benchmarks.card.projection.ReviewLine;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record8;
import org.jooq.Records;
import org.jooq.ResultQuery;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ's answer, as the graph benchmark's jOOQ loader gives it: one statement, the author
 * aggregates as scalar subqueries, the three newest books a {@code MULTISET} (JSON aggregation
 * on all three databases), each with its publisher joined and its reviews and tags nested
 * multisets. A book's review count and average rating come from its review multiset, as the
 * graph loader's book count comes from its book multiset. The author's average pages is the sum
 * over the count: jOOQ casts to DOUBLE on MariaDB as to DECIMAL, whose AVG MariaDB rounds to
 * 4 decimals.
 */
final class JooqCardLoader implements CardLoader {
  static {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  private static final Table<?> AUTHOR = table(name("author"));
  private static final Field<Long> AUTHOR_ID = field(name("author", "id"), SQLDataType.BIGINT);
  private static final Field<String> AUTHOR_NAME =
      field(name("author", "name"), SQLDataType.VARCHAR);
  private static final Field<String> AUTHOR_COUNTRY =
      field(name("author", "country_code"), SQLDataType.CHAR);

  private static final Table<?> BOOK = table(name("book"));
  private static final Field<Long> BOOK_ID = field(name("book", "id"), SQLDataType.BIGINT);
  private static final Field<Long> BOOK_AUTHOR_ID =
      field(name("book", "author_id"), SQLDataType.BIGINT);
  private static final Field<String> BOOK_TITLE = field(name("book", "title"), SQLDataType.VARCHAR);
  private static final Field<Integer> BOOK_PAGES =
      field(name("book", "pages"), SQLDataType.INTEGER);
  private static final Field<LocalDate> BOOK_PUBLISHED =
      field(name("book", "published"), SQLDataType.LOCALDATE);
  private static final Field<Long> BOOK_PUBLISHER_ID =
      field(name("book", "publisher_id"), SQLDataType.BIGINT);

  private static final Table<?> PUBLISHER = table(name("publisher"));
  private static final Field<Long> PUBLISHER_ID =
      field(name("publisher", "id"), SQLDataType.BIGINT);
  private static final Field<String> PUBLISHER_NAME =
      field(name("publisher", "name"), SQLDataType.VARCHAR);

  private static final Table<?> REVIEW = table(name("review"));
  private static final Field<Long> REVIEW_ID = field(name("review", "id"), SQLDataType.BIGINT);
  private static final Field<Long> REVIEW_BOOK_ID =
      field(name("review", "book_id"), SQLDataType.BIGINT);
  private static final Field<Integer> REVIEW_RATING =
      field(name("review", "rating"), SQLDataType.INTEGER);

  private static final Table<?> BOOK_TAG = table(name("book_tag"));
  private static final Field<Long> BOOK_TAG_BOOK_ID =
      field(name("book_tag", "book_id"), SQLDataType.BIGINT);
  private static final Field<Integer> BOOK_TAG_TAG_ID =
      field(name("book_tag", "tag_id"), SQLDataType.INTEGER);

  private static final Table<?> TAG = table(name("tag"));
  private static final Field<Integer> TAG_ID = field(name("tag", "id"), SQLDataType.INTEGER);
  private static final Field<String> TAG_NAME = field(name("tag", "name"), SQLDataType.VARCHAR);

  /** As the graph benchmark's jOOQ loader sets them, for the same reasons. */
  private static final Settings SETTINGS = new Settings()
      .withRenderQuotedNames(RenderQuotedNames.NEVER)
      .withRenderGroupConcatMaxLenSessionVariable(false)
      .withExecuteLogging(false);

  private final DataSource dataSource;
  private final BenchDatabase database;

  JooqCardLoader(DataSource dataSource, BenchDatabase database) {
    this.dataSource = dataSource;
    this.database = database;
  }

  @Override
  public List<AuthorCard> load() {
    // One statement needs no isolation level to be consistent; the transaction keeps H2 from
    // answering repeated loads from its result cache.
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        List<AuthorCard> cards = query(DSL.using(connection, database.jooqDialect(), SETTINGS), database)
            .fetch(Records.mapping(JooqCardLoader::author));
        connection.commit();
        return cards;
      } catch (RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("jOOQ load failed", e);
    }
  }

  private static ResultQuery<Record8<Long, String, String, Long, Long, LocalDate, Boolean,
      List<BookCard>>> query(DSLContext dsl, BenchDatabase database) {
    Field<Long> bookCount = field(select(count()).from(BOOK).where(BOOK_AUTHOR_ID.eq(AUTHOR_ID)))
        .coerce(SQLDataType.BIGINT);
    Field<Long> totalPages = coalesce(
        field(select(sum(BOOK_PAGES)).from(BOOK).where(BOOK_AUTHOR_ID.eq(AUTHOR_ID)))
            .coerce(SQLDataType.BIGINT), 0L);
    Field<LocalDate> latestPublished =
        field(select(max(BOOK_PUBLISHED)).from(BOOK).where(BOOK_AUTHOR_ID.eq(AUTHOR_ID)));
    Field<Boolean> writesLongBooks = field(exists(selectOne().from(BOOK)
        .where(BOOK_AUTHOR_ID.eq(AUTHOR_ID)).and(BOOK_PAGES.gt(300))));
    return dsl.select(AUTHOR_ID, AUTHOR_NAME, AUTHOR_COUNTRY, bookCount, totalPages,
            latestPublished, writesLongBooks, latestBooks(database))
        .from(AUTHOR)
        .orderBy(AUTHOR_ID);
  }

  private static AuthorCard author(Long id, String name, String country, Long bookCount,
      Long totalPages, LocalDate latestPublished, Boolean writesLongBooks,
      List<BookCard> latestBooks) {
    Double averagePages = bookCount == 0 ? null : (double) totalPages / bookCount;
    return new AuthorCard(id, name, country, bookCount, totalPages, latestPublished,
        averagePages, writesLongBooks, latestBooks);
  }

  /**
   * Each author's three newest books, their publisher joined, their reviews and tags nested.
   * {@code ORDER BY ... LIMIT 3} in the multiset works on PostgreSQL only: jOOQ then nests the
   * query in a derived table, which H2 and MariaDB do not let see the author. H2 takes the limit
   * in an {@code IN} subquery instead, which MariaDB refuses; MariaDB numbers the books in a
   * derived table of their own, which the multiset's {@code WHERE} correlates (on H2 that took
   * 2.2 s a load at 1,000 authors: it numbers every book again for each author).
   */
  private static Field<List<BookCard>> latestBooks(BenchDatabase database) {
    Table<?> book = BOOK;
    Field<Long> bookId = BOOK_ID;
    Field<String> title = BOOK_TITLE;
    Field<Long> publisherId = BOOK_PUBLISHER_ID;
    Condition ofAuthor = BOOK_AUTHOR_ID.eq(AUTHOR_ID);
    SortField<?>[] newestFirst = {BOOK_PUBLISHED.desc(), BOOK_ID.asc()};
    Integer limit = null;
    switch (database) {
      case POSTGRESQL -> limit = 3;
      case H2 -> {
        Field<Long> otherId = field(name("other", "id"), SQLDataType.BIGINT);
        ofAuthor = BOOK_ID.in(select(otherId)
            .from(BOOK.as("other"))
            .where(field(name("other", "author_id"), SQLDataType.BIGINT).eq(AUTHOR_ID))
            .orderBy(field(name("other", "published")).desc(), otherId)
            .limit(3));
      }
      default -> {
        Field<Integer> place = rowNumber()
            .over(partitionBy(BOOK_AUTHOR_ID).orderBy(newestFirst))
            .as("place");
        book = select(BOOK_ID, BOOK_AUTHOR_ID, BOOK_TITLE, BOOK_PUBLISHER_ID, place)
            .from(BOOK)
            .asTable("book");
        bookId = book.field(BOOK_ID);
        title = book.field(BOOK_TITLE);
        publisherId = book.field(BOOK_PUBLISHER_ID);
        ofAuthor = book.field(BOOK_AUTHOR_ID).eq(AUTHOR_ID).and(book.field(place).le(3));
        newestFirst = new SortField<?>[] {book.field(place).asc()};
      }
    }
    Field<List<ReviewLine>> reviews = multiset(
        select(REVIEW_ID, REVIEW_RATING)
            .from(REVIEW)
            .where(REVIEW_BOOK_ID.eq(bookId))
            .orderBy(REVIEW_ID))
        .convertFrom(rows -> rows.map(Records.mapping(ReviewLine::new)));
    Field<List<String>> tags = multiset(
        select(TAG_NAME)
            .from(BOOK_TAG)
            .join(TAG).on(TAG_ID.eq(BOOK_TAG_TAG_ID))
            .where(BOOK_TAG_BOOK_ID.eq(bookId))
            .orderBy(TAG_NAME))
        .convertFrom(rows -> rows.map(Record1::value1));
    var books = select(bookId, title, reviews, tags, PUBLISHER_ID, PUBLISHER_NAME)
        .from(book)
        .leftJoin(PUBLISHER).on(PUBLISHER_ID.eq(publisherId))
        .where(ofAuthor)
        .orderBy(newestFirst);
    return multiset(limit == null ? books : books.limit(limit))
        .convertFrom(rows -> rows.map(Records.mapping(JooqCardLoader::book)));
  }

  private static BookCard book(Long id, String title, List<ReviewLine> reviews,
      List<String> tags, Long publisherId, String publisherName) {
    return new BookCard(id, title, reviews.size(), averageRating(reviews), reviews, tags,
        publisherId == null ? null : new PublisherName(publisherId, publisherName));
  }

  private static Double averageRating(List<ReviewLine> reviews) {
    if (reviews.isEmpty()) {
      return null;
    }
    long sum = 0;
    for (ReviewLine review : reviews) {
      sum += review.rating();
    }
    return (double) sum / reviews.size();
  }
}
