package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** A foreign key is a column name, not an expression. */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book",
        foreignKey = "author_id OR 1=1") // error
    long bookCount) {}
