package dev.sheaf.examples.realschema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The rows of the {@link RealSchema} tables as stored, for the oracle: one plain query per row or
 * per row's relation, with no join, filter, order, limit or aggregate in SQL, so that none of
 * what the generated SQL computes is computed by SQL here. Rows read by key are remembered.
 */
final class RawRows {
  record Country(int countryId, String name) {}

  record Author(long id, String name, Integer countryId, LocalDateTime lastUpdate) {}

  record Book(long id, String title, int pages, BigDecimal price, LocalDate published,
      LocalDateTime lastUpdate) {}

  record Tag(int tagId, String name, LocalDateTime lastUpdate) {}

  record Review(long reviewId, int rating, BigDecimal score, String name,
      LocalDateTime lastUpdate) {}

  record Employee(long employeeId, Long reportsTo, String firstName, String lastName,
      String title, BigDecimal salary) {}

  private static final RowMapper<Author> AUTHOR = (rs, ctx) -> new Author(rs.getLong("id"),
      rs.getString("name"), rs.getObject("country_id", Integer.class),
      rs.getObject("last_update", LocalDateTime.class));
  private static final RowMapper<Employee> EMPLOYEE = (rs, ctx) -> new Employee(
      rs.getLong("employee_id"), rs.getObject("reports_to", Long.class),
      rs.getString("first_name"), rs.getString("last_name"), rs.getString("title"),
      rs.getBigDecimal("salary"));

  private final Handle handle;
  private final Map<Object, Object> byKey = new HashMap<>();

  RawRows(Handle handle) {
    this.handle = handle;
  }

  /** Every value of {@code key} in {@code table}, in no particular order. */
  List<Long> keys(String table, String key) {
    return handle.createQuery("SELECT " + key + " FROM " + table).mapTo(Long.class).list();
  }

  Optional<Author> author(long id) {
    return remembered("author", id, k -> first("SELECT id, name, country_id, last_update"
        + " FROM author WHERE id = :k", k, AUTHOR));
  }

  Optional<Book> book(long id) {
    return remembered("book", id, k -> first("SELECT id, title, pages, price, published,"
        + " last_update FROM book WHERE id = :k", k, (rs, ctx) -> new Book(rs.getLong("id"),
            rs.getString("title"), rs.getInt("pages"), rs.getBigDecimal("price"),
            rs.getObject("published", LocalDate.class),
            rs.getObject("last_update", LocalDateTime.class))));
  }

  Optional<Country> country(int id) {
    return remembered("country", id, k -> first("SELECT country_id, name FROM country"
        + " WHERE country_id = :k", k, (rs, ctx) -> new Country(rs.getInt(1), rs.getString(2))));
  }

  Optional<Employee> employee(long id) {
    return remembered("employee", id, k -> first("SELECT employee_id, reports_to, first_name,"
        + " last_name, title, salary FROM employee WHERE employee_id = :k", k, EMPLOYEE));
  }

  /** The books {@code book_authors} lists for an author, read one by one. */
  List<Book> booksOf(long author) {
    return column("SELECT book_id FROM book_authors WHERE author_id = :k", author).stream()
        .map(book -> book(book).orElseThrow()).toList();
  }

  /** The authors {@code book_authors} lists for a book, read one by one. */
  List<Author> authorsOf(long book) {
    return column("SELECT author_id FROM book_authors WHERE book_id = :k", book).stream()
        .map(author -> author(author).orElseThrow()).toList();
  }

  /** The tags {@code book_tag} lists for a book, read one by one. */
  List<Tag> tagsOf(long book) {
    return column("SELECT tag_id FROM book_tag WHERE book_id = :k", book).stream()
        .map(tag -> tag(tag.intValue())).toList();
  }

  List<Review> reviewsOf(long book) {
    return handle.createQuery("SELECT review_id, rating, score, name, last_update FROM review"
            + " WHERE book_id = :k").bind("k", book)
        .map((rs, ctx) -> new Review(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3),
            rs.getString(4), rs.getObject(5, LocalDateTime.class)))
        .list();
  }

  List<Author> authorsIn(int country) {
    return handle.createQuery("SELECT id, name, country_id, last_update FROM author"
        + " WHERE country_id = :k").bind("k", country).map(AUTHOR).list();
  }

  List<Employee> reportsOf(long manager) {
    return handle.createQuery("SELECT employee_id, reports_to, first_name, last_name, title,"
        + " salary FROM employee WHERE reports_to = :k").bind("k", manager).map(EMPLOYEE).list();
  }

  private Tag tag(int id) {
    return this.<Tag>remembered("tag", id, k -> first("SELECT tag_id, name, last_update FROM tag"
        + " WHERE tag_id = :k", k, (rs, ctx) -> new Tag(rs.getInt(1), rs.getString(2),
            rs.getObject(3, LocalDateTime.class)))).orElseThrow();
  }

  private List<Long> column(String sql, long key) {
    return handle.createQuery(sql).bind("k", key).mapTo(Long.class).list();
  }

  private <T> Optional<T> first(String sql, Object key, RowMapper<T> mapper) {
    return handle.createQuery(sql).bind("k", key).map(mapper).findOne();
  }

  @SuppressWarnings("unchecked")
  private <T> Optional<T> remembered(String table, Object key,
      Function<Object, Optional<T>> read) {
    return (Optional<T>) byKey.computeIfAbsent(List.of(table, key), k -> read.apply(key));
  }
}
