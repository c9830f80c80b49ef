package dev.sheaf.examples.realschema;

import dev.sheaf.Projection;

/** An employee's manager, referenced by {@link EmployeePage#manager()}. */
@Projection(table = "employee", key = "employee_id")
public record EmployeeName(long employeeId, String firstName, String lastName) {}
