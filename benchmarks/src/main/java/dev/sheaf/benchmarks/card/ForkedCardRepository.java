package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.card.projection.AuthorCard;
import dev.sheaf.benchmarks.card.projection.BookCard;
import dev.sheaf.benchmarks.card.projection.PublisherName;
import dev.sheaf.benchmarks.card.projection.ReviewLine;

import dev.sheaf.Aggregate;
import dev.sheaf.runtime.RootQuery;
import dev.sheaf.runtime.internal.Columns;
import dev.sheaf.runtime.internal.Fork;
import dev.sheaf.runtime.internal.Load;
import dev.sheaf.runtime.internal.Loader;
import dev.sheaf.runtime.internal.Page;
import dev.sheaf.runtime.internal.RootFilter;
import dev.sheaf.runtime.internal.RowReader;
import dev.sheaf.runtime.internal.Rows;
import dev.sheaf.runtime.internal.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The prototype of issue 16, item 3: {@code AuthorCardRepository} as the processor generated it,
 * with the book level's three statements (reviews, tags, publisher) handed to {@link
 * dev.sheaf.runtime.internal.Load#fork}, so that with {@code SheafConfig.setParallelConnections}
 * they run side by side on connections that imported the load's snapshot.
 */
final class ForkedCardRepository {
  /**
   * The most statements any load of this repository runs, whatever the number of rows.
   */
  public static final int STATEMENTS = 5;

  /**
   * Statement 1 of 5: the {@code AuthorCard} rows.
   * On PostgreSQL, for every row:
   * <pre>
   * SELECT author.id,
   *        author.name,
   *        author.country_code,
   *        COALESCE(sheaf_book.bookCount, 0),
   *        COALESCE(sheaf_book.totalPages, 0),
   *        sheaf_book.latestPublished,
   *        sheaf_book.averagePages,
   *        COALESCE(sheaf_book.writesLongBooks, 0) &gt; 0
   * FROM author
   * LEFT JOIN (SELECT book.author_id AS sheaf_key,
   *                   COUNT(*) AS bookCount,
   *                   SUM(book.pages) AS totalPages,
   *                   MAX(book.published) AS latestPublished,
   *                   AVG(CAST(book.pages AS DOUBLE PRECISION)) AS averagePages,
   *                   COUNT(CASE WHEN (pages &gt; 300) THEN 1 END) AS writesLongBooks
   *            FROM book
   *            GROUP BY book.author_id) sheaf_book ON sheaf_book.sheaf_key = author.id
   * ORDER BY author.id
   * </pre>
   */
  private static final Select AUTHOR_CARD = Select.root(1, "AuthorCard", "author", "id")
      .column("id")
      .column("name")
      .column("country_code")
      .aggregate("bookCount", Aggregate.Function.COUNT, Select.over("book", "author_id"), "", "",
          Select.Option.OR_ZERO)
      .aggregate("totalPages", Aggregate.Function.SUM, Select.over("book", "author_id"), "pages",
          "", Select.Option.OR_ZERO)
      .aggregate("latestPublished", Aggregate.Function.MAX, Select.over("book", "author_id"),
          "published", "")
      .aggregate("averagePages", Aggregate.Function.AVG, Select.over("book", "author_id"), "pages",
          "", Select.Option.AS_DOUBLE)
      .aggregate("writesLongBooks", Aggregate.Function.EXISTS, Select.over("book", "author_id"), "",
          "pages > 300", Select.Option.OR_ZERO);

  /**
   * Statement 2 of 5: {@code AuthorCard.latestBooks}.
   * A first load reads the rows in order and cuts them here; once a load reads more
   * than twice the rows it keeps, PostgreSQL and MariaDB cut them with ROW_NUMBER().
   * On PostgreSQL, for a key set:
   * <pre>
   * SELECT book.author_id,
   *        book.id,
   *        book.title,
   *        book.publisher_id
   * FROM book
   * WHERE book.author_id = ANY(:keys)
   * ORDER BY book.author_id, published DESC, book.id
   * </pre>
   */
  private static final Select LATEST_BOOKS =
      Select.children(2, "AuthorCard.latestBooks", "book", "id", "author_id")
          .column("id")
          .column("title")
          .column("publisher_id")
          .orderBy("published DESC")
          .limit(3);

  /**
   * Statement 3 of 5: {@code BookCard.reviews}.
   * On PostgreSQL, for a key set:
   * <pre>
   * SELECT review.book_id,
   *        review.id,
   *        review.rating
   * FROM review
   * WHERE review.book_id = ANY(:keys)
   * </pre>
   */
  private static final Select LATEST_BOOKS_REVIEWS =
      Select.children(3, "BookCard.reviews", "review", "id", "book_id")
          .column("id")
          .column("rating")
          .orderBy("id")
          .keyOrderInJava();

  /**
   * Statement 4 of 5: {@code BookCard.tags}.
   * On PostgreSQL, for a key set:
   * <pre>
   * SELECT sheaf_link.sheaf_parent,
   *        tag.name
   * FROM (SELECT book_tag.book_id AS sheaf_parent, book_tag.tag_id AS sheaf_target FROM book_tag WHERE book_tag.book_id = ANY(:keys)) sheaf_link
   * JOIN tag ON tag.id = sheaf_link.sheaf_target
   * ORDER BY name
   * </pre>
   */
  private static final Select LATEST_BOOKS_TAGS =
      Select.childrenThrough(4, "BookCard.tags", "tag", null,
          Select.link("book_tag", "book_id", "tag_id", "id"))
          .column("name")
          .orderBy("name")
          .tieBreaker("name");

  /**
   * Statement 5 of 5: {@code BookCard.publisher}, the referenced rows.
   * On PostgreSQL, for a key set:
   * <pre>
   * SELECT publisher.id,
   *        publisher.name
   * FROM publisher
   * WHERE publisher.id = ANY(:keys)
   * </pre>
   */
  private static final Select LATEST_BOOKS_PUBLISHER =
      Select.referenced(5, "BookCard.publisher", "publisher", "id")
          .column("id")
          .column("name");

  private final Loader loader;

  /**
   * A repository whose loads each open a handle of {@code jdbi}, and close it.
   */
  public ForkedCardRepository(Jdbi jdbi) {
    this(Loader.of(jdbi));
  }

  private ForkedCardRepository(Loader loader) {
    this.loader = loader;
  }

  /**
   * This repository's loads on {@code handle}: inside its transaction when it has one (at its
   * isolation: REPEATABLE READ keeps counts and collections in step), else in a REPEATABLE READ
   * transaction of their own. The handle stays open.
   */
  public ForkedCardRepository attach(Handle handle) {
    return new ForkedCardRepository(loader.attach(handle));
  }

  /**
   * Loads every {@code AuthorCard}, complete, in the default order.
   * It runs the statements the class lists: at most {@link #STATEMENTS}.
   */
  public List<AuthorCard> findAll() {
    return loader.load("ForkedCardRepository.findAll", STATEMENTS,
        load -> page(load, RootFilter.all()).items());
  }

  /**
   * Loads the {@code AuthorCard} whose key is {@code id}, complete, or empty.
   * It runs the statements the class lists: at most {@link #STATEMENTS}.
   */
  public Optional<AuthorCard> findById(long id) {
    return byKeys("findById", List.of(id)).stream().findFirst();
  }

  /**
   * Loads the {@code AuthorCard}s whose keys are given, complete, in the order of the keys;
   * unknown keys are skipped and a repeated key gives one row. No keys, no statement.
   * It runs the statements the class lists: at most {@link #STATEMENTS}.
   */
  public List<AuthorCard> findAllById(Collection<Long> keys) {
    return byKeys("findAllById", keys);
  }

  /**
   * A query on the root rows: a condition on {@code author}'s columns with named parameters,
   * an order, a limit and an offset; {@code list()} loads the matching rows, complete,
   * {@code page()} a page with the total (one statement more), and {@code useStream}
   * streams them in chunks, each chunk complete. Each list, page or chunk runs the statements
   * the class lists: at most {@link #STATEMENTS}.
   */
  public RootQuery<AuthorCard> query() {
    return new RootQuery<>(loader, "ForkedCardRepository.query", STATEMENTS, AUTHOR_CARD,
        this::page);
  }

  private Page<AuthorCard> page(Load load, RootFilter filter) {
    Fork<List<AuthorCardRow>> rows = load.rootRows(AUTHOR_CARD, filter, AuthorCardRow::reader);
    List<AuthorCard> built = authorCard(load, rows, filter.everyRow());
    return Page.of(built, rows.join(), AuthorCardRow::id);
  }

  private List<AuthorCard> byKeys(String method, Collection<Long> given) {
    return loader.byKeys("ForkedCardRepository." + method, STATEMENTS, given, (load, keys) -> {
      List<AuthorCardRow> rows = load.byKeys(AUTHOR_CARD, Long.class, keys, AuthorCardRow::reader);
      return authorCard(load, Fork.done(Rows.inKeyOrder(keys, rows, AuthorCardRow::id)), false);
    });
  }

  private List<AuthorCard> authorCard(Load load, Fork<List<AuthorCardRow>> rowsFork,
      boolean everyRow) {
    Fork<List<Long>> rowKeys = rowsFork.map(rows -> Rows.keys(rows, AuthorCardRow::id));
    Map<Long, List<BookCard>> latestBooks = latestBooks(load, rowKeys, everyRow);
    List<AuthorCardRow> rows = rowsFork.join();
    List<AuthorCard> built = new ArrayList<>(rows.size());
    for (AuthorCardRow row : rows) {
      built.add(new AuthorCard(
          row.id(),
          row.name(),
          row.country(),
          row.bookCount(),
          row.totalPages(),
          row.latestPublished(),
          row.averagePages(),
          row.writesLongBooks(),
          latestBooks.getOrDefault(row.id(), List.of())));
    }
    return built;
  }

  /**
   * Statement 2 of 5: {@code AuthorCard.latestBooks}.
   */
  private Map<Long, List<BookCard>> latestBooks(Load load, Fork<List<Long>> keys,
      boolean everyParent) {
    List<LatestBooksRow> rows = load.children(LATEST_BOOKS, Long.class, keys, everyParent,
        LatestBooksRow::reader);
    rows = Rows.firstPerParent(rows, LatestBooksRow::parentKey, 3);
    List<Long> rowKeys = Rows.keys(rows, LatestBooksRow::id);
    Fork<Map<Long, List<ReviewLine>>> reviewsFork =
        load.fork(rowKeys, part -> latestBooksReviews(part, rowKeys, false));
    Fork<Map<Long, List<String>>> tagsFork =
        load.fork(rowKeys, part -> latestBooksTags(part, rowKeys, false));
    List<Long> publisherKeys = Rows.keys(rows, LatestBooksRow::publisherKey);
    Map<Long, PublisherName> publisher = latestBooksPublisher(load, publisherKeys);
    Map<Long, List<ReviewLine>> reviews = reviewsFork.join();
    Map<Long, List<String>> tags = tagsFork.join();
    return Rows.toLists(rows, LatestBooksRow::parentKey, row -> {
      List<ReviewLine> rowReviews = reviews.getOrDefault(row.id(), List.of());
      return new BookCard(
          row.id(),
          row.title(),
          rowReviews.size(),
          Rows.average(rowReviews, ReviewLine::rating),
          rowReviews,
          tags.getOrDefault(row.id(), List.of()),
          row.publisherKey() == null ? null : publisher.get(row.publisherKey()));
    });
  }

  /**
   * Statement 3 of 5: {@code BookCard.reviews}.
   */
  private Map<Long, List<ReviewLine>> latestBooksReviews(Load load, List<Long> keys,
      boolean everyParent) {
    List<LatestBooksReviewsRow> rows = load.children(LATEST_BOOKS_REVIEWS, Long.class, keys,
        everyParent, LatestBooksReviewsRow::reader);
    rows.sort(Comparator.comparingLong(LatestBooksReviewsRow::id));
    return Rows.toLists(rows, LatestBooksReviewsRow::parentKey, row -> new ReviewLine(
        row.id(),
        row.rating()));
  }

  /**
   * Statement 4 of 5: {@code BookCard.tags}.
   */
  private Map<Long, List<String>> latestBooksTags(Load load, List<Long> keys, boolean everyParent) {
    List<LatestBooksTagsRow> rows = load.children(LATEST_BOOKS_TAGS, Long.class, keys, everyParent,
        LatestBooksTagsRow::reader);
    return Rows.toLists(rows, LatestBooksTagsRow::parentKey, LatestBooksTagsRow::value);
  }

  /**
   * Statement 5 of 5: {@code BookCard.publisher}.
   */
  private Map<Long, PublisherName> latestBooksPublisher(Load load, List<Long> keys) {
    List<LatestBooksPublisherRow> rows = load.byKeys(LATEST_BOOKS_PUBLISHER, Long.class, keys,
        LatestBooksPublisherRow::reader);
    return Rows.byKey(rows, LatestBooksPublisherRow::id, row -> new PublisherName(
        row.id(),
        row.name()));
  }

  /**
   * A row of statement 1: {@code AuthorCard}.
   */
  private record AuthorCardRow(long id, String name, String country, long bookCount,
      long totalPages, LocalDate latestPublished, Double averagePages, boolean writesLongBooks) {
    static RowReader<AuthorCardRow> reader(StatementContext ctx) {
      ColumnMapper<LocalDate> localDateMapper = Columns.mapper(ctx, LocalDate.class);
      return rs -> new AuthorCardRow(
          rs.getLong(1),
          rs.getString(2),
          rs.getString(3),
          rs.getLong(4),
          rs.getLong(5),
          localDateMapper.map(rs, 6, ctx),
          Columns.getDouble(rs, 7),
          rs.getBoolean(8));
    }
  }

  /**
   * A row of statement 2: {@code AuthorCard.latestBooks}.
   */
  private record LatestBooksRow(long parentKey, long id, String title, Long publisherKey) {
    static RowReader<LatestBooksRow> reader(StatementContext ctx) {
      return rs -> new LatestBooksRow(
          rs.getLong(1),
          rs.getLong(2),
          rs.getString(3),
          Columns.getLong(rs, 4));
    }
  }

  /**
   * A row of statement 3: {@code BookCard.reviews}.
   */
  private record LatestBooksReviewsRow(long parentKey, long id, int rating) {
    static RowReader<LatestBooksReviewsRow> reader(StatementContext ctx) {
      return rs -> new LatestBooksReviewsRow(
          rs.getLong(1),
          rs.getLong(2),
          rs.getInt(3));
    }
  }

  /**
   * A row of statement 4: {@code BookCard.tags}.
   */
  private record LatestBooksTagsRow(long parentKey, String value) {
    static RowReader<LatestBooksTagsRow> reader(StatementContext ctx) {
      return rs -> new LatestBooksTagsRow(
          rs.getLong(1),
          rs.getString(2));
    }
  }

  /**
   * A row of statement 5: {@code BookCard.publisher}.
   */
  private record LatestBooksPublisherRow(long id, String name) {
    static RowReader<LatestBooksPublisherRow> reader(StatementContext ctx) {
      return rs -> new LatestBooksPublisherRow(
          rs.getLong(1),
          rs.getString(2));
    }
  }
}
