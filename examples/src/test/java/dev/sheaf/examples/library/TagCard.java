package dev.sheaf.examples.library;

import static dev.sheaf.Aggregate.Function.COUNT_DISTINCT;
import static dev.sheaf.Aggregate.Function.MAX;
import static dev.sheaf.Aggregate.Function.SUM;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A root keyed by {@code int}, written as a class, whose default order is a column with ties:
 * every aggregate and collection goes through the junction {@code book_tag}.
 */
@Projection(table = "tag", orderBy = "name")
public final class TagCard {
  private final int id;
  private final String name;
  private final boolean featured;
  // The size of titles (same relation, no where, no limit).
  @Aggregate(through = "book_tag", foreignKey = "tag_id", inverseForeignKey = "book_id",
      table = "book")
  private final long bookCount;
  @Aggregate(through = "book_tag", foreignKey = "tag_id", inverseForeignKey = "book_id",
      table = "book", function = SUM, column = "pages", where = "book.in_print")
  private final long pagesInPrint;
  @Aggregate(through = "book_tag", foreignKey = "tag_id", inverseForeignKey = "book_id",
      table = "book", function = MAX, column = "published")
  private final Optional<LocalDate> latestPublished;
  @Aggregate(through = "book_tag", foreignKey = "tag_id", inverseForeignKey = "book_id",
      table = "book", function = COUNT_DISTINCT, column = "author_id")
  private final int authorCount;
  @Aggregate(through = "book_tag", foreignKey = "tag_id", inverseForeignKey = "book_id",
      table = "book", column = "title")
  private final List<String> titles;
  @Aggregate(through = "book_tag", foreignKey = "tag_id", inverseForeignKey = "book_id",
      orderBy = "published DESC", limit = 2)
  private final List<BookTitle> recentBooks;

  public TagCard(int id, String name, boolean featured, long bookCount, long pagesInPrint,
      Optional<LocalDate> latestPublished, int authorCount, List<String> titles,
      List<BookTitle> recentBooks) {
    this.id = id;
    this.name = name;
    this.featured = featured;
    this.bookCount = bookCount;
    this.pagesInPrint = pagesInPrint;
    this.latestPublished = latestPublished;
    this.authorCount = authorCount;
    this.titles = titles;
    this.recentBooks = recentBooks;
  }

  public int id() {
    return id;
  }

  public String name() {
    return name;
  }

  public List<BookTitle> recentBooks() {
    return recentBooks;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TagCard other
        && id == other.id
        && Objects.equals(name, other.name)
        && featured == other.featured
        && bookCount == other.bookCount
        && pagesInPrint == other.pagesInPrint
        && Objects.equals(latestPublished, other.latestPublished)
        && authorCount == other.authorCount
        && Objects.equals(titles, other.titles)
        && Objects.equals(recentBooks, other.recentBooks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, featured, bookCount, pagesInPrint, latestPublished, authorCount,
        titles, recentBooks);
  }

  @Override
  public String toString() {
    return "TagCard[id=" + id + ", name=" + name + ", featured=" + featured
        + ", bookCount=" + bookCount + ", pagesInPrint=" + pagesInPrint
        + ", latestPublished=" + latestPublished + ", authorCount=" + authorCount
        + ", titles=" + titles + ", recentBooks=" + recentBooks + "]";
  }
}
