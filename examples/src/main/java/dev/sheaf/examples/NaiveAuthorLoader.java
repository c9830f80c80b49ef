package dev.sheaf.examples;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The N+1 loop the article starts from: one statement for the authors, then per author one for
 * the count and one for the books (2N + 1 statements).
 */
public final class NaiveAuthorLoader {
  private final Jdbi jdbi;

  public NaiveAuthorLoader(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public List<Author> findAll() {
    return jdbi.inTransaction(handle -> {
      List<Author> authors = new ArrayList<>();
      for (var row : handle.createQuery("SELECT id, name FROM author ORDER BY id").mapToMap().list()) {
        long id = ((Number) row.get("id")).longValue();
        authors.add(new Author(id, (String) row.get("name"), countBooks(handle, id), books(handle, id)));
      }
      return authors;
    });
  }

  private static long countBooks(Handle handle, long author) {
    return handle.createQuery("SELECT COUNT(*) FROM book WHERE author_id = :author")
        .bind("author", author).mapTo(Long.class).one();
  }

  private static List<Book> books(Handle handle, long author) {
    return handle.createQuery("SELECT id, title FROM book WHERE author_id = :author ORDER BY id")
        .bind("author", author)
        .map((rs, ctx) -> new Book(rs.getLong("id"), rs.getString("title")))
        .list();
  }
}
