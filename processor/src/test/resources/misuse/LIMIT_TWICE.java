package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/** Two limits: a fixed 3, and one the load would give. */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id", column = "title", limit = 3,
        limitParameter = "n") // error
    List<String> titles) {}
