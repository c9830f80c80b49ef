package dev.sheaf.benchmarks;

import dev.sheaf.Projection;

/** A review of a {@link BookGraph}. */
@Projection(table = "review")
public record ReviewGraph(long id, int rating, String text) {}
