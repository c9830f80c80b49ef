package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import dev.sheaf.Reference;

@Projection(table = "book")
record Book(
    long id,
    @Aggregate(table = "publisher", foreignKey = "book_id")
    @Reference(foreignKey = "publisher_id")
    Publisher publisher) {} // error

@Projection(table = "publisher")
record Publisher(long id, String name) {}
