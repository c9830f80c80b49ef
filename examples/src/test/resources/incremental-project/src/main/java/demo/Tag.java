package demo;

import dev.sheaf.Projection;

@Projection(table = "tag")
public record Tag(long id, String label) {}
