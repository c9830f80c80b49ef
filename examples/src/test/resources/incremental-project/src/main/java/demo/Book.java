package demo;

import dev.sheaf.Projection;

@Projection(table = "book")
public record Book(long id, String title) {}
