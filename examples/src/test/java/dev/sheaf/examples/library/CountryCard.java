package dev.sheaf.examples.library;

import static dev.sheaf.Aggregate.Function.MIN;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A table keyed by a {@code String} column not called {@code id}; the target of
 * {@link AuthorProfile#homeCountry()}, with aggregates and collections of its own.
 */
@Projection(table = "country", key = "code")
public record CountryCard(
    String code,
    String name,
    // The size of authorNames (same relation, no where, no limit).
    @Aggregate(table = "author", foreignKey = "country_code") int authorCount,
    @Aggregate(table = "author", foreignKey = "country_code", function = MIN, column = "born")
        LocalDate earliestBorn,
    // A scalar collection in its default order: the value ascending.
    @Aggregate(table = "author", foreignKey = "country_code", column = "name")
        List<String> authorNames,
    // A collection keyed by a String parent key, in its default order: the element's key.
    @Aggregate(foreignKey = "country_code") List<PublisherName> publishers,
    // A Set of projections, newest authors first.
    @Aggregate(foreignKey = "country_code", orderBy = "born DESC") Set<AuthorName> authors) {}
