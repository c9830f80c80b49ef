package dev.sheaf.examples.library;

import static dev.sheaf.Aggregate.Function.AVG;
import static dev.sheaf.Aggregate.Function.COUNT;
import static dev.sheaf.Aggregate.Function.MAX;
import static dev.sheaf.Aggregate.Function.MIN;
import static dev.sheaf.Aggregate.Function.SUM;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The target of the nullable {@link BookCard#publisher()}: aggregates into every kind of result
 * type, and a collection.
 */
@Projection(table = "publisher")
public record PublisherCard(
    long id,
    String name,
    @Aggregate(table = "book", foreignKey = "publisher_id") long bookCount,
    // SUM into a boxed type: null when no book has a price.
    @Aggregate(table = "book", foreignKey = "publisher_id", function = SUM, column = "price")
        BigDecimal totalPrice,
    @Aggregate(table = "book", foreignKey = "publisher_id", function = AVG, column = "pages")
        Double averagePages,
    // AVG into BigDecimal.
    @Aggregate(table = "book", foreignKey = "publisher_id", function = AVG, column = "price")
        BigDecimal averagePrice,
    // COUNT of a column: its non-null values.
    @Aggregate(table = "book", foreignKey = "publisher_id", function = COUNT, column = "price")
        long pricedBooks,
    // COUNT and EXISTS into boxed types.
    @Aggregate(table = "book", foreignKey = "publisher_id", where = "NOT in_print")
        Integer outOfPrint,
    @Aggregate(table = "book", foreignKey = "publisher_id", where = "isbn IS NULL")
        Boolean hasBookWithoutIsbn,
    @Aggregate(table = "book", foreignKey = "publisher_id", function = MAX, column = "pages")
        OptionalInt maxPages,
    @Aggregate(table = "book", foreignKey = "publisher_id", function = SUM, column = "pages",
        where = "in_print") OptionalLong pagesInPrint,
    @Aggregate(table = "book", foreignKey = "publisher_id", function = MIN, column = "price")
        Optional<BigDecimal> lowestPrice,
    @Aggregate(table = "book", foreignKey = "publisher_id", function = MAX, column = "added")
        Optional<Instant> lastAdded,
    @Aggregate(table = "book", foreignKey = "publisher_id", column = "title",
        orderBy = "title DESC", limit = 2) List<String> lastTitles) {}
