package dev.sheaf.examples.realschema;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.time.LocalDateTime;

/**
 * An author under {@link BookPage#recentAuthors()}; its count's {@code last_update} is the
 * book's, not the junction's.
 */
@Projection(table = "author")
public record AuthorLine(
    long id,
    String name,
    LocalDateTime lastUpdate,
    @Aggregate(through = "book_authors", foreignKey = "author_id", inverseForeignKey = "book_id",
        table = "book", where = "last_update > TIMESTAMP '2021-01-01 00:00:00'")
        int recentBooks) {}
