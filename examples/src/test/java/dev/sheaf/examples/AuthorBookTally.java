package dev.sheaf.examples;

import static dev.sheaf.Aggregate.Function.COUNT;
import static dev.sheaf.Aggregate.Function.MAX;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * An author with two values SQL computes over their books in the root statement, and the books
 * themselves, which the second statement loads. Unlike {@link Author#numBooks()}, which the
 * processor takes from the size of {@code books} (a COUNT of exactly the rows the list holds),
 * these are subqueries of statement 1: the {@code where}, which matches every row, keeps the
 * processor from deriving the count. So {@code bookCount == books().size()} and
 * {@code lastBookId} being the greatest id in {@code books} hold only when both statements see
 * the same rows; {@link ConsistencyTest} relies on it.
 */
@Projection(table = "author")
public record AuthorBookTally(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id", function = COUNT, where = "1 = 1")
        long bookCount,
    @Aggregate(table = "book", foreignKey = "author_id", function = MAX, column = "id")
        Long lastBookId,
    @Aggregate(foreignKey = "author_id") List<Book> books) {}
