package dev.sheaf.examples.realschema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Seeded random rows for the {@link RealSchema} tables: the same rows for the same seed and size.
 *
 * <p>Values are drawn from short lists, so every order has ties only a key can break, and the
 * filters' bounds occur exactly (timestamps equal to the ones the DTOs compare with, 300 pages).
 * Text is ASCII, capitalized alike, so that Java's order of strings is every database's
 * collation order, and {@code LIKE 'A%'} means the same on MariaDB's case-insensitive collation.
 */
final class RandomRows {
  private static final List<String> COUNTRIES =
      List.of("Chile", "Ghana", "Japan", "Norway", "Peru", "Tonga");
  private static final List<String> SURNAMES = List.of("Achebe", "Adichie", "Atwood", "Austen",
      "Baldwin", "Bolano", "Borges", "Calvino", "Carver", "Eliot", "Morrison", "Munro", "Orwell",
      "Sebald", "Woolf", "Zola");
  private static final List<String> FIRST_NAMES =
      List.of("Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal");
  /** What a junction row credits; some start with A or B, unlike the author's own name. */
  private static final List<String> CREDITS =
      List.of("Anon", "Anonymous", "Byline", "Editor", "Ghost", "Translator");
  private static final List<String> TITLES = List.of("Arrow", "Atlas", "Beloved", "Dune",
      "Emma", "Harbor", "Lantern", "Meridian", "Orchard", "Quarry", "Ridge", "Vessel");
  private static final List<String> TAGS =
      List.of("art", "bio", "crime", "drama", "essay", "folk", "gothic", "humor");
  private static final List<Long> TAG_KEYS = List.of(70L, 71L, 72L, 73L, 74L, 75L, 76L, 77L);
  private static final List<Integer> PAGES = List.of(120, 250, 300, 301, 480, 640, 782, 784, 999);
  private static final List<LocalDate> DATES = List.of(LocalDate.of(1999, 1, 1),
      LocalDate.of(2008, 6, 15), LocalDate.of(2016, 3, 3), LocalDate.of(2022, 12, 31));
  /** Includes the bounds the DTOs' filters compare with: 2020-01-01 and 2021-01-01, midnight. */
  private static final List<LocalDateTime> STAMPS = List.of(
      LocalDateTime.of(2019, 3, 1, 12, 0), LocalDateTime.of(2020, 1, 1, 0, 0),
      LocalDateTime.of(2020, 7, 15, 8, 30), LocalDateTime.of(2021, 1, 1, 0, 0),
      LocalDateTime.of(2022, 5, 5, 17, 45, 30), LocalDateTime.of(2023, 11, 30, 23, 59, 59));
  private static final List<String> JOB_TITLES = List.of("General Manager", "Sales Manager",
      "Sales Support Agent", "Sales Trainee", "IT Manager", "IT Staff", "Office Assistant");

  /** The keys inserted, for choosing subsets. */
  record Keys(List<Long> authors, List<Long> books, List<Long> employees) {}

  private final Random random;
  private final Handle handle;

  private RandomRows(Handle handle, long seed) {
    this.handle = handle;
    this.random = new Random(seed);
  }

  /**
   * {@code size} authors (keys 5, 10, 15...: the numbers between are unknown keys), one and a
   * half times as many books with 0 to 3 authors, 0 to 4 tags and 0 to 4 reviews each, and
   * {@code size} employees.
   */
  static Keys fill(Handle handle, int size, long seed) {
    RandomRows rows = new RandomRows(handle, seed);
    rows.countries();
    List<Long> authors = rows.authors(size);
    rows.tags();
    List<Long> books = rows.books(size * 3 / 2, authors);
    List<Long> employees = rows.employees(size);
    return new Keys(authors, books, employees);
  }

  private void countries() {
    PreparedBatch batch = handle.prepareBatch(
        "INSERT INTO country (country_id, name, last_update) VALUES (?, ?, ?)");
    for (int i = 0; i < COUNTRIES.size(); i++) {
      batch.add(10 * (i + 1), COUNTRIES.get(i), pick(STAMPS));
    }
    batch.execute();
  }

  private List<Long> authors(int count) {
    PreparedBatch batch = handle.prepareBatch(
        "INSERT INTO author (id, name, country_id, last_update) VALUES (?, ?, ?, ?)");
    List<Long> keys = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      long id = 5L * i;
      // No author lives in the last country; a quarter live in none.
      Integer country =
          random.nextInt(4) == 0 ? null : 10 * (1 + random.nextInt(COUNTRIES.size() - 1));
      batch.add(id, pick(SURNAMES), country, pick(STAMPS));
      keys.add(id);
    }
    batch.execute();
    return keys;
  }

  private void tags() {
    PreparedBatch batch =
        handle.prepareBatch("INSERT INTO tag (tag_id, name, last_update) VALUES (?, ?, ?)");
    for (int i = 0; i < TAGS.size(); i++) {
      batch.add(70 + i, TAGS.get(i), pick(STAMPS));
    }
    batch.execute();
  }

  private List<Long> books(int count, List<Long> authors) {
    PreparedBatch books = handle.prepareBatch("INSERT INTO book (id, title, pages, price,"
        + " published, last_update) VALUES (?, ?, ?, ?, ?, ?)");
    PreparedBatch credits = handle.prepareBatch("INSERT INTO book_authors (id, book_id,"
        + " author_id, name, last_update) VALUES (?, ?, ?, ?, ?)");
    PreparedBatch tags = handle.prepareBatch(
        "INSERT INTO book_tag (book_id, tag_id, last_update) VALUES (?, ?, ?)");
    PreparedBatch reviews = handle.prepareBatch("INSERT INTO review (review_id, book_id, rating,"
        + " score, name, last_update) VALUES (?, ?, ?, ?, ?, ?)");
    List<Long> keys = new ArrayList<>();
    long creditId = 900;
    long reviewId = 50_000;
    for (int i = 0; i < count; i++) {
      long id = 1000 + i;
      BigDecimal price = random.nextInt(5) == 0 ? null
          : BigDecimal.valueOf(500 + random.nextInt(4500), 2);
      LocalDate published = random.nextInt(6) == 0 ? null : pick(DATES);
      books.add(id, pick(TITLES), pick(PAGES), price, published, pick(STAMPS));
      keys.add(id);
      // The junction's keys follow the random order of the authors, not their keys' order.
      for (long author : distinct(authors, random.nextInt(4))) {
        credits.add(++creditId, id, author, pick(CREDITS), pick(STAMPS));
      }
      for (long tag : distinct(TAG_KEYS, random.nextInt(5))) {
        tags.add(id, (int) tag, pick(STAMPS));
      }
      for (int r = random.nextInt(5); r > 0; r--) {
        reviews.add(++reviewId, id, 1 + random.nextInt(5),
            BigDecimal.valueOf(random.nextInt(1001), 2), pick(FIRST_NAMES), pick(STAMPS));
      }
    }
    for (PreparedBatch batch : List.of(books, credits, tags, reviews)) {
      if (batch.size() > 0) {
        batch.execute();
      }
    }
    return keys;
  }

  private List<Long> employees(int count) {
    PreparedBatch batch = handle.prepareBatch("INSERT INTO employee (employee_id, reports_to,"
        + " first_name, last_name, title, salary, last_update) VALUES (?, ?, ?, ?, ?, ?, ?)");
    List<Long> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long id = 2L * i + 1;
      // The first two lead; later ones report to someone before them, or now and then to no one.
      Long reportsTo = i < 2 || random.nextInt(10) == 0 ? null : keys.get(random.nextInt(i));
      BigDecimal salary = random.nextInt(6) == 0 ? null
          : BigDecimal.valueOf(300_000 + random.nextInt(600_000), 2);
      batch.add(id, reportsTo, pick(FIRST_NAMES), pick(SURNAMES), pick(JOB_TITLES), salary,
          pick(STAMPS));
      keys.add(id);
    }
    batch.execute();
    return keys;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** {@code count} distinct values of {@code values}, in the random order drawn. */
  private Set<Long> distinct(List<Long> values, int count) {
    Set<Long> chosen = new LinkedHashSet<>();
    while (chosen.size() < Math.min(count, values.size())) {
      chosen.add(pick(values));
    }
    return chosen;
  }
}
