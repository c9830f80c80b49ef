package dev.sheaf.examples;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * The seed article's endpoint: each author with the number of their books and the books
 * themselves. {@code AuthorRepository} loads it in 2 statements, for 10 authors or 100,000.
 */
@Projection(table = "author")
public record Author(
    long id,
    String name,
    @Aggregate(table = "book", foreignKey = "author_id") long numBooks,
    @Aggregate(foreignKey = "author_id") List<Book> books) {}
