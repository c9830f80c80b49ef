package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.GraphFixture;
import dev.sheaf.benchmarks.card.projection.AuthorCard;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The {@link AuthorCard} benchmark's rows, the same for the same seed and number of authors:
 * 0 to 8 books per author (3.2 on average, 12% with none), 0 to 5 reviews per book (2.5 on
 * average) rated 1 to 5, so that averages are mostly thirds, sevenths and the like and not
 * short decimals; 0 to 4 of the {@link #TAGS} per book; 15% of books without a publisher; 30%
 * of authors who write only books of 300 pages or fewer; and one book in five published the day
 * of its author's previous one, so that the newest three are often decided by the key.
 */
public final class CardData {
  /** Tag keys 1 to 12 in this order, which is not their order by name. */
  public static final List<String> TAGS = List.of("mystery", "history", "poetry", "fantasy",
      "travel", "classic", "science", "romance", "crime", "humour", "memoir", "satire");

  private static final List<String> COUNTRIES =
      List.of("NZ", "GB", "FR", "DE", "JP", "BR", "IN", "US", "CA", "NG", "IT", "ES");

  private static final List<String> REVIEW_BODIES = List.of("Could not put it down.",
      "Slow start, strong finish.", "Not for me.", "Read it twice.", "The ending surprised me.",
      "Beautifully written.", "Too long by half.");

  /** Out of 100: how many authors have 0, 1, ... 8 books. */
  private static final int[] BOOKS_PER_100_AUTHORS = {12, 13, 15, 17, 15, 11, 8, 5, 4};

  private static final int PUBLISHERS = 30;

  private static final LocalDate FIRST_DAY = LocalDate.of(1960, 1, 1);
  private static final int DAYS = 65 * 365;

  /** Authors whose rows are inserted per batch, to bound the memory a fill takes. */
  private static final int BATCH = 2_000;

  private CardData() {}

  /** The rows {@link #fill} inserted. */
  public record Size(int authors, long books, long reviews, long bookTags) {}

  /** The seed every benchmark and test of the card data fills with: the same rows each time. */
  public static final long SEED = 20_240_517L;

  /**
   * Creates the card tables in {@code fixture}'s database and fills them with {@code authors}
   * authors of the {@link #SEED}, then gathers the planner's statistics.
   */
  public static Size fill(GraphFixture fixture, int authors) throws SQLException {
    return fixture.fill(handle -> {
      CardSchema.create(handle);
      return fill(handle, authors, SEED);
    }, CardSchema::analyze);
  }

  /** Fills the empty tables. Run it in a transaction: MariaDB would otherwise commit each row. */
  public static Size fill(Handle handle, int authors, long seed) {
    PreparedBatch publishers = handle.prepareBatch("INSERT INTO publisher (id, name) VALUES (?, ?)");
    for (int id = 1; id <= PUBLISHERS; id++) {
      publishers.add(id, "Publisher " + id);
    }
    publishers.execute();
    PreparedBatch tags = handle.prepareBatch("INSERT INTO tag (id, name) VALUES (?, ?)");
    for (int i = 0; i < TAGS.size(); i++) {
      tags.add(i + 1, TAGS.get(i));
    }
    tags.execute();

    Random random = new Random(seed);
    Counter counter = new Counter();
    for (long first = 1; first <= authors; first += BATCH) {
      Batches batches = new Batches(handle);
      for (long author = first; author < first + BATCH && author <= authors; author++) {
        author(batches, random, counter, author);
      }
      batches.execute();
    }
    return new Size(authors, counter.books, counter.reviews, counter.bookTags);
  }

  private static void author(Batches batches, Random random, Counter counter, long author) {
    batches.authors.add(author, "Author " + author, COUNTRIES.get(random.nextInt(COUNTRIES.size())));
    boolean shortBooksOnly = random.nextInt(10) < 3;
    int books = bookCount(random);
    LocalDate published = null;
    for (int i = 0; i < books; i++) {
      long book = ++counter.books;
      int pages = shortBooksOnly ? 40 + random.nextInt(261) : 60 + random.nextInt(1141);
      if (published == null || random.nextInt(5) != 0) {
        published = FIRST_DAY.plusDays(random.nextInt(DAYS));
      }
      Long publisher = random.nextInt(100) < 15 ? null : (long) (1 + random.nextInt(PUBLISHERS));
      batches.books.add(book, author, "Book " + book + " by author " + author, pages, published,
          publisher);
      int reviews = random.nextInt(6);
      for (int r = 0; r < reviews; r++) {
        batches.reviews.add(++counter.reviews, book, 1 + random.nextInt(5),
            REVIEW_BODIES.get(random.nextInt(REVIEW_BODIES.size())));
      }
      for (int tag : distinctTags(random, random.nextInt(5))) {
        batches.bookTags.add(book, tag);
        counter.bookTags++;
      }
    }
  }

  private static int bookCount(Random random) {
    int draw = random.nextInt(100);
    for (int books = 0; ; books++) {
      draw -= BOOKS_PER_100_AUTHORS[books];
      if (draw < 0) {
        return books;
      }
    }
  }

  /** {@code count} distinct tag keys, in the order drawn. */
  private static Set<Integer> distinctTags(Random random, int count) {
    Set<Integer> keys = new LinkedHashSet<>();
    while (keys.size() < count) {
      keys.add(1 + random.nextInt(TAGS.size()));
    }
    return keys;
  }

  private static final class Counter {
    long books;
    long reviews;
    long bookTags;
  }

  /** One batch per table, executed parents first. */
  private static final class Batches {
    final PreparedBatch authors;
    final PreparedBatch books;
    final PreparedBatch reviews;
    final PreparedBatch bookTags;

    Batches(Handle handle) {
      authors = handle.prepareBatch(
          "INSERT INTO author (id, name, country_code) VALUES (?, ?, ?)");
      books = handle.prepareBatch("INSERT INTO book (id, author_id, title, pages, published,"
          + " publisher_id) VALUES (?, ?, ?, ?, ?, ?)");
      reviews = handle.prepareBatch(
          "INSERT INTO review (id, book_id, rating, body) VALUES (?, ?, ?, ?)");
      bookTags = handle.prepareBatch("INSERT INTO book_tag (book_id, tag_id) VALUES (?, ?)");
    }

    void execute() {
      for (PreparedBatch batch : List.of(authors, books, reviews, bookTags)) {
        if (batch.size() > 0) {
          batch.execute();
        }
      }
    }
  }
}
