package dev.sheaf.examples.spring;

import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The article's tables on the embedded database, filled before the server takes requests:
 * {@code sheaf.demo.authors} authors with 0 to 5 books each, the same on every run.
 */
@Component
public class DemoData implements InitializingBean {
  private static final long SEED = 42;

  private final Jdbi jdbi;
  private final int authors;

  DemoData(Jdbi jdbi, @Value("${sheaf.demo.authors:1000}") int authors) {
    this.jdbi = jdbi;
    this.authors = authors;
  }

  @Override
  public void afterPropertiesSet() {
    jdbi.useTransaction(handle -> {
      handle.execute("CREATE TABLE author (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)");
      handle.execute("CREATE TABLE book (id BIGINT PRIMARY KEY,"
          + " author_id BIGINT NOT NULL REFERENCES author (id), title VARCHAR(200) NOT NULL)");
      handle.execute("CREATE INDEX book_author ON book (author_id)");
      Random random = new Random(SEED);
      PreparedBatch author = handle.prepareBatch("INSERT INTO author (id, name) VALUES (?, ?)");
      PreparedBatch book =
          handle.prepareBatch("INSERT INTO book (id, author_id, title) VALUES (?, ?, ?)");
      long bookId = 0;
      for (long id = 1; id <= authors; id++) {
        author.add(id, "Author " + id);
        for (int n = 1, books = random.nextInt(6); n <= books; n++) {
          bookId++;
          book.add(bookId, id, "Book " + n + " by author " + id);
        }
      }
      author.execute();
      if (bookId > 0) {
        book.execute();
      }
    });
  }
}
