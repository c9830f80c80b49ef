package dev.sheaf.examples.realschema;

import static dev.sheaf.Aggregate.Function.AVG;
import static dev.sheaf.Aggregate.Function.SUM;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

/** A book under {@link AuthorPage#topBooks()}: its reviews, and aggregates of them. */
@Projection(table = "book")
public record BookLine(
    long id,
    String title,
    int pages,
    BigDecimal price,
    // The size of reviews: no SQL.
    @Aggregate(table = "review", foreignKey = "book_id") int reviewCount,
    @Aggregate(table = "review", foreignKey = "book_id", where = "rating >= 4") int goodReviews,
    @Aggregate(table = "review", foreignKey = "book_id", function = SUM, column = "score",
        where = "rating >= 4") BigDecimal goodScore,
    @Aggregate(table = "review", foreignKey = "book_id", function = AVG, column = "rating")
        Double averageRating,
    @Aggregate(table = "review", foreignKey = "book_id", function = AVG, column = "score")
        OptionalDouble averageScore,
    @Aggregate(foreignKey = "book_id", orderBy = "rating DESC, last_update")
        List<ReviewNote> reviews) {}
