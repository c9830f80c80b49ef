package misuse;

import dev.sheaf.Projection;

/** Nothing maps the key column "id". */
@Projection(table = "author") // error
record Author(long authorId, String name) {}
