package dev.sheaf.examples.realschema;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;

/** A report under {@link EmployeePage}: the same self-relation one level down. */
@Projection(table = "employee", key = "employee_id")
public record EmployeeLine(
    long employeeId,
    String lastName,
    String title,
    @Aggregate(table = "employee", foreignKey = "reports_to",
        where = "employee.title LIKE 'Sales%'") boolean hasSalesReports,
    @Aggregate(table = "employee", foreignKey = "reports_to", where = "title LIKE 'Sales%'")
        int salesReports) {}
