package dev.sheaf.examples.realschema;

import static dev.sheaf.examples.realschema.Insert.employee;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import dev.sheaf.examples.db.TestDatabase;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A table related to itself (Chinook's {@code employee.reports_to}): in the SQL of such an
 * {@code @Aggregate}, {@code employee.title} is the title of the related row, the report, as the
 * unqualified {@code title} is; never the title of the row that owns the aggregate. The data has
 * a manager who is not in sales with reports who are, and the reverse, so reading the owner's
 * title gives other answers; on every database.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class SelfReferenceTest {
  @Projection(table = "employee", key = "employee_id")
  record EmployeeName(long employeeId, String firstName, String lastName) {}

  @Projection(table = "employee", key = "employee_id")
  record Qualified(long employeeId, String lastName,
      @Aggregate(table = "employee", foreignKey = "reports_to",
          where = "employee.title LIKE 'Sales%'") int salesReports,
      @Aggregate(table = "employee", foreignKey = "reports_to",
          where = "employee.title LIKE 'Sales%'") boolean hasSalesReports,
      @Aggregate(foreignKey = "reports_to", where = "employee.title LIKE 'Sales%'",
          orderBy = "employee.last_name") List<EmployeeName> salesStaff) {}

  @Projection(table = "employee", key = "employee_id")
  record Unqualified(long employeeId, String lastName,
      @Aggregate(table = "employee", foreignKey = "reports_to",
          where = "title LIKE 'Sales%'") int salesReports,
      @Aggregate(table = "employee", foreignKey = "reports_to",
          where = "title LIKE 'Sales%'") boolean hasSalesReports,
      @Aggregate(foreignKey = "reports_to", where = "title LIKE 'Sales%'",
          orderBy = "last_name") List<EmployeeName> salesStaff) {}

  /** {@link Qualified} one level down, ordered by a name qualified with the table's. */
  @Projection(table = "employee", key = "employee_id")
  record Manager(long employeeId,
      @Aggregate(foreignKey = "reports_to", orderBy = "employee.last_name DESC")
          List<Qualified> reports) {}

  /** What each employee's sales reports are, in key order. */
  private record Expected(long employeeId, int count, List<EmployeeName> staff) {}

  private static final EmployeeName EDWARDS = new EmployeeName(2, "Nancy", "Edwards");
  private static final EmployeeName PEACOCK = new EmployeeName(3, "Jane", "Peacock");
  private static final EmployeeName PARK = new EmployeeName(4, "Margaret", "Park");
  private static final EmployeeName JOHNSON = new EmployeeName(5, "Steve", "Johnson");
  private static final EmployeeName CHEN = new EmployeeName(9, "Mia", "Chen");
  private static final List<Expected> SALES_REPORTS = List.of(
      // The general manager is not in sales; one of the two managers under him is.
      new Expected(1, 1, List.of(EDWARDS)),
      // The sales manager: three reports in sales (by last name), and an office assistant.
      new Expected(2, 3, List.of(JOHNSON, PARK, PEACOCK)),
      new Expected(3, 0, List.of()), new Expected(4, 0, List.of()), new Expected(5, 0, List.of()),
      // The IT manager: two reports in IT, a sales trainee.
      new Expected(6, 1, List.of(CHEN)),
      new Expected(7, 0, List.of()), new Expected(8, 0, List.of()), new Expected(9, 0, List.of()),
      new Expected(10, 0, List.of()));

  @Parameter
  TestDatabase database;

  private RealSchemaDatabase db;

  @BeforeEach
  void createRows() {
    db = RealSchemaDatabase.create(database, handle -> {
      employee(handle, 1, null, "Andrew", "Adams", "General Manager");
      employee(handle, 2, 1L, "Nancy", "Edwards", "Sales Manager");
      employee(handle, 3, 2L, "Jane", "Peacock", "Sales Support Agent");
      employee(handle, 4, 2L, "Margaret", "Park", "Sales Support Agent");
      employee(handle, 5, 2L, "Steve", "Johnson", "Sales Support Agent");
      employee(handle, 6, 1L, "Michael", "Mitchell", "IT Manager");
      employee(handle, 7, 6L, "Robert", "King", "IT Staff");
      employee(handle, 8, 6L, "Laura", "Callahan", "IT Staff");
      employee(handle, 9, 6L, "Mia", "Chen", "Sales Trainee");
      employee(handle, 10, 2L, "Sam", "Ortiz", "Office Assistant");
    });
  }

  @AfterEach
  void dropRows() {
    // Null when the database is unreachable and the test was skipped.
    if (db != null) {
      db.close();
    }
  }

  @Test
  void aQualifiedNameInACountOfTheSameTableIsTheRelatedRows() {
    List<Qualified> employees = new SelfReferenceTest_QualifiedRepository(db.jdbi).findAll();

    assertEquals(expected(Expected::count), read(employees, Qualified::salesReports));
    assertEquals(2, db.statements());
  }

  @Test
  void aQualifiedNameInAnExistsOfTheSameTableIsTheRelatedRows() {
    List<Qualified> employees = new SelfReferenceTest_QualifiedRepository(db.jdbi).findAll();

    assertEquals(expected(e -> e.count() > 0), read(employees, Qualified::hasSalesReports));
    assertEquals(2, db.statements());
  }

  @Test
  void aQualifiedNameInACollectionOfTheSameTableIsTheRelatedRows() {
    List<Qualified> employees = new SelfReferenceTest_QualifiedRepository(db.jdbi).findAll();

    assertEquals(expected(Expected::staff), read(employees, Qualified::salesStaff));
    assertEquals(2, db.statements());
  }

  @Test
  void unqualifiedNamesInAggregatesOfTheSameTableAreTheRelatedRows() {
    List<Unqualified> employees = new SelfReferenceTest_UnqualifiedRepository(db.jdbi).findAll();

    assertEquals(expected(Expected::count), read(employees, Unqualified::salesReports));
    assertEquals(expected(e -> e.count() > 0), read(employees, Unqualified::hasSalesReports));
    assertEquals(expected(Expected::staff), read(employees, Unqualified::salesStaff));
    assertEquals(2, db.statements());
  }

  @Test
  void qualifiedNamesOneLevelDownAreTheRelatedRowsToo() {
    List<Manager> managers =
        new SelfReferenceTest_ManagerRepository(db.jdbi).findAllById(List.of(1L, 2L));

    // Adams's reports by last name descending: Mitchell, then Edwards.
    Qualified mitchell = new Qualified(6, "Mitchell", 1, true, List.of(CHEN));
    Qualified edwards = new Qualified(2, "Edwards", 3, true, List.of(JOHNSON, PARK, PEACOCK));
    List<Qualified> underEdwards = List.of(
        new Qualified(3, "Peacock", 0, false, List.of()),
        new Qualified(4, "Park", 0, false, List.of()),
        new Qualified(10, "Ortiz", 0, false, List.of()),
        new Qualified(5, "Johnson", 0, false, List.of()));
    assertEquals(List.of(new Manager(1, List.of(mitchell, edwards)),
        new Manager(2, underEdwards)), managers);
    // The managers, their reports, the reports' sales staff.
    assertEquals(3, db.statements());
  }

  private static <T> List<T> expected(Function<Expected, T> value) {
    return SALES_REPORTS.stream().map(value).toList();
  }

  private static <E, T> List<T> read(List<E> employees, Function<E, T> value) {
    return employees.stream().map(value).toList();
  }
}
