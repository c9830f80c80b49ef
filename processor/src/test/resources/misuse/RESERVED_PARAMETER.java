package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** Sheaf binds :keys itself, to the key set of a level. */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id",
        where = "id IN (:keys)") // error
    long chosenBooks) {}
