package misuse;

import dev.sheaf.Projection;
import dev.sheaf.Reference;

/** Which column of book holds the publisher's key? */
@Projection(table = "book")
record Book(
    long id,
    @Reference // error
    Publisher publisher) {}

@Projection(table = "publisher")
record Publisher(long id, String name) {}
