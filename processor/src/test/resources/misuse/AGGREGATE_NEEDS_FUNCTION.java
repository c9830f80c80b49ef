package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** A double could be a sum, an average, a minimum or a maximum. */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id", column = "rating")
    double rating) {} // error
