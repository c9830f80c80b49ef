package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Aggregate.Function;
import dev.sheaf.Projection;

/** The average of no books is null, which a double cannot hold. */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id", column = "pages",
        function = Function.AVG) // error
    double averagePages) {}
