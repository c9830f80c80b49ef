package dev.sheaf.examples.library;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** A many-to-many COUNT into {@code country}, whose key column is {@code code}, not {@code id}. */
@Projection(table = "author")
public record AuthorVisitCount(
    long id,
    @Aggregate(through = "author_visit", foreignKey = "author_id",
        inverseForeignKey = "country_code", table = "country") int countriesVisited) {}
