package dev.sheaf.examples.library;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/** The countries an author visited, many-to-many through {@code author_visit} to a String key. */
@Projection(table = "author")
public record AuthorVisits(
    long id,
    @Aggregate(through = "author_visit", foreignKey = "author_id",
        inverseForeignKey = "country_code") List<CountryName> visited) {}
