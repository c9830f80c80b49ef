package dev.sheaf.examples.reserved;

import dev.sheaf.Projection;

/** A row of the table {@code key}. */
@Projection(table = "key")
public record KeyLine(long id, String value) {}
