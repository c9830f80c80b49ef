package dev.sheaf.examples.library;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * Notes keyed by a String, ordered by a rank with ties: as projections (their key breaks the
 * ties) and as a scalar column (the value breaks them).
 */
@Projection(table = "author")
public record AuthorNotes(
    long id,
    @Aggregate(foreignKey = "author_id", orderBy = "rank") List<NoteLine> noteLines,
    @Aggregate(table = "note", foreignKey = "author_id", column = "text", orderBy = "rank")
        List<String> notes) {}
