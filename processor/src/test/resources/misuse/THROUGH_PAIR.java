package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** A junction table without the column that points at the tag. */
@Projection(table = "book")
record Book(
    long id,
    @Aggregate(table = "tag", foreignKey = "book_id",
        through = "book_tag") // error
    int tagCount) {}
