package dev.sheaf.examples.library;

import static dev.sheaf.Aggregate.Function.COUNT_DISTINCT;
import static dev.sheaf.Aggregate.Function.MAX;
import static dev.sheaf.Aggregate.Function.MIN;
import static dev.sheaf.Aggregate.Function.SUM;

import dev.sheaf.Aggregate;
import dev.sheaf.Column;
import dev.sheaf.Projection;
import dev.sheaf.Reference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The root of the full-feature tree (16 statements): author, then its latest books (with their
 * reviews, comments, readers, tags and publisher), its genres and its country.
 */
@Projection(table = "author")
public record AuthorProfile(
    long id,
    String name,
    @Column("country_code") String country,
    LocalDate born,
    @Aggregate(table = "book", foreignKey = "author_id") long bookCount,
    @Aggregate(table = "book", foreignKey = "author_id", function = COUNT_DISTINCT,
        column = "genre") int genreCount,
    // SUM into a primitive: 0 when there are no rows.
    @Aggregate(table = "book", foreignKey = "author_id", function = SUM, column = "pages")
        long totalPages,
    // SUM into a boxed type with where: null when no row matches.
    @Aggregate(table = "book", foreignKey = "author_id", function = SUM, column = "pages",
        where = "in_print") Long pagesInPrint,
    @Aggregate(table = "book", foreignKey = "author_id", function = MIN, column = "published")
        Optional<LocalDate> firstPublished,
    @Aggregate(table = "book", foreignKey = "author_id", function = MAX, column = "price")
        BigDecimal highestPrice,
    @Aggregate(table = "book", foreignKey = "author_id", where = "pages > 300")
        boolean writesLongBooks,
    // A relation of the table to itself: the size of mentees, and a count with where.
    @Aggregate(table = "author", foreignKey = "mentor_id") int menteeCount,
    @Aggregate(table = "author", foreignKey = "mentor_id", where = "born IS NOT NULL")
        int menteesWithBirthDate,
    // Top 3 per author, DESC on a nullable column with ties, the key breaking them.
    @Aggregate(foreignKey = "author_id", orderBy = "published DESC", limit = 3)
        List<BookCard> latestBooks,
    // A collection of the table itself.
    @Aggregate(foreignKey = "mentor_id") List<AuthorName> mentees,
    // A scalar Set of an enum, one-to-many.
    @Aggregate(table = "book", foreignKey = "author_id", column = "genre") Set<Genre> genres,
    // An Optional reference keyed by a String.
    @Reference(foreignKey = "country_code") Optional<CountryCard> homeCountry) {}
