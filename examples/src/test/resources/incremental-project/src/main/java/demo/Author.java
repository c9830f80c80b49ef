package demo;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

@Projection(table = "author")
public record Author(long id, String name, @Aggregate(foreignKey = "author_id") List<Book> books) {}
