package dev.sheaf.examples.realschema;

import dev.sheaf.examples.db.TestDatabase;
import org.jdbi.v3.core.Handle;

/**
 * Tables shaped like the schemas Sheaf meets outside its own examples (Django, Sakila, Chinook):
 * the same column names on many tables ({@code id}, {@code name}, {@code last_update}), a
 * junction with a key of its own, a junction keyed by its two columns, keys not named
 * {@code id}, nullable foreign keys, and a table that refers to itself.
 */
final class RealSchema {
  private RealSchema() {}

  static void create(Handle handle, TestDatabase database) {
    String timestamp = database.timestampType();
    handle.execute("CREATE TABLE country (country_id INT PRIMARY KEY,"
        + " name VARCHAR(60) NOT NULL, last_update " + timestamp + " NOT NULL)");
    handle.execute("CREATE TABLE author (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL,"
        + " country_id INT REFERENCES country (country_id),"
        + " last_update " + timestamp + " NOT NULL)");
    handle.execute("CREATE TABLE book (id BIGINT PRIMARY KEY, title VARCHAR(200) NOT NULL,"
        + " pages INT NOT NULL, price DECIMAL(8, 2), published DATE,"
        + " last_update " + timestamp + " NOT NULL)");
    // Django's many-to-many table: a key of its own, and here also a name and a last_update.
    handle.execute("CREATE TABLE book_authors (id BIGINT PRIMARY KEY,"
        + " book_id BIGINT NOT NULL REFERENCES book (id),"
        + " author_id BIGINT NOT NULL REFERENCES author (id),"
        + " name VARCHAR(100) NOT NULL, last_update " + timestamp + " NOT NULL)");
    handle.execute("CREATE TABLE tag (tag_id INT PRIMARY KEY, name VARCHAR(40) NOT NULL,"
        + " last_update " + timestamp + " NOT NULL)");
    // A junction keyed by its two columns, with a last_update like the tables it joins.
    handle.execute("CREATE TABLE book_tag (book_id BIGINT NOT NULL REFERENCES book (id),"
        + " tag_id INT NOT NULL REFERENCES tag (tag_id),"
        + " last_update " + timestamp + " NOT NULL, PRIMARY KEY (book_id, tag_id))");
    handle.execute("CREATE TABLE review (review_id BIGINT PRIMARY KEY,"
        + " book_id BIGINT NOT NULL REFERENCES book (id), rating INT NOT NULL,"
        + " score DECIMAL(5, 2) NOT NULL, name VARCHAR(100) NOT NULL,"
        + " last_update " + timestamp + " NOT NULL)");
    // Chinook's employee: reports_to is the key of another employee, or null.
    handle.execute("CREATE TABLE employee (employee_id BIGINT PRIMARY KEY,"
        + " reports_to BIGINT REFERENCES employee (employee_id),"
        + " first_name VARCHAR(40) NOT NULL, last_name VARCHAR(40) NOT NULL,"
        + " title VARCHAR(40) NOT NULL, salary DECIMAL(9, 2),"
        + " last_update " + timestamp + " NOT NULL)");
  }
}
