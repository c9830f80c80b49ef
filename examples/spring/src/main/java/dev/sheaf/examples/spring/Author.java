package dev.sheaf.examples.spring;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/** The seed article's author: the number of their books, and the books. 2 statements a load. */
@Projection(table = "author")
public record Author(
    long id,
    String name,
    @Aggregate(table = "book", foreignKey = "author_id") long numBooks,
    @Aggregate(foreignKey = "author_id") List<Book> books) {}
