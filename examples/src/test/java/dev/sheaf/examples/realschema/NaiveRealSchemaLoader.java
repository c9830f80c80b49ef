package dev.sheaf.examples.realschema;

import static dev.sheaf.examples.realschema.InJava.all;
import static dev.sheaf.examples.realschema.InJava.averageOfDecimals;
import static dev.sheaf.examples.realschema.InJava.averageOfInts;
import static dev.sheaf.examples.realschema.InJava.boxed;
import static dev.sheaf.examples.realschema.InJava.count;
import static dev.sheaf.examples.realschema.InJava.select;
import static dev.sheaf.examples.realschema.InJava.sum;
import static java.util.Comparator.comparing;
import static java.util.Comparator.reverseOrder;

import dev.sheaf.examples.realschema.RawRows.Author;
import dev.sheaf.examples.realschema.RawRows.Book;
import dev.sheaf.examples.realschema.RawRows.Employee;
import dev.sheaf.examples.realschema.RawRows.Review;
import dev.sheaf.examples.realschema.RawRows.Tag;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;

/**
 * The oracle for the real-schema DTOs: reads raw rows ({@link RawRows}) and computes every
 * aggregate, filter, order and limit of the DTOs' annotations in Java ({@link InJava}), written
 * again here from what each annotation says, without Sheaf. Orders end with the element's key,
 * or for a collection of values with the value, as the design promises.
 */
final class NaiveRealSchemaLoader {
  /** {@code last_update > TIMESTAMP '2021-01-01 00:00:00'}. */
  private static final LocalDateTime RECENT = LocalDateTime.of(2021, 1, 1, 0, 0);
  /** {@code last_update < TIMESTAMP '2020-01-01 00:00:00'}. */
  private static final LocalDateTime OLD = LocalDateTime.of(2020, 1, 1, 0, 0);

  private final Jdbi jdbi;

  NaiveRealSchemaLoader(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  List<AuthorPage> authors() {
    return everyRow("author", "id", Run::authorPage);
  }

  List<AuthorPage> authors(Collection<Long> keys) {
    return some(keys, Run::authorPage);
  }

  List<BookPage> books() {
    return everyRow("book", "id", Run::bookPage);
  }

  List<BookPage> books(Collection<Long> keys) {
    return some(keys, Run::bookPage);
  }

  List<EmployeePage> employees() {
    return everyRow("employee", "employee_id", Run::employeePage);
  }

  List<EmployeePage> employees(Collection<Long> keys) {
    return some(keys, Run::employeePage);
  }

  /** Every row in key order. */
  private <T> List<T> everyRow(String table, String key, RunLoad<T> load) {
    return jdbi.inTransaction(handle -> {
      Run run = new Run(new RawRows(handle));
      return run.rows.keys(table, key).stream().sorted()
          .map(k -> load.apply(run, k).orElseThrow()).toList();
    });
  }

  /** Each distinct key's row in the order given, skipping keys with no row. */
  private <T> List<T> some(Collection<Long> keys, RunLoad<T> load) {
    return jdbi.inTransaction(handle -> {
      Run run = new Run(new RawRows(handle));
      return new LinkedHashSet<>(keys).stream()
          .map(k -> load.apply(run, k)).flatMap(Optional::stream).toList();
    });
  }

  private interface RunLoad<T> {
    Optional<T> apply(Run run, long key);
  }

  /** One oracle load on one transaction's rows. */
  private static final class Run {
    private final RawRows rows;

    Run(RawRows rows) {
      this.rows = rows;
    }

    Optional<AuthorPage> authorPage(long id) {
      return rows.author(id).map(author -> {
        List<Book> books = rows.booksOf(id);
        // orderBy = "pages DESC", limit = 2, then the book's key.
        List<Book> top = select(books, all(),
            comparing(Book::pages, reverseOrder()).thenComparing(Book::id), 2);
        return new AuthorPage(author.id(), author.name(), author.countryId(),
            books.size(),
            books.stream().filter(b -> b.pages() > 300).mapToLong(Book::pages).sum(),
            sum(books, Book::price),
            books.stream().map(Book::published).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()),
            boxed(averageOfInts(books, Book::pages)),
            averageOfDecimals(books, Book::price),
            books.stream().anyMatch(b -> b.price() == null),
            map(top, Book::id, this::bookLine),
            Optional.ofNullable(author.countryId()).map(this::countryLine));
      });
    }

    BookLine bookLine(long id) {
      Book book = rows.book(id).orElseThrow();
      List<Review> reviews = rows.reviewsOf(id);
      Predicate<Review> good = r -> r.rating() >= 4;
      // orderBy = "rating DESC, last_update", then the review's key.
      List<Review> ordered = select(reviews, all(), comparing(Review::rating, reverseOrder())
          .thenComparing(Review::lastUpdate).thenComparing(Review::reviewId), 0);
      return new BookLine(book.id(), book.title(), book.pages(), book.price(),
          reviews.size(),
          count(reviews, good),
          sum(reviews.stream().filter(good).toList(), Review::score),
          boxed(averageOfInts(reviews, Review::rating)),
          averageOfDecimals(reviews, Review::score),
          ordered.stream().map(r -> new ReviewNote(r.reviewId(), r.rating(), r.score(), r.name(),
              r.lastUpdate())).toList());
    }

    CountryLine countryLine(int id) {
      RawRows.Country country = rows.country(id).orElseThrow();
      List<Author> authors = rows.authorsIn(id);
      // orderBy = "last_update DESC", limit = 3, then the value.
      List<Author> recent = select(authors, all(),
          comparing(Author::lastUpdate, reverseOrder()).thenComparing(Author::name), 3);
      return new CountryLine(country.countryId(), country.name(), authors.size(),
          count(authors, a -> a.name().startsWith("A")),
          authors.stream().anyMatch(a -> a.name().startsWith("B")),
          recent.stream().map(Author::name).toList());
    }

    Optional<BookPage> bookPage(long id) {
      return rows.book(id).map(book -> {
        List<Author> authors = rows.authorsOf(id);
        List<Tag> tags = rows.tagsOf(id);
        Predicate<Author> recent = a -> a.lastUpdate().isAfter(RECENT);
        // orderBy = "id", limit = 2, then the value.
        List<Author> first = select(authors, all(),
            comparing(Author::id).thenComparing(Author::name), 2);
        // where = recent, orderBy = "name DESC", then the author's key.
        List<Author> recentAuthors = select(authors, recent,
            comparing(Author::name, reverseOrder()).thenComparing(Author::id), 0);
        // orderBy = "last_update DESC, name", limit = 3, then the tag's key.
        List<Tag> recentTags = select(tags, all(), comparing(Tag::lastUpdate, reverseOrder())
            .thenComparing(Tag::name).thenComparing(Tag::tagId), 3);
        return new BookPage(book.id(), book.title(), book.pages(),
            count(authors, a -> a.name().startsWith("A")),
            authors.stream().anyMatch(recent),
            first.stream().map(Author::name).toList(),
            map(recentAuthors, Author::id, this::authorLine),
            count(tags, t -> t.lastUpdate().isBefore(OLD)),
            recentTags.stream().map(t -> new TagLine(t.tagId(), t.name(), t.lastUpdate()))
                .toList());
      });
    }

    AuthorLine authorLine(long id) {
      Author author = rows.author(id).orElseThrow();
      return new AuthorLine(author.id(), author.name(), author.lastUpdate(),
          count(rows.booksOf(id), b -> b.lastUpdate().isAfter(RECENT)));
    }

    Optional<EmployeePage> employeePage(long id) {
      return rows.employee(id).map(employee -> {
        List<Employee> reports = rows.reportsOf(id);
        Predicate<Employee> sales = e -> e.title().startsWith("Sales");
        List<Employee> sellers = reports.stream().filter(sales).toList();
        // where = sales, orderBy = "employee.last_name DESC", limit = 2, then the key.
        List<Employee> topSales = select(reports, sales,
            comparing(Employee::lastName, reverseOrder()).thenComparing(Employee::employeeId), 2);
        // orderBy = "last_name", then the key.
        List<Employee> byName = select(reports, all(),
            comparing(Employee::lastName).thenComparing(Employee::employeeId), 0);
        return new EmployeePage(employee.employeeId(), employee.firstName(),
            employee.lastName(), employee.title(), employee.reportsTo(),
            reports.size(),
            sellers.size(),
            sellers.size(),
            reports.stream().anyMatch(e -> e.salary() == null),
            sum(sellers, Employee::salary),
            averageOfDecimals(reports, Employee::salary),
            map(topSales, Employee::employeeId, this::employeeLine),
            map(byName, Employee::employeeId, this::employeeLine),
            Optional.ofNullable(employee.reportsTo()).map(this::employeeName));
      });
    }

    EmployeeLine employeeLine(long id) {
      Employee employee = rows.employee(id).orElseThrow();
      int sales = count(rows.reportsOf(id), e -> e.title().startsWith("Sales"));
      return new EmployeeLine(employee.employeeId(), employee.lastName(), employee.title(),
          sales > 0, sales);
    }

    EmployeeName employeeName(long id) {
      Employee employee = rows.employee(id).orElseThrow();
      return new EmployeeName(employee.employeeId(), employee.firstName(), employee.lastName());
    }

    private static <R, T> List<T> map(List<R> rows, Function<R, Long> key, LongFunction<T> load) {
      List<T> loaded = new ArrayList<>();
      for (R row : rows) {
        loaded.add(load.apply(key.apply(row)));
      }
      return loaded;
    }
  }
}
