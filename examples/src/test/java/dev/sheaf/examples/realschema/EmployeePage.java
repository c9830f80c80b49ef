package dev.sheaf.examples.realschema;

import static dev.sheaf.Aggregate.Function.AVG;
import static dev.sheaf.Aggregate.Function.SUM;

import dev.sheaf.Aggregate;
import dev.sheaf.Column;
import dev.sheaf.Projection;
import dev.sheaf.Reference;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An employee (4 statements), related to itself through {@code reports_to}: aggregates and
 * collections of the reports, with names qualified by the table's name ({@code employee.title})
 * and unqualified, which both mean the report's column; and the manager, a nullable reference.
 */
@Projection(table = "employee", key = "employee_id")
public record EmployeePage(
    long employeeId,
    String firstName,
    String lastName,
    String title,
    @Column("reports_to") Long reportsTo,
    // The size of reports: no SQL.
    @Aggregate(table = "employee", foreignKey = "reports_to") int reportCount,
    @Aggregate(table = "employee", foreignKey = "reports_to",
        where = "employee.title LIKE 'Sales%'") int salesReports,
    @Aggregate(table = "employee", foreignKey = "reports_to", where = "title LIKE 'Sales%'")
        long salesReportsUnqualified,
    @Aggregate(table = "employee", foreignKey = "reports_to", where = "employee.salary IS NULL")
        boolean hasReportWithoutSalary,
    @Aggregate(table = "employee", foreignKey = "reports_to", function = SUM, column = "salary",
        where = "employee.title LIKE 'Sales%'") BigDecimal salesPayroll,
    @Aggregate(table = "employee", foreignKey = "reports_to", function = AVG, column = "salary")
        OptionalDouble averageReportSalary,
    @Aggregate(foreignKey = "reports_to", where = "employee.title LIKE 'Sales%'",
        orderBy = "employee.last_name DESC", limit = 2) List<EmployeeLine> topSalesStaff,
    @Aggregate(foreignKey = "reports_to", orderBy = "last_name") List<EmployeeLine> reports,
    @Reference(foreignKey = "reports_to") Optional<EmployeeName> manager) {}
