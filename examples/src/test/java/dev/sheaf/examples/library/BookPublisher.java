package dev.sheaf.examples.library;

import dev.sheaf.Projection;
import dev.sheaf.Reference;
import java.util.Optional;

/** The smallest DTO with a nullable reference: a book and its publisher, if any. */
@Projection(table = "book")
public record BookPublisher(
    long id,
    @Reference(foreignKey = "publisher_id") Optional<PublisherName> publisher) {}
