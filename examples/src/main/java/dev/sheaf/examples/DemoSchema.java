package dev.sheaf.examples;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The demo's five tables: the article's {@code author} and {@code book} ({@link ArticleSchema}),
 * each book's {@code review}s, and its {@code tag}s through the junction {@code book_tag}; with
 * generated data, the same for the same seed. The DDL is the same on H2, PostgreSQL and MariaDB.
 */
public final class DemoSchema {
  /** Every demo table, each after the tables whose rows point at it: the order to drop them in. */
  public static final List<String> TABLES = List.of("book_tag", "review", "tag", "book", "author");

  /** The tags, keys 1 to 10 in this order: ordered by name they come in another order. */
  public static final List<String> TAGS = List.of("mystery", "history", "poetry", "fantasy",
      "travel", "classic", "science", "romance", "crime", "humour");

  private static final List<String> REVIEW_TEXTS = List.of("Could not put it down.",
      "Slow start, strong finish.", "Not for me.", "Read it twice.", "The ending surprised me.",
      "Beautifully written.", "Too long by half.");

  /** Books whose reviews and tags are inserted per batch, to bound the memory a fill takes. */
  private static final int BATCH = 10_000;

  private DemoSchema() {}

  /** The rows {@link #fill} inserted. */
  public record Size(int authors, long books, long reviews, long bookTags) {}

  /** Drops the demo tables that exist, and everything in them. */
  public static void drop(Handle handle) {
    for (String table : TABLES) {
      handle.execute("DROP TABLE IF EXISTS " + table);
    }
  }

  /** Creates the tables of {@code db/article.sql} and {@code db/demo.sql}. */
  public static void create(Handle handle) {
    ArticleSchema.create(handle);
    ArticleSchema.runScript(handle, "db/demo.sql");
  }

  /**
   * {@code authors} authors and their books as {@link ArticleSchema#fill} makes them (0 to 5
   * books each), 0 to 4 reviews per book rated 1 to 5, and 0 to 3 of the {@link #TAGS} per book;
   * the same for the same seed. Run it in a transaction: MariaDB would otherwise commit each row.
   */
  public static Size fill(Handle handle, int authors, long seed) {
    long books = ArticleSchema.fill(handle, authors, seed);
    PreparedBatch tags = handle.prepareBatch("INSERT INTO tag (id, name) VALUES (?, ?)");
    for (int i = 0; i < TAGS.size(); i++) {
      tags.add(i + 1, TAGS.get(i));
    }
    tags.execute();

    // A random sequence of its own, so the authors and books stay those of ArticleSchema.
    Random random = new Random(seed + 1);
    long reviewId = 0;
    long bookTags = 0;
    for (long first = 1; first <= books; first += BATCH) {
      PreparedBatch reviewRows = handle.prepareBatch(
          "INSERT INTO review (id, book_id, rating, text) VALUES (?, ?, ?, ?)");
      PreparedBatch tagRows =
          handle.prepareBatch("INSERT INTO book_tag (book_id, tag_id) VALUES (?, ?)");
      for (long book = first; book < first + BATCH && book <= books; book++) {
        int reviews = random.nextInt(5);
        for (int i = 0; i < reviews; i++) {
          reviewRows.add(++reviewId, book, 1 + random.nextInt(5),
              REVIEW_TEXTS.get(random.nextInt(REVIEW_TEXTS.size())));
        }
        for (int tag : distinctTags(random, random.nextInt(4))) {
          tagRows.add(book, tag);
          bookTags++;
        }
      }
      if (reviewRows.size() > 0) {
        reviewRows.execute();
      }
      if (tagRows.size() > 0) {
        tagRows.execute();
      }
    }
    return new Size(authors, books, reviewId, bookTags);
  }

  /**
   * Gathers the planner's statistics of the demo tables, as after any bulk load: without them
   * PostgreSQL guesses how many rows a key set matches, and can pick a plan that scans a table.
   */
  public static void analyze(Handle handle) throws SQLException {
    analyze(handle, TABLES);
  }

  /** Gathers the planner's statistics of {@code tables}, in the words of the handle's database. */
  public static void analyze(Handle handle, List<String> tables) throws SQLException {
    String names = String.join(", ", tables);
    String product = handle.getConnection().getMetaData().getDatabaseProductName();
    handle.execute(switch (product) {
      case "H2" -> "ANALYZE";
      case "PostgreSQL" -> "ANALYZE " + names;
      default -> "ANALYZE TABLE " + names;
    });
  }

  /** {@code count} distinct tag keys, in the order drawn. */
  private static Set<Integer> distinctTags(Random random, int count) {
    Set<Integer> keys = new LinkedHashSet<>();
    while (keys.size() < count) {
      keys.add(1 + random.nextInt(TAGS.size()));
    }
    return keys;
  }
}
