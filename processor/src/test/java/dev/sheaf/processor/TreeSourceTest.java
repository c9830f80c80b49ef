package dev.sheaf.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * A projection that collects itself is a tree: one recursive statement under the level above,
 * whose rows the level's other collections and references load for too, so the count stays
 * what it is for one level.
 */
class TreeSourceTest {
  private static final String EMPLOYEE = """
      @Projection(table = "employee", key = "employee_id")
      record Employee(
          long employeeId,
          String name,
          @Aggregate(table = "employee", foreignKey = "reports_to") int reportCount,
          @Aggregate(foreignKey = "reports_to", orderBy = "name") List<Employee> reports,
          @Aggregate(foreignKey = "owner_id") List<Task> tasks,
          @Reference(foreignKey = "desk_id") Desk desk) {}
      """;
  private static final String TASK = """
      @Projection(table = "task")
      record Task(long id, String title) {}
      """;
  private static final String DESK = """
      @Projection(table = "desk", key = "desk_id")
      record Desk(long deskId, String room) {}
      """;

  private static Compilation compile(String employee) {
    return Sources.compile(Sources.dto("Employee", employee), Sources.dto("Task", TASK),
        Sources.dto("Desk", DESK));
  }

  @Test
  void aProjectionThatCollectsItselfCompilesToATreeStatement() {
    Compilation compilation = compile(EMPLOYEE);

    assertThat(compilation).succeededWithoutWarnings();
    String repository = Sources.generated(compilation, "shapes.EmployeeRepository");
    // The root, the tree, the tasks and the desks of both: the count of one level.
    assertThat(Sources.statements(repository)).isEqualTo(4);
    assertThat(Sources.statement(repository, "REPORTS")).startsWith("""
        WITH RECURSIVE sheaf_tree(sheaf_key) AS (
          SELECT employee.employee_id
          FROM employee
          WHERE employee.reports_to = ANY(:keys)
          UNION
        """);
    assertThat(repository).contains(
        "Select.tree(2, \"Employee.reports\", \"employee\", \"employee_id\", \"reports_to\")");
    // Tasks and desks load for the root's rows and the tree's.
    assertThat(repository).contains("List<Long> treeKeys = Rows.union(rowKeys,"
        + " Rows.keys(reportsRows, ReportsRow::employeeId));");
    // Beside the desks, which run here, the tasks are a fork: another connection may run them.
    assertThat(repository).contains(
        "load.fork(treeKeys, part -> tasks(part, treeKeys, everyRow));");
    assertThat(repository).contains("Map<Long, List<Task>> tasks = tasksFork.join();");
    assertThat(repository).contains("Map<Long, Desk> desk = desk(load, Rows.union(Rows.keys(rows,"
        + " EmployeeRow::deskKey),\n        Rows.keys(reportsRows, ReportsRow::deskKey)));");
    // A count of the reports is the size of the list, in the tree as at the root.
    assertThat(repository).contains("rowReports.size()");
    assertThat(repository).contains("(row, reports) -> new Employee(");
    assertThat(repository).contains("reports.size(),");
  }

  @Test
  void aDeclaredDepthIsPartOfTheStatement() {
    Compilation compilation = compile(EMPLOYEE.replace(
        "orderBy = \"name\")", "orderBy = \"name\", depth = 2)"));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = Sources.generated(compilation, "shapes.EmployeeRepository");
    assertThat(repository).contains(".depth(2)");
    assertThat(Sources.statement(repository, "REPORTS"))
        .contains("WHERE sheaf_tree.sheaf_depth < 2\n");
    // The last level holds no reports, so the count is SQL's.
    assertThat(repository).doesNotContain("reports.size()");
    assertThat(repository).doesNotContain("rowReports.size()");
  }

  @Test
  void aTreeInASetHoldsItsChildrenInTheOrderRead() {
    Compilation compilation = Sources.compile(Sources.dto("Category", """
        @Projection(table = "category")
        record Category(long id, String name,
            @Aggregate(foreignKey = "parent_id", orderBy = "name") Set<Category> children) {}
        """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = Sources.generated(compilation, "shapes.CategoryRepository");
    assertThat(repository).contains("Rows.asSet(children)");
    assertThat(repository).contains("Rows.asSet(childrenTree.under(row.id()))");
  }

  @Test
  void aReferenceToItselfIsAChainUpInOneStatement() {
    Compilation compilation = Sources.compile(Sources.dto("Desk", DESK), Sources.dto("Employee", """
        @Projection(table = "employee", key = "employee_id")
        record Employee(
            long employeeId,
            String name,
            @Reference(foreignKey = "reports_to") Optional<Employee> manager,
            @Reference(foreignKey = "desk_id") Desk desk) {}
        """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = Sources.generated(compilation, "shapes.EmployeeRepository");
    assertThat(Sources.statements(repository)).isEqualTo(3);
    assertThat(Sources.statement(repository, "MANAGER")).startsWith("""
        WITH RECURSIVE sheaf_tree(sheaf_key, sheaf_up) AS (
          SELECT employee.employee_id, employee.reports_to
          FROM employee
          WHERE employee.employee_id = ANY(:keys)
          UNION
        """);
    assertThat(repository).contains(
        "List<ManagerRow> managerRows = manager(load, Rows.keys(rows, EmployeeRow::managerKey),\n"
            + "        everyRow);");
    assertThat(repository).contains("load.chain(MANAGER, managerRows,\n"
        + "        ManagerRow::employeeId, ManagerRow::managerKey, (row, manager) -> new Employee(\n"
        + "            row.employeeId(),\n");
    assertThat(repository).contains("Optional.ofNullable(manager)");
    assertThat(repository).contains(
        "Optional.ofNullable(managerChain.referenced(row.employeeId(), row.managerKey()))");
  }

  @Test
  void aTreeUnderACollectionLoadsUnderThatLevel() {
    Compilation compilation = Sources.compile(Sources.dto("Employee", EMPLOYEE),
        Sources.dto("Task", TASK), Sources.dto("Desk", DESK), Sources.dto("Department", """
            @Projection(table = "department")
            record Department(long id, @Aggregate(foreignKey = "department_id") List<Employee> staff) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = Sources.generated(compilation, "shapes.DepartmentRepository");
    assertThat(Sources.statements(repository)).isEqualTo(5);
    assertThat(repository).contains("List<StaffReportsRow> reportsRows = staffReports(load, rowKeys, everyParent);");
  }
}
