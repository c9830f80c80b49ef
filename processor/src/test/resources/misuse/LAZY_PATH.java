package misuse;

import dev.sheaf.Projection;
import java.util.List;

/** Nothing says how to load the books. */
@Projection(table = "author")
record Author(
    long id,
    List<Book> books) {} // error

@Projection(table = "book")
record Book(long id, String title) {}
