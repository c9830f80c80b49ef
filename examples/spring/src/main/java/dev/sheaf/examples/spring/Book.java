package dev.sheaf.examples.spring;

import dev.sheaf.Projection;

/** A book as the article's endpoint lists it under its author. */
@Projection(table = "book")
public record Book(long id, String title) {}
