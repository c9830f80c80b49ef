package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** Nothing binds :minimum: the SQL of an annotation is fixed when the code is compiled. */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id",
        where = "pages > :minimum")
    long longBooks) {}
