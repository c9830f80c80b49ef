package dev.sheaf.examples;

import dev.sheaf.Projection;

/** A review as {@link BookDetails} lists it. */
@Projection(table = "review")
public record Review(long id, int rating, String text) {}
