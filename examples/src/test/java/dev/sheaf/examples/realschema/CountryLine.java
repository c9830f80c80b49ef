package dev.sheaf.examples.realschema;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/**
 * A country, keyed by {@code country_id}, referenced by {@link AuthorPage#country()}. Country
 * and author both have {@code name} and {@code last_update}: in these aggregates they are the
 * author's.
 */
@Projection(table = "country", key = "country_id")
public record CountryLine(
    int countryId,
    String name,
    @Aggregate(table = "author", foreignKey = "country_id") int authorCount,
    @Aggregate(table = "author", foreignKey = "country_id", where = "name LIKE 'A%'")
        int authorsStartingWithA,
    @Aggregate(table = "author", foreignKey = "country_id", where = "author.name LIKE 'B%'")
        boolean hasAuthorStartingWithB,
    // Top 3 names per country, newest first, ties broken by the name.
    @Aggregate(table = "author", foreignKey = "country_id", column = "name",
        orderBy = "last_update DESC", limit = 3) List<String> recentAuthorNames) {}
