package misuse;

import dev.sheaf.Projection;

/** The repository would not know what T is. */
@Projection(table = "author")
record Tagged<T>(long id, String name) {} // error
