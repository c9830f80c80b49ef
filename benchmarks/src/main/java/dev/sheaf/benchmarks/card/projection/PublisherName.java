package dev.sheaf.benchmarks.card.projection;

import dev.sheaf.Projection;

/** The publisher of a {@link BookCard}. */
@Projection(table = "publisher")
public record PublisherName(long id, String name) {}
