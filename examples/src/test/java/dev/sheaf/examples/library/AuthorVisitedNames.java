package dev.sheaf.examples.library;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/** A many-to-many scalar collection from {@code country}, whose key column is {@code code}. */
@Projection(table = "author")
public record AuthorVisitedNames(
    long id,
    @Aggregate(through = "author_visit", foreignKey = "author_id",
        inverseForeignKey = "country_code", table = "country", targetKey = "code",
        column = "name")
        List<String> visitedNames) {}
