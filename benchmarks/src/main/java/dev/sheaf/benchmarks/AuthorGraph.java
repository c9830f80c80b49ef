package dev.sheaf.benchmarks;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * The benchmark's graph, which every loader returns: an author with the number of their books
 * and the books, each book with its reviews (nested) and its tags (many-to-many). Authors,
 * books and reviews come in key order, tags by name.
 */
@Projection(table = "author")
public record AuthorGraph(
    long id,
    String name,
    @Aggregate(table = "book", foreignKey = "author_id") long bookCount,
    @Aggregate(foreignKey = "author_id") List<BookGraph> books) {}
