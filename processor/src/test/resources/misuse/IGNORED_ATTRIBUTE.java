package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Aggregate.Function;
import dev.sheaf.Projection;

/** EXISTS asks whether a row is there; it reads no column (a warning: the DTO still works). */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id", function = Function.EXISTS,
        column = "title") // warning
    boolean hasBooks) {}
