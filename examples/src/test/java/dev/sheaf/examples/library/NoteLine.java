package dev.sheaf.examples.library;

import dev.sheaf.Projection;

/** A note, keyed by a String; see {@link AuthorNotes}. */
@Projection(table = "note")
public record NoteLine(String id, String text) {}
