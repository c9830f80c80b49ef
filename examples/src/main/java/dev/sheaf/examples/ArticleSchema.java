package dev.sheaf.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The seed article's tables, authors and books, with generated demo data. */
public final class ArticleSchema {
  private ArticleSchema() {}

  /** Creates the tables of {@code db/article.sql}, the file the build checks projections against. */
  public static void create(Handle handle) {
    runScript(handle, "db/article.sql");
  }

  /** Runs a DDL script from the classpath, statement by statement. */
  public static void runScript(Handle handle, String resource) {
    try (InputStream in = ArticleSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the classpath");
      }
      handle.createScript(new String(in.readAllBytes(), StandardCharsets.UTF_8)).execute();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Authors inserted per batch: a million of them would not fit in a small heap at once. */
  private static final int BATCH = 10_000;

  /**
   * {@code authors} authors with 0 to 5 books each, the same for the same seed. Returns the
   * number of books, whose keys are 1 to that number.
   */
  public static long fill(Handle handle, int authors, long seed) {
    Random random = new Random(seed);
    long bookId = 0;
    for (long first = 1; first <= authors; first += BATCH) {
      PreparedBatch authorRows = handle.prepareBatch("INSERT INTO author (id, name) VALUES (?, ?)");
      PreparedBatch bookRows =
          handle.prepareBatch("INSERT INTO book (id, author_id, title) VALUES (?, ?, ?)");
      for (long author = first; author < first + BATCH && author <= authors; author++) {
        authorRows.add(author, "Author " + author);
        int books = random.nextInt(6);
        for (int i = 0; i < books; i++) {
          bookId++;
          bookRows.add(bookId, author, "Book " + bookId + " by author " + author);
        }
      }
      authorRows.execute();
      if (bookRows.size() > 0) {
        bookRows.execute();
      }
    }
    return bookId;
  }
}
