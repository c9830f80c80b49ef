package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.BenchDatabase;
import dev.sheaf.benchmarks.card.projection.AuthorCard;
import dev.sheaf.benchmarks.card.projection.BookCard;
import dev.sheaf.benchmarks.card.projection.PublisherName;
import dev.sheaf.benchmarks.card.projection.ReviewLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The benchmark's reference: the {@link AuthorCard}s loaded by plain JDBC as a careful developer
 * would write it for each database, independently of the SQL Sheaf generates, in five
 * statements and one read-only REPEATABLE READ transaction. Rows are read by column index and
 * grouped with hash maps. Statements 1 and 2 are the same on every database; 3 to 5 hand over
 * their keys as {@link KeySetSql} measured fastest on each.
 *
 * <p>Each shape was timed against its rivals (median ms per statement over 20 to 100 runs on
 * this project's 2-core machine, at 1,000 / 10,000 authors); the one kept was the fastest, or
 * within 1 ms of it, at both sizes on every database:
 *
 * <ul>
 *   <li>Statement 1, the five aggregates from one grouped derived table, LEFT JOINed; the
 *       average pages is the sum over the count, computed here: H2 2.5 / 36 against 10 / 209
 *       with {@code AVG(CAST(pages AS DOUBLE PRECISION))}, PostgreSQL 2.1 / 20 against 2.8 /
 *       19, MariaDB 3.3 / 26 against 3.9 / 48. Correlated subqueries: H2 42, PostgreSQL 15,
 *       MariaDB 32 at 1,000.
 *   <li>Statement 2, every book newest first per author, cut to three here: H2 1.3 / 18,
 *       PostgreSQL 3.8 / 22, MariaDB 3.2 / 16. {@code ROW_NUMBER() OVER (PARTITION BY
 *       author_id ORDER BY published DESC, id) <= 3}: H2 3.1 / 33, PostgreSQL 3.5 / 31,
 *       MariaDB 3.4 / 82. On PostgreSQL {@code CROSS JOIN LATERAL (... ORDER BY published DESC,
 *       id LIMIT 3)}: 5.0 / 32.
 *   <li>A book's review count and average rating come from the reviews statement 3 reads
 *       anyway. Grouping the kept books' reviews in statement 2 instead ({@code LEFT JOIN
 *       review ... GROUP BY}) made it H2 9.0 / 168, PostgreSQL 7.3 / 73 (LATERAL: 14 / 108),
 *       MariaDB 17 / 305.
 * </ul>
 *
 * <p>Averages are thus the doubles Java computes from the sums and counts, on every database.
 */
final class JdbcCardLoader implements CardLoader {
  /** Statement 1. An author without books gets NULLs, which getLong and getInt read as 0. */
  private static final String AUTHORS = """
      SELECT author.id, author.name, author.country_code,
             books.book_count, books.total_pages, books.latest_published, books.long_books
      FROM author
      LEFT JOIN (
        SELECT author_id,
               COUNT(*) AS book_count,
               SUM(pages) AS total_pages,
               MAX(published) AS latest_published,
               MAX(CASE WHEN pages > 300 THEN 1 ELSE 0 END) AS long_books
        FROM book
        GROUP BY author_id
      ) books ON books.author_id = author.id
      ORDER BY author.id
      """;

  /** Statement 2: all the books, each author's newest first, ties by key. */
  private static final String BOOKS = """
      SELECT author_id, id, title, publisher_id
      FROM book
      ORDER BY author_id, published DESC, id
      """;

  private static final int LATEST_BOOKS = 3;

  private final DataSource dataSource;
  private final KeySetSql keySets;

  JdbcCardLoader(DataSource dataSource, BenchDatabase database) {
    this.dataSource = dataSource;
    this.keySets = KeySetSql.of(database);
  }

  @Override
  public List<AuthorCard> load() {
    // HikariCP sets read-only, auto-commit and the isolation level back when the connection
    // returns to it, so nothing here reads them first.
    try (Connection connection = dataSource.getConnection()) {
      connection.setReadOnly(true);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setAutoCommit(false);
      try {
        List<AuthorCard> cards = load(connection);
        connection.commit();
        return cards;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reference load failed", e);
    }
  }

  private List<AuthorCard> load(Connection connection) throws SQLException {
    List<AuthorRow> authors = authors(connection);
    if (authors.isEmpty()) {
      return List.of();
    }
    Map<Long, List<BookRow>> books = latestBooks(connection);
    List<Long> bookKeys = new ArrayList<>();
    Set<Long> publisherKeys = new LinkedHashSet<>();
    for (List<BookRow> kept : books.values()) {
      for (BookRow book : kept) {
        bookKeys.add(book.id());
        if (book.publisherId() != null) {
          publisherKeys.add(book.publisherId());
        }
      }
    }
    Map<Long, List<ReviewLine>> reviews = Map.of();
    Map<Long, List<String>> tags = Map.of();
    Map<Long, PublisherName> publishers = Map.of();
    if (!bookKeys.isEmpty()) {
      long[] keys = toArray(bookKeys);
      reviews = reviews(connection, keys);
      tags = tags(connection, keys);
    }
    if (!publisherKeys.isEmpty()) {
      publishers = publishers(connection, toArray(publisherKeys));
    }

    List<AuthorCard> cards = new ArrayList<>(authors.size());
    for (AuthorRow author : authors) {
      List<BookRow> kept = books.getOrDefault(author.id(), List.of());
      List<BookCard> latest = new ArrayList<>(kept.size());
      for (BookRow book : kept) {
        List<ReviewLine> bookReviews = reviews.getOrDefault(book.id(), List.of());
        latest.add(new BookCard(book.id(), book.title(), bookReviews.size(),
            averageRating(bookReviews), bookReviews, tags.getOrDefault(book.id(), List.of()),
            book.publisherId() == null ? null : publishers.get(book.publisherId())));
      }
      cards.add(new AuthorCard(author.id(), author.name(), author.country(), author.bookCount(),
          author.totalPages(), author.latestPublished(),
          author.bookCount() == 0 ? null : (double) author.totalPages() / author.bookCount(),
          author.writesLongBooks(), latest));
    }
    return cards;
  }

  /** Statement 1: every author with the aggregates of their books, in key order. */
  private List<AuthorRow> authors(Connection connection) throws SQLException {
    List<AuthorRow> authors = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(AUTHORS);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        authors.add(new AuthorRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
            rs.getLong(5), rs.getObject(6, LocalDate.class), rs.getInt(7) == 1));
      }
    }
    return authors;
  }

  /** Statement 2: each author's three newest books. */
  private Map<Long, List<BookRow>> latestBooks(Connection connection) throws SQLException {
    Map<Long, List<BookRow>> books = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(BOOKS);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        List<BookRow> kept = books.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(3));
        if (kept.size() < LATEST_BOOKS) {
          long publisher = rs.getLong(4);
          kept.add(new BookRow(rs.getLong(2), rs.getString(3), rs.wasNull() ? null : publisher));
        }
      }
    }
    return books;
  }

  /** Statement 3: the kept books' reviews, each book's in key order. */
  private Map<Long, List<ReviewLine>> reviews(Connection connection, long[] books)
      throws SQLException {
    Map<Long, List<ReviewLine>> reviews = new HashMap<>();
    try (PreparedStatement statement = keySets.reviews(connection, books);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        reviews.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(new ReviewLine(rs.getLong(2), rs.getInt(3)));
      }
    }
    for (List<ReviewLine> list : reviews.values()) {
      list.sort(Comparator.comparingLong(ReviewLine::id));
    }
    return reviews;
  }

  /** Statement 4: the kept books' tag names, each book's alphabetical. */
  private Map<Long, List<String>> tags(Connection connection, long[] books) throws SQLException {
    Map<Long, List<String>> tags = new HashMap<>();
    try (PreparedStatement statement = keySets.tags(connection, books);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    for (List<String> list : tags.values()) {
      list.sort(Comparator.naturalOrder());
    }
    return tags;
  }

  /** Statement 5: the kept books' publishers. */
  private Map<Long, PublisherName> publishers(Connection connection, long[] keys)
      throws SQLException {
    Map<Long, PublisherName> publishers = new HashMap<>();
    try (PreparedStatement statement = keySets.publishers(connection, keys);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        publishers.put(rs.getLong(1), new PublisherName(rs.getLong(1), rs.getString(2)));
      }
    }
    return publishers;
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

  private static long[] toArray(Collection<Long> keys) {
    long[] array = new long[keys.size()];
    int i = 0;
    for (long key : keys) {
      array[i++] = key;
    }
    return array;
  }

  private record AuthorRow(long id, String name, String country, long bookCount,
      long totalPages, LocalDate latestPublished, boolean writesLongBooks) {}

  private record BookRow(long id, String title, Long publisherId) {}
}
