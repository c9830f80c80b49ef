package dev.sheaf.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Hand-written JDBC doing what Sheaf's generated repository does, as plainly as a careful
 * developer would write it: the same four statements (authors; their books; the books' reviews;
 * the books' tags) in one read-only REPEATABLE READ transaction; the book count is the size of
 * the book list. With {@link ChildRows#WHOLE_TABLES} each level below the authors reads its
 * table whole ({@code WHERE <fk> IS NOT NULL}), as Sheaf's findAll does: the practical limit
 * Sheaf is measured against. With {@link ChildRows#BY_KEYS} each level reads the rows of the
 * keys of the level above, in Sheaf's key-set shapes per database ({@link KeySetQuery}), as
 * Sheaf does for a subset of the authors.
 */
final class HandJdbcGraphLoader implements GraphLoader {
  /** How the levels below the authors find their rows. */
  enum ChildRows {
    /** By the keys of the level above, as Sheaf does for a subset of the authors. */
    BY_KEYS,
    /** Every row of the table that has a parent, as Sheaf does for a load of every author. */
    WHOLE_TABLES
  }

  private static final KeySetQuery BOOKS = new KeySetQuery(
      "book.author_id, book.id, book.title", "book", "", "book.author_id", "book.id");
  private static final KeySetQuery REVIEWS = new KeySetQuery(
      "review.book_id, review.id, review.rating, review.text", "review", "", "review.book_id",
      "review.id");
  private static final KeySetQuery TAGS = new KeySetQuery("book_tag.book_id, tag.name",
      "book_tag", " JOIN tag ON tag.id = book_tag.tag_id", "book_tag.book_id", "tag.name");

  private final DataSource dataSource;
  private final BenchDatabase database;
  private final ChildRows childRows;

  HandJdbcGraphLoader(DataSource dataSource, BenchDatabase database, ChildRows childRows) {
    this.dataSource = dataSource;
    this.database = database;
    this.childRows = childRows;
  }

  @Override
  public List<AuthorGraph> load() {
    // HikariCP sets read-only, auto-commit and the isolation level back when the connection
    // returns to it, so nothing here reads them first.
    try (Connection connection = dataSource.getConnection()) {
      connection.setReadOnly(true);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setAutoCommit(false);
      try {
        List<AuthorGraph> authors = load(connection);
        connection.commit();
        return authors;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("hand-written load failed", e);
    }
  }

  private List<AuthorGraph> load(Connection connection) throws SQLException {
    List<AuthorRow> authors = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement("SELECT id, name FROM author ORDER BY id");
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        authors.add(new AuthorRow(rs.getLong(1), rs.getString(2)));
      }
    }
    if (authors.isEmpty()) {
      return List.of();
    }
    List<Long> authorKeys = new ArrayList<>(authors.size());
    for (AuthorRow author : authors) {
      authorKeys.add(author.id());
    }
    List<BookRow> books = rows(connection, BOOKS, authorKeys,
        rs -> new BookRow(rs.getLong(1), rs.getLong(2), rs.getString(3)));

    Map<Long, List<ReviewGraph>> reviews = new HashMap<>();
    Map<Long, List<String>> tags = new HashMap<>();
    if (!books.isEmpty()) {
      List<Long> bookKeys = new ArrayList<>(books.size());
      for (BookRow book : books) {
        bookKeys.add(book.id());
      }
      for (ReviewRow review : rows(connection, REVIEWS, bookKeys,
          rs -> new ReviewRow(rs.getLong(1),
              new ReviewGraph(rs.getLong(2), rs.getInt(3), rs.getString(4))))) {
        reviews.computeIfAbsent(review.bookId(), k -> new ArrayList<>()).add(review.review());
      }
      for (TagRow tag : rows(connection, TAGS, bookKeys,
          rs -> new TagRow(rs.getLong(1), rs.getString(2)))) {
        tags.computeIfAbsent(tag.bookId(), k -> new ArrayList<>()).add(tag.name());
      }
    }

    Map<Long, List<BookGraph>> booksByAuthor = new HashMap<>();
    for (BookRow book : books) {
      booksByAuthor.computeIfAbsent(book.authorId(), k -> new ArrayList<>()).add(new BookGraph(
          book.id(), book.title(), reviews.getOrDefault(book.id(), List.of()),
          tags.getOrDefault(book.id(), List.of())));
    }
    List<AuthorGraph> graphs = new ArrayList<>(authors.size());
    for (AuthorRow author : authors) {
      List<BookGraph> authored = booksByAuthor.getOrDefault(author.id(), List.of());
      graphs.add(new AuthorGraph(author.id(), author.name(), authored.size(), authored));
    }
    return graphs;
  }

  private <R> List<R> rows(Connection connection, KeySetQuery query, List<Long> parentKeys,
      KeySetQuery.RowReader<R> reader) throws SQLException {
    return childRows == ChildRows.WHOLE_TABLES
        ? query.allRows(connection, reader)
        : query.rows(connection, database, parentKeys, reader);
  }

  private record AuthorRow(long id, String name) {}

  private record BookRow(long authorId, long id, String title) {}

  private record ReviewRow(long bookId, ReviewGraph review) {}

  private record TagRow(long bookId, String name) {}
}
