package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.card.projection.AuthorCard;
import dev.sheaf.benchmarks.card.projection.BookCard;
import dev.sheaf.benchmarks.card.projection.PublisherName;
import dev.sheaf.benchmarks.card.projection.ReviewLine;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.LinkedHashMapRowReducer;
import org.jdbi.v3.core.result.RowView;

/**
 * Jdbi's documented recipe, as the graph benchmark applies it: one statement joining every
 * table, and a {@link LinkedHashMapRowReducer} folding its rows into the cards. The join cannot
 * keep three books per author, and the author's aggregates need every book anyway, so it reads
 * every book with its reviews × tags rows; the reducer computes the aggregates and keeps the
 * three newest books.
 */
final class JdbiReducerCardLoader implements CardLoader {
  private static final String SQL = """
      SELECT a.id a_id, a.name a_name, a.country_code a_country,
             b.id b_id, b.title b_title, b.pages b_pages, b.published b_published,
             p.id p_id, p.name p_name, r.id r_id, r.rating r_rating, t.name t_name
      FROM author a
      LEFT JOIN book b ON b.author_id = a.id
      LEFT JOIN publisher p ON p.id = b.publisher_id
      LEFT JOIN review r ON r.book_id = b.id
      LEFT JOIN book_tag bt ON bt.book_id = b.id
      LEFT JOIN tag t ON t.id = bt.tag_id
      ORDER BY a.id, b.id, r.id, t.name
      """;

  private static final Comparator<BookDraft> NEWEST_FIRST = Comparator
      .comparing((BookDraft book) -> book.published).reversed()
      .thenComparingLong(book -> book.id);

  private final Jdbi jdbi;

  JdbiReducerCardLoader(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<AuthorCard> load() {
    return jdbi.inTransaction(handle -> handle.createQuery(SQL)
        .reduceRows(new CardReducer())
        .map(AuthorDraft::build)
        .toList());
  }

  /** Folds the joined rows into one draft per author, in the order the rows come. */
  private static final class CardReducer implements LinkedHashMapRowReducer<Long, AuthorDraft> {
    @Override
    public void accumulate(Map<Long, AuthorDraft> authors, RowView row) {
      AuthorDraft author = authors.computeIfAbsent(row.getColumn("a_id", Long.class),
          id -> new AuthorDraft(id, row.getColumn("a_name", String.class),
              row.getColumn("a_country", String.class)));
      Long bookId = row.getColumn("b_id", Long.class);
      if (bookId == null) {
        return;
      }
      BookDraft book = author.books.computeIfAbsent(bookId, id -> {
        Long publisherId = row.getColumn("p_id", Long.class);
        return new BookDraft(id, row.getColumn("b_title", String.class),
            row.getColumn("b_pages", Integer.class),
            row.getColumn("b_published", LocalDate.class),
            publisherId == null ? null
                : new PublisherName(publisherId, row.getColumn("p_name", String.class)));
      });
      Long reviewId = row.getColumn("r_id", Long.class);
      if (reviewId != null) {
        book.reviews.computeIfAbsent(reviewId,
            id -> new ReviewLine(id, row.getColumn("r_rating", Integer.class)));
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
    final String country;
    final Map<Long, BookDraft> books = new LinkedHashMap<>();

    AuthorDraft(long id, String name, String country) {
      this.id = id;
      this.name = name;
      this.country = country;
    }

    AuthorCard build() {
      long totalPages = 0;
      LocalDate latest = null;
      boolean writesLongBooks = false;
      for (BookDraft book : books.values()) {
        totalPages += book.pages;
        latest = latest == null || book.published.isAfter(latest) ? book.published : latest;
        writesLongBooks |= book.pages > 300;
      }
      List<BookCard> newest = books.values().stream().sorted(NEWEST_FIRST).limit(3)
          .map(BookDraft::build).toList();
      return new AuthorCard(id, name, country, books.size(), totalPages, latest,
          books.isEmpty() ? null : (double) totalPages / books.size(), writesLongBooks, newest);
    }
  }

  private static final class BookDraft {
    final long id;
    final String title;
    final int pages;
    final LocalDate published;
    final PublisherName publisher;
    final Map<Long, ReviewLine> reviews = new LinkedHashMap<>();
    /** In the order first seen: the rows come by tag name within each review. */
    final Set<String> tags = new LinkedHashSet<>();

    BookDraft(long id, String title, int pages, LocalDate published, PublisherName publisher) {
      this.id = id;
      this.title = title;
      this.pages = pages;
      this.published = published;
      this.publisher = publisher;
    }

    BookCard build() {
      List<ReviewLine> lines = List.copyOf(reviews.values());
      long ratings = 0;
      for (ReviewLine review : lines) {
        ratings += review.rating();
      }
      Double averageRating = lines.isEmpty() ? null : (double) ratings / lines.size();
      return new BookCard(id, title, lines.size(), averageRating, lines, List.copyOf(tags),
          publisher);
    }
  }
}
