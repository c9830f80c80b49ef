package dev.sheaf.examples.realschema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Handle;

/** One row of a {@link RealSchema} table, for tests that write their rows out by hand. */
final class Insert {
  private Insert() {}

  /** Midnight of {@code date} ({@code yyyy-mm-dd}). */
  static LocalDateTime at(String date) {
    return LocalDate.parse(date).atStartOfDay();
  }

  static void author(Handle handle, long id, String name, String lastUpdate) {
    handle.execute("INSERT INTO author (id, name, last_update) VALUES (?, ?, ?)",
        id, name, at(lastUpdate));
  }

  static void book(Handle handle, long id, String title, int pages, String price) {
    handle.execute("INSERT INTO book (id, title, pages, price, last_update) VALUES (?, ?, ?, ?, ?)",
        id, title, pages, price == null ? null : new BigDecimal(price), at("2020-01-01"));
  }

  /** A row of the junction {@code book_authors}: {@code name} is the name the book credits. */
  static void credit(Handle handle, long id, long book, long author, String name,
      String lastUpdate) {
    handle.execute("INSERT INTO book_authors (id, book_id, author_id, name, last_update)"
        + " VALUES (?, ?, ?, ?, ?)", id, book, author, name, at(lastUpdate));
  }

  static void review(Handle handle, long id, long book, int rating, String score) {
    handle.execute("INSERT INTO review (review_id, book_id, rating, score, name, last_update)"
        + " VALUES (?, ?, ?, ?, ?, ?)", id, book, rating, new BigDecimal(score), "Reader",
        at("2020-01-01"));
  }

  static void employee(Handle handle, long id, Long reportsTo, String firstName,
      String lastName, String title) {
    handle.execute("INSERT INTO employee (employee_id, reports_to, first_name, last_name, title,"
        + " last_update) VALUES (?, ?, ?, ?, ?, ?)", id, reportsTo, firstName, lastName, title,
        at("2020-01-01"));
  }
}
