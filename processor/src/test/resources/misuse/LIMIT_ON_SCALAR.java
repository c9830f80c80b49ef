package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** A count has no elements to cut. */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id",
        limit = 3) // error
    long bookCount) {}
