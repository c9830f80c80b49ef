package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import java.util.List;

/** Categories nested through a junction: a tree walks one foreign key of its own table. */
@Projection(table = "category")
record Category(
    long id,
    String name,
    @Aggregate(foreignKey = "parent_id", inverseForeignKey = "child_id",
        through = "category_link") // error
    List<Category> subcategories) {}
