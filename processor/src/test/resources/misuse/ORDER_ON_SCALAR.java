package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** A count has no elements to order. */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id",
        orderBy = "published") // error
    long bookCount) {}
