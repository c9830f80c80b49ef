package dev.sheaf.examples.library;

import dev.sheaf.Projection;

/** A country keyed by its String code. */
@Projection(table = "country", key = "code")
public record CountryName(String code, String name) {}
