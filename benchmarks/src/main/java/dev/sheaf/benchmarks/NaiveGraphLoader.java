package dev.sheaf.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The N+1 loop, on Jdbi: the authors, then per author their count and their books, then per book
 * its reviews and its tags; 1 + 2 × authors + 2 × books statements, in one transaction.
 */
final class NaiveGraphLoader implements GraphLoader {
  private final Jdbi jdbi;

  NaiveGraphLoader(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<AuthorGraph> load() {
    return jdbi.inTransaction(handle -> {
      List<AuthorGraph> authors = new ArrayList<>();
      for (AuthorRow author : handle.createQuery("SELECT id, name FROM author ORDER BY id")
          .map((rs, ctx) -> new AuthorRow(rs.getLong(1), rs.getString(2))).list()) {
        authors.add(new AuthorGraph(author.id(), author.name(), countBooks(handle, author.id()),
            books(handle, author.id())));
      }
      return authors;
    });
  }

  private static long countBooks(Handle handle, long author) {
    return handle.createQuery("SELECT COUNT(*) FROM book WHERE author_id = :author")
        .bind("author", author).mapTo(Long.class).one();
  }

  private static List<BookGraph> books(Handle handle, long author) {
    List<BookRow> rows = handle
        .createQuery("SELECT id, title FROM book WHERE author_id = :author ORDER BY id")
        .bind("author", author)
        .map((rs, ctx) -> new BookRow(rs.getLong(1), rs.getString(2)))
        .list();
    List<BookGraph> books = new ArrayList<>(rows.size());
    for (BookRow book : rows) {
      books.add(new BookGraph(book.id(), book.title(), reviews(handle, book.id()),
          tags(handle, book.id())));
    }
    return books;
  }

  private static List<ReviewGraph> reviews(Handle handle, long book) {
    return handle
        .createQuery("SELECT id, rating, text FROM review WHERE book_id = :book ORDER BY id")
        .bind("book", book)
        .map((rs, ctx) -> new ReviewGraph(rs.getLong(1), rs.getInt(2), rs.getString(3)))
        .list();
  }

  private static List<String> tags(Handle handle, long book) {
    return handle.createQuery("SELECT tag.name FROM book_tag JOIN tag ON tag.id = book_tag.tag_id"
            + " WHERE book_tag.book_id = :book ORDER BY tag.name")
        .bind("book", book)
        .mapTo(String.class)
        .list();
  }

  private record AuthorRow(long id, String name) {}

  private record BookRow(long id, String title) {}
}
