package dev.sheaf.examples.library;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * Authors with their books (3 statements); the root statement reads {@code author} only, so a
 * load fails at statement 2 when {@code book} is gone.
 */
@Projection(table = "author")
public record AuthorShelf(
    long id,
    String name,
    @Aggregate(foreignKey = "author_id") List<BookTitle> books) {}
