package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** Which books are this author's? */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book") // error
    long bookCount) {}
