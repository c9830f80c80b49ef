package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Aggregate.Function;
import dev.sheaf.Projection;

/** Related rows cannot be collected into a long. */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id",
        function = Function.COLLECT) // error
    long books) {}
