package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Aggregate.Function;
import dev.sheaf.Projection;

/** A sum of what? */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id",
        function = Function.SUM) // error
    long totalPages) {}
