package dev.sheaf.examples.library;

import static dev.sheaf.Aggregate.Function.AVG;
import static dev.sheaf.Aggregate.Function.SUM;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.math.BigDecimal;
import java.util.List;

/** The target of the nullable {@link BookCard#publisher()}: aggregates and a collection. */
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
    @Aggregate(table = "book", foreignKey = "publisher_id", column = "title",
        orderBy = "title DESC", limit = 2) List<String> lastTitles) {}
