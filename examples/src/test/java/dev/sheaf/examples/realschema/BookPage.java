package dev.sheaf.examples.realschema;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * A book (4 statements), with unqualified names in the SQL of its many-to-many aggregates that
 * the junction has too: {@code book_authors} has {@code id}, {@code name} and
 * {@code last_update}; {@code book_tag}, keyed by its two columns, has {@code last_update}. Each
 * name is the related table's.
 */
@Projection(table = "book")
public record BookPage(
    long id,
    String title,
    int pages,
    @Aggregate(through = "book_authors", foreignKey = "book_id", inverseForeignKey = "author_id",
        table = "author", where = "name LIKE 'A%'") int authorsStartingWithA,
    @Aggregate(through = "book_authors", foreignKey = "book_id", inverseForeignKey = "author_id",
        table = "author", where = "last_update > TIMESTAMP '2021-01-01 00:00:00'")
        boolean hasRecentAuthor,
    // Top 2 names by the author's id.
    @Aggregate(through = "book_authors", foreignKey = "book_id", inverseForeignKey = "author_id",
        table = "author", column = "name", orderBy = "id", limit = 2) List<String> firstAuthorNames,
    @Aggregate(through = "book_authors", foreignKey = "book_id", inverseForeignKey = "author_id",
        where = "last_update > TIMESTAMP '2021-01-01 00:00:00'", orderBy = "name DESC")
        List<AuthorLine> recentAuthors,
    @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
        table = "tag", targetKey = "tag_id",
        where = "last_update < TIMESTAMP '2020-01-01 00:00:00'") int oldTags,
    @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
        orderBy = "last_update DESC, name", limit = 3) List<TagLine> recentTags) {}
