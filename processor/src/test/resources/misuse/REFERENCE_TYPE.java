package misuse;

import dev.sheaf.Projection;
import dev.sheaf.Reference;

/** A String is not a row of another table. */
@Projection(table = "book")
record Book(
    long id,
    @Reference(foreignKey = "publisher_id")
    String publisher) {} // error
