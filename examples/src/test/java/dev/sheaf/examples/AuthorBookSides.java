package dev.sheaf.examples;

import static dev.sheaf.Aggregate.Function.COUNT;
import static dev.sheaf.Aggregate.Function.MAX;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * {@link AuthorBookTally} with a second collection of the same books beside the first: their
 * ids. The two collections are siblings, which a load with {@code setParallelConnections} runs
 * side by side, the books on another connection that imported the load's snapshot and the ids
 * on the load's own. So {@code bookCount}, {@code lastBookId}, {@code books} and
 * {@code bookIds} agree only when three statements on two connections see the same rows;
 * {@link ConsistencyTest} relies on it.
 */
@Projection(table = "author")
public record AuthorBookSides(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id", function = COUNT, where = "1 = 1")
        long bookCount,
    @Aggregate(table = "book", foreignKey = "author_id", function = MAX, column = "id")
        Long lastBookId,
    @Aggregate(foreignKey = "author_id") List<Book> books,
    @Aggregate(table = "book", foreignKey = "author_id", column = "id") List<Long> bookIds) {}
