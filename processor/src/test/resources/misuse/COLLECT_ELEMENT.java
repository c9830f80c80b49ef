package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/** A list of strings needs the column the strings come from. */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id")
    List<String> titles) {} // error
