package dev.sheaf.benchmarks.card.projection;

import static dev.sheaf.Aggregate.Function.AVG;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import dev.sheaf.Reference;
import java.util.List;

/**
 * A book of an {@link AuthorCard}: its review count (the size of the review list, so no SQL of
 * its own) and average rating, its reviews in key order, its tag names alphabetical, and its
 * publisher or null.
 */
@Projection(table = "book")
public record BookCard(
    long id,
    String title,
    @Aggregate(table = "review", foreignKey = "book_id") int reviewCount,
    @Aggregate(table = "review", foreignKey = "book_id", function = AVG, column = "rating")
        Double averageRating,
    @Aggregate(foreignKey = "book_id", orderBy = "id") List<ReviewLine> reviews,
    @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
        table = "tag", column = "name", orderBy = "name") List<String> tags,
    @Reference(foreignKey = "publisher_id") PublisherName publisher) {}
