package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** targetKey names the related table's key for a junction join, and there is no junction. */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id",
        targetKey = "isbn") // error
    int bookCount) {}
