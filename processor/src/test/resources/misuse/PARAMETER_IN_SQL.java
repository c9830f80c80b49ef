package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** A positional ? has no name to bind it by: a where names its parameters, :minimum. */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id",
        where = "pages > ?") // error
    long longBooks) {}
