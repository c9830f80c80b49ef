package misuse;

import dev.sheaf.Column;
import dev.sheaf.Projection;

/** Two components read the column "name". */
@Projection(table = "author")
record Author(
    long id,
    String name,
    @Column("name") String displayName) {} // error
