package dev.sheaf.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.LinkedHashMapRowReducer;
import org.jdbi.v3.core.result.RowView;

/**
 * Jdbi's documented recipe for a graph: one statement joining every table, and a
 * {@link LinkedHashMapRowReducer} folding its rows into the graph. Two to-many relations under a
 * book (reviews and tags) make the join a product, reviews × tags rows per book, which the
 * reducer folds back by key.
 */
final class JdbiReducerGraphLoader implements GraphLoader {
  private static final String SQL = """
      SELECT a.id a_id, a.name a_name, b.id b_id, b.title b_title,
             r.id r_id, r.rating r_rating, r.text r_text, t.name t_name
      FROM author a
      LEFT JOIN book b ON b.author_id = a.id
      LEFT JOIN review r ON r.book_id = b.id
      LEFT JOIN book_tag bt ON bt.book_id = b.id
      LEFT JOIN tag t ON t.id = bt.tag_id
      ORDER BY a.id, b.id, r.id, t.name
      """;

  private final Jdbi jdbi;

  JdbiReducerGraphLoader(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<AuthorGraph> load() {
    return jdbi.inTransaction(handle -> handle.createQuery(SQL)
        .reduceRows(new GraphReducer())
        .map(AuthorDraft::build)
        .toList());
  }

  /** Folds the joined rows into one draft per author, in the order the rows come. */
  private static final class GraphReducer implements LinkedHashMapRowReducer<Long, AuthorDraft> {
    @Override
    public void accumulate(Map<Long, AuthorDraft> authors, RowView row) {
      AuthorDraft author = authors.computeIfAbsent(row.getColumn("a_id", Long.class),
          id -> new AuthorDraft(id, row.getColumn("a_name", String.class)));
      Long bookId = row.getColumn("b_id", Long.class);
      if (bookId == null) {
        return;
      }
      BookDraft book = author.books.computeIfAbsent(bookId,
          id -> new BookDraft(id, row.getColumn("b_title", String.class)));
      Long reviewId = row.getColumn("r_id", Long.class);
      if (reviewId != null) {
        book.reviews.computeIfAbsent(reviewId, id -> new ReviewGraph(id,
            row.getColumn("r_rating", Integer.class), row.getColumn("r_text", String.class)));
      }
      String tag = row.getColumn("t_name", String.class);
      if (tag != null) {
        book.tags.add(tag);
      }
    }
  }

  private static final class AuthorDraft {
    final long id;
    final String name;
    final Map<Long, BookDraft> books = new LinkedHashMap<>();

    AuthorDraft(long id, String name) {
      this.id = id;
      this.name = name;
    }

    AuthorGraph build() {
      List<BookGraph> built = new ArrayList<>(books.size());
      for (BookDraft book : books.values()) {
        built.add(book.build());
      }
      return new AuthorGraph(id, name, built.size(), built);
    }
  }

  private static final class BookDraft {
    final long id;
    final String title;
    final Map<Long, ReviewGraph> reviews = new LinkedHashMap<>();
    /** In the order first seen: the rows come by tag name within each review. */
    final Set<String> tags = new LinkedHashSet<>();

    BookDraft(long id, String title) {
      this.id = id;
      this.title = title;
    }

    BookGraph build() {
      return new BookGraph(id, title, List.copyOf(reviews.values()), List.copyOf(tags));
    }
  }
}
