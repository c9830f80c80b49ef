package misuse;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import dev.sheaf.Reference;
import java.util.List;

/**
 * Each employee loads their tasks, and each task its owner, who loads their tasks again: a cycle
 * through two projections, which no tree walks.
 */
@Projection(table = "employee")
record Employee(
    long id,
    String name,
    @Aggregate(foreignKey = "owner_id") List<Task> tasks) {}

@Projection(table = "task")
record Task(
    long id,
    @Reference(foreignKey = "owner_id")
    Employee owner) {} // error
