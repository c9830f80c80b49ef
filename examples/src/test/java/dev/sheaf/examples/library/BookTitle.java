package dev.sheaf.examples.library;

import dev.sheaf.Projection;
import dev.sheaf.Reference;

/** A book under a tag (many-to-many), with a non-null reference to its author. */
@Projection(table = "book")
public record BookTitle(
    long id,
    String title,
    @Reference(foreignKey = "author_id") AuthorName author) {}
