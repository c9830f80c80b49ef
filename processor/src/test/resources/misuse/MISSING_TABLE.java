package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** A count of what? */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(foreignKey = "author_id") // error
    long bookCount) {}
