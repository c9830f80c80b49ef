package dev.sheaf.examples.library;

import dev.sheaf.Projection;

/** A publisher as {@link CountryCard} lists it. */
@Projection(table = "publisher")
public record PublisherName(long id, String name) {}
