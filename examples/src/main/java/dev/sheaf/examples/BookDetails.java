package dev.sheaf.examples;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * A book as the demo's {@code /books} endpoint lists it: its reviews (one-to-many, in key order)
 * and the names of its tags (many-to-many through {@code book_tag}, alphabetical).
 * {@code BookDetailsRepository} loads it in 3 statements, for 10 books or 100,000.
 */
@Projection(table = "book")
public record BookDetails(
    long id,
    long authorId,
    String title,
    @Aggregate(foreignKey = "book_id") List<Review> reviews,
    @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
        table = "tag", column = "name") List<String> tags) {}
