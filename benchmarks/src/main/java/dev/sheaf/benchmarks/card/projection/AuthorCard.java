package dev.sheaf.benchmarks.card.projection;

import static dev.sheaf.Aggregate.Function.AVG;
import static dev.sheaf.Aggregate.Function.MAX;
import static dev.sheaf.Aggregate.Function.SUM;

import dev.sheaf.Aggregate;
import dev.sheaf.Column;
import dev.sheaf.Projection;
import java.time.LocalDate;
import java.util.List;

/**
 * DESIGN.md's author card, which every loader of the AuthorCard benchmark returns: five
 * aggregates over the author's books, and their three newest books (ties by key). The book
 * count is not free: it counts every book, the list keeps three.
 */
@Projection(table = "author")
public record AuthorCard(
    long id,
    String name,
    @Column("country_code") String country,
    @Aggregate(table = "book", foreignKey = "author_id") long bookCount,
    @Aggregate(table = "book", foreignKey = "author_id", function = SUM, column = "pages")
        long totalPages,
    @Aggregate(table = "book", foreignKey = "author_id", function = MAX, column = "published")
        LocalDate latestPublished,
    @Aggregate(table = "book", foreignKey = "author_id", function = AVG, column = "pages")
        Double averagePages,
    @Aggregate(table = "book", foreignKey = "author_id", where = "pages > 300")
        boolean writesLongBooks,
    // Sheaf breaks ties in an orderBy by the element's key: published DESC, book.id.
    @Aggregate(foreignKey = "author_id", orderBy = "published DESC", limit = 3)
        List<BookCard> latestBooks) {}
