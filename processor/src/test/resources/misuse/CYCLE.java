package misuse;

import dev.sheaf.Projection;
import dev.sheaf.Reference;

/** Each employee loads their manager, who loads theirs, and so on. */
@Projection(table = "employee")
record Employee(
    long id,
    String name,
    @Reference(foreignKey = "manager_id")
    Employee manager) {} // error
