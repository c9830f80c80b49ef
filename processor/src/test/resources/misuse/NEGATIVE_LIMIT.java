package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

@Projection(table = "author")
record Author(
    long id,
    @Aggregate(foreignKey = "author_id",
        limit = -3) // error
    List<Book> latestBooks) {}

@Projection(table = "book")
record Book(long id, String title) {}
