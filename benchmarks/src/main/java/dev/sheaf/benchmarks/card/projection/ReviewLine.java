package dev.sheaf.benchmarks.card.projection;

import dev.sheaf.Projection;

/** A review of a {@link BookCard}. */
@Projection(table = "review")
public record ReviewLine(long id, int rating) {}
