package dev.sheaf.examples.library;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** A many-to-many COUNT into {@code country}, whose key column is {@code code}, not {@code id}:
 * {@code targetKey} says so. */
@Projection(table = "author")
public record AuthorVisitCount(
    long id,
    @Aggregate(through = "author_visit", foreignKey = "author_id",
        inverseForeignKey = "country_code", table = "country", targetKey = "code")
        int countriesVisited) {}
