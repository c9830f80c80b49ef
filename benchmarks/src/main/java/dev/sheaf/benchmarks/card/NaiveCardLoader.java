package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.card.projection.AuthorCard;
import dev.sheaf.benchmarks.card.projection.BookCard;
import dev.sheaf.benchmarks.card.projection.PublisherName;
import dev.sheaf.benchmarks.card.projection.ReviewLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The N+1 loop on Jdbi, and the tests' oracle: the authors; per author the pages and dates of
 * its books, and its three newest books; per kept book its reviews, its tags and, when it has
 * one, its publisher. Every aggregate is computed here from the raw values read, the averages
 * as Java computes them (the sum of the ints divided by the count, as double), so no
 * database's AVG, rounding or NULL rule is trusted. 1 + 2 × authors + 2 × kept books + kept
 * books with a publisher statements, in one transaction.
 */
final class NaiveCardLoader implements CardLoader {
  private final Jdbi jdbi;

  NaiveCardLoader(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<AuthorCard> load() {
    return jdbi.inTransaction(handle -> {
      List<AuthorCard> cards = new ArrayList<>();
      for (AuthorRow author : handle
          .createQuery("SELECT id, name, country_code FROM author ORDER BY id")
          .map((rs, ctx) -> new AuthorRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
          .list()) {
        cards.add(card(handle, author));
      }
      return cards;
    });
  }

  private static AuthorCard card(Handle handle, AuthorRow author) {
    List<BookFacts> facts = handle
        .createQuery("SELECT pages, published FROM book WHERE author_id = :author")
        .bind("author", author.id())
        .map((rs, ctx) -> new BookFacts(rs.getInt(1), rs.getObject(2, LocalDate.class)))
        .list();
    long totalPages = 0;
    LocalDate latest = null;
    boolean writesLongBooks = false;
    for (BookFacts book : facts) {
      totalPages += book.pages();
      latest = latest == null || book.published().isAfter(latest) ? book.published() : latest;
      writesLongBooks |= book.pages() > 300;
    }
    Double averagePages = facts.isEmpty() ? null : (double) totalPages / facts.size();
    return new AuthorCard(author.id(), author.name(), author.country(), facts.size(), totalPages,
        latest, averagePages, writesLongBooks, latestBooks(handle, author.id()));
  }

  private static List<BookCard> latestBooks(Handle handle, long author) {
    List<BookRow> rows = handle
        .createQuery("SELECT id, title, publisher_id FROM book WHERE author_id = :author"
            + " ORDER BY published DESC, id LIMIT 3")
        .bind("author", author)
        .map((rs, ctx) -> new BookRow(rs.getLong(1), rs.getString(2),
            rs.getObject(3) == null ? null : rs.getLong(3)))
        .list();
    List<BookCard> books = new ArrayList<>(rows.size());
    for (BookRow book : rows) {
      List<ReviewLine> reviews = handle
          .createQuery("SELECT id, rating FROM review WHERE book_id = :book ORDER BY id")
          .bind("book", book.id())
          .map((rs, ctx) -> new ReviewLine(rs.getLong(1), rs.getInt(2)))
          .list();
      long ratings = 0;
      for (ReviewLine review : reviews) {
        ratings += review.rating();
      }
      Double averageRating = reviews.isEmpty() ? null : (double) ratings / reviews.size();
      List<String> tags = handle
          .createQuery("SELECT tag.name FROM book_tag JOIN tag ON tag.id = book_tag.tag_id"
              + " WHERE book_tag.book_id = :book ORDER BY tag.name")
          .bind("book", book.id())
          .mapTo(String.class)
          .list();
      PublisherName publisher = book.publisherId() == null ? null : handle
          .createQuery("SELECT id, name FROM publisher WHERE id = :id")
          .bind("id", book.publisherId())
          .map((rs, ctx) -> new PublisherName(rs.getLong(1), rs.getString(2)))
          .one();
      books.add(new BookCard(book.id(), book.title(), reviews.size(), averageRating, reviews,
          tags, publisher));
    }
    return books;
  }

  private record AuthorRow(long id, String name, String country) {}

  private record BookFacts(int pages, LocalDate published) {}

  private record BookRow(long id, String title, Long publisherId) {}
}
