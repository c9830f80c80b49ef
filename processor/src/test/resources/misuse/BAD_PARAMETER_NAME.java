package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/** ":n" is how SQL names the parameter; the attribute takes its name, n. */
@Projection(table = "author")
record Author(
    long id,
    @Aggregate(table = "book", foreignKey = "author_id", column = "title",
        limitParameter = ":n") // error
    List<String> titles) {}
