package dev.sheaf.examples.realschema;

import static dev.sheaf.Aggregate.Function.AVG;
import static dev.sheaf.Aggregate.Function.MAX;
import static dev.sheaf.Aggregate.Function.SUM;

import dev.sheaf.Aggregate;
import dev.sheaf.Column;
import dev.sheaf.Projection;
import dev.sheaf.Reference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An author (5 statements): aggregates of their books through the Django-style junction
 * {@code book_authors}, filtered on the books' columns; their two longest books with each
 * book's reviews and review aggregates below; and their country, keyed by {@code country_id}.
 */
@Projection(table = "author")
public record AuthorPage(
    long id,
    String name,
    // A nullable foreign key, named as the key of the table it points at.
    @Column("country_id") Integer countryId,
    @Aggregate(through = "book_authors", foreignKey = "author_id", inverseForeignKey = "book_id",
        table = "book") int bookCount,
    // A filtered SUM into a primitive: 0 when no book is that long.
    @Aggregate(through = "book_authors", foreignKey = "author_id", inverseForeignKey = "book_id",
        table = "book", function = SUM, column = "pages", where = "pages > 300") long longBookPages,
    @Aggregate(through = "book_authors", foreignKey = "author_id", inverseForeignKey = "book_id",
        table = "book", function = SUM, column = "price") BigDecimal totalPrice,
    @Aggregate(through = "book_authors", foreignKey = "author_id", inverseForeignKey = "book_id",
        table = "book", function = MAX, column = "published") Optional<LocalDate> lastPublished,
    @Aggregate(through = "book_authors", foreignKey = "author_id", inverseForeignKey = "book_id",
        table = "book", function = AVG, column = "pages") Double averagePages,
    // AVG of a DECIMAL column into a double.
    @Aggregate(through = "book_authors", foreignKey = "author_id", inverseForeignKey = "book_id",
        table = "book", function = AVG, column = "price") OptionalDouble averagePrice,
    @Aggregate(through = "book_authors", foreignKey = "author_id", inverseForeignKey = "book_id",
        table = "book", where = "price IS NULL") boolean hasUnpricedBook,
    // Top 2 per author, with ties in pages that the book's key breaks.
    @Aggregate(through = "book_authors", foreignKey = "author_id", inverseForeignKey = "book_id",
        orderBy = "pages DESC", limit = 2) List<BookLine> topBooks,
    @Reference(foreignKey = "country_id") Optional<CountryLine> country) {}
