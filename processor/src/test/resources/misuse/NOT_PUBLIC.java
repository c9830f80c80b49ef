package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import dev.sheaf.processor.fixtures.Shelf;
import java.util.List;

/** Shelf, of another package, has a package-private constructor. */
@Projection(table = "library")
record Library( // error
    long id,
    @Aggregate(foreignKey = "library_id")
    List<Shelf> shelves) {}
