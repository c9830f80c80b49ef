package dev.sheaf.examples.library;

import dev.sheaf.Projection;

/** A tag keyed by {@code int}, as {@link BookCard#tags()} collects it through {@code book_tag}. */
@Projection(table = "tag")
public record TagLabel(int id, String name) {}
