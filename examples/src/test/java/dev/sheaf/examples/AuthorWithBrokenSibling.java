package dev.sheaf.examples;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * An author whose books, statement 2, name a column that does not exist, beside a sibling
 * that works: with {@code setParallelConnections} statement 2 fails on another connection
 * while statement 3 runs on the load's own. {@link SideBySideTest} checks what that leaves.
 */
@Projection(table = "author")
public record AuthorWithBrokenSibling(
    long id,
    @Aggregate(foreignKey = "author_id", where = "no_such_column = 1") List<Book> books,
    @Aggregate(table = "book", foreignKey = "author_id", column = "id") List<Long> bookIds) {}
