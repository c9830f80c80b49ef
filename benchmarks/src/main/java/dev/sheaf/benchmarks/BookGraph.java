package dev.sheaf.benchmarks;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/** A book of an {@link AuthorGraph}: its reviews in key order, its tag names alphabetical. */
@Projection(table = "book")
public record BookGraph(
    long id,
    String title,
    @Aggregate(foreignKey = "book_id") List<ReviewGraph> reviews,
    @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
        table = "tag", column = "name") List<String> tags) {}
