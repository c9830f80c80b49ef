package dev.sheaf.examples.library;

import dev.sheaf.Projection;

/** The smallest projection: the target of {@link BookTitle#author()}. */
@Projection(table = "author")
public record AuthorName(long id, String name) {}
