package dev.sheaf.examples.library;

import dev.sheaf.examples.db.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The library the tests load: countries (String key), publishers, authors, books, tags (int key)
 * through {@code book_tag}, readers (UUID key), reviews and comments, filled from a seed.
 *
 * <p>The data is built to hit the edges: rows with no children at every level, null foreign keys,
 * nullable columns that are null, and ties in every order column (a few dates, stars and names
 * shared by many rows), so that only the key can break them.
 */
public final class LibrarySchema {
  /** Codes of the countries; the last one is never used by an author, so it has no children. */
  static final List<String> COUNTRIES = List.of("NZ", "FR", "JP", "BR", "KE", "AQ");
  private static final List<String> COUNTRY_NAMES =
      List.of("New Zealand", "France", "Japan", "Brazil", "Kenya", "Antarctica");
  /** Tag names, with repeats so the default order (name) has ties; some start with 'c'. */
  private static final List<String> TAG_NAMES = List.of("classic", "crime", "fantasy", "history",
      "classic", "poetry", "cozy", "travel", "crime", "science", "war", "youth");
  private static final List<LocalDate> DATES = List.of(LocalDate.of(1999, 1, 1),
      LocalDate.of(2005, 6, 15), LocalDate.of(2012, 3, 3), LocalDate.of(2020, 12, 31));
  private static final List<Instant> INSTANTS = List.of(Instant.parse("2021-01-01T10:00:00Z"),
      Instant.parse("2022-07-14T08:30:00Z"), Instant.parse("2023-02-28T23:59:59Z"));
  private static final List<String> COMMENTS =
      List.of("Agreed.", "Not at all, I disagree.", "Same here!", "Have you read the sequel?");

  private LibrarySchema() {}

  /**
   * Creates the tables on {@code database}. The DDL is the same on all three but for the type of
   * timestamps; {@code UUID} and {@code BOOLEAN} are native everywhere (BOOLEAN is TINYINT(1) on
   * MariaDB, which reads back as a boolean).
   */
  public static void create(Handle handle, TestDatabase database) {
    String timestamp = database.timestampType();
    handle.execute("CREATE TABLE country (code VARCHAR(2) PRIMARY KEY, name VARCHAR(100) NOT NULL)");
    handle.execute("CREATE TABLE publisher (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL,"
        + " country_code VARCHAR(2) REFERENCES country (code))");
    handle.execute("CREATE TABLE author (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL,"
        + " country_code VARCHAR(2) REFERENCES country (code), born DATE,"
        + " mentor_id BIGINT REFERENCES author (id))");
    handle.execute("CREATE TABLE book (id BIGINT PRIMARY KEY,"
        + " author_id BIGINT NOT NULL REFERENCES author (id),"
        + " publisher_id BIGINT REFERENCES publisher (id), title VARCHAR(200) NOT NULL,"
        + " published DATE, pages INT NOT NULL, price DECIMAL(10, 2), genre VARCHAR(20) NOT NULL,"
        + " isbn VARCHAR(20), in_print BOOLEAN NOT NULL, added " + timestamp + " NOT NULL)");
    handle.execute("CREATE TABLE tag (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL,"
        + " featured BOOLEAN NOT NULL)");
    handle.execute("CREATE TABLE book_tag (book_id BIGINT NOT NULL REFERENCES book (id),"
        + " tag_id INT NOT NULL REFERENCES tag (id), PRIMARY KEY (book_id, tag_id))");
    handle.execute("CREATE TABLE reader (id UUID PRIMARY KEY, handle VARCHAR(50) NOT NULL,"
        + " joined " + timestamp + " NOT NULL)");
    handle.execute("CREATE TABLE review (id BIGINT PRIMARY KEY,"
        + " book_id BIGINT NOT NULL REFERENCES book (id), reader_id UUID REFERENCES reader (id),"
        + " stars INT NOT NULL, body VARCHAR(500), created " + timestamp + " NOT NULL)");
    handle.execute("CREATE TABLE comment (id BIGINT PRIMARY KEY,"
        + " review_id BIGINT NOT NULL REFERENCES review (id), body VARCHAR(500) NOT NULL,"
        + " posted " + timestamp + " NOT NULL)");
  }

  /** The keys of what {@link #fill} inserted, for choosing key subsets. */
  public record Keys(List<Long> authors, List<Long> books, List<Integer> tags,
      List<String> countries, List<UUID> readers, List<Long> publishers) {}

  /**
   * {@code authors} authors (keys 7, 14, 21, ...: the numbers between are unknown keys), 0 to 5
   * books each, 0 to 4 reviews per book, 0 to 3 comments per review; the same for the same seed.
   */
  public static Keys fill(Handle handle, int authors, long seed) {
    Random random = new Random(seed);
    List<Long> authorKeys = new ArrayList<>();
    List<Long> bookKeys = new ArrayList<>();
    List<Integer> tagKeys = new ArrayList<>();
    List<UUID> readerKeys = new ArrayList<>();
    List<Long> publisherKeys = new ArrayList<>();

    PreparedBatch countries = handle.prepareBatch("INSERT INTO country (code, name) VALUES (?, ?)");
    for (int i = 0; i < COUNTRIES.size(); i++) {
      countries.add(COUNTRIES.get(i), COUNTRY_NAMES.get(i));
    }
    countries.execute();

    PreparedBatch publishers = handle.prepareBatch(
        "INSERT INTO publisher (id, name, country_code) VALUES (?, ?, ?)");
    int publisherCount = Math.max(4, authors / 8);
    for (long id = 1; id <= publisherCount; id++) {
      // Publishers may be in the childless country, or in none.
      String country = random.nextInt(5) == 0 ? null : COUNTRIES.get(random.nextInt(COUNTRIES.size()));
      publishers.add(id, "Press " + (char) ('A' + random.nextInt(6)), country);
      publisherKeys.add(id);
    }
    publishers.execute();

    PreparedBatch tags = handle.prepareBatch("INSERT INTO tag (id, name, featured) VALUES (?, ?, ?)");
    for (int i = 0; i < TAG_NAMES.size(); i++) {
      int id = 3 * (i + 1);
      tags.add(id, TAG_NAMES.get(i), random.nextBoolean());
      tagKeys.add(id);
    }
    tags.execute();

    PreparedBatch readers = handle.prepareBatch("INSERT INTO reader (id, handle, joined) VALUES (?, ?, ?)");
    int readerCount = Math.max(4, authors / 3);
    for (int i = 0; i < readerCount; i++) {
      UUID id = versionFourUuid(random);
      readers.add(id, "reader" + random.nextInt(readerCount),
          LocalDateTime.of(2015 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28),
              random.nextInt(24), random.nextInt(60), random.nextInt(60)));
      readerKeys.add(id);
    }
    readers.execute();

    PreparedBatch authorRows = handle.prepareBatch(
        "INSERT INTO author (id, name, country_code, born, mentor_id) VALUES (?, ?, ?, ?, ?)");
    PreparedBatch bookRows = handle.prepareBatch("INSERT INTO book (id, author_id, publisher_id,"
        + " title, published, pages, price, genre, isbn, in_print, added)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    PreparedBatch bookTagRows = handle.prepareBatch("INSERT INTO book_tag (book_id, tag_id) VALUES (?, ?)");
    PreparedBatch reviewRows = handle.prepareBatch("INSERT INTO review (id, book_id, reader_id,"
        + " stars, body, created) VALUES (?, ?, ?, ?, ?, ?)");
    PreparedBatch commentRows = handle.prepareBatch(
        "INSERT INTO comment (id, review_id, body, posted) VALUES (?, ?, ?, ?)");
    long bookId = 100;
    long reviewId = 5000;
    long commentId = 90000;
    Genre[] genres = Genre.values();
    for (int a = 1; a <= authors; a++) {
      long author = 7L * a;
      Long mentor = a > 1 && random.nextInt(3) == 0 ? 7L * (1 + random.nextInt(a - 1)) : null;
      // Countries from all but the last one, or none.
      String country = random.nextInt(4) == 0 ? null
          : COUNTRIES.get(random.nextInt(COUNTRIES.size() - 1));
      LocalDate born = random.nextInt(5) == 0 ? null
          : LocalDate.of(1900 + random.nextInt(100), 1 + random.nextInt(12), 1 + random.nextInt(28));
      // Names repeat, so orders by name have ties.
      authorRows.add(author, "Author " + random.nextInt(Math.max(2, authors / 4)),
          country, born, mentor);
      authorKeys.add(author);
      int books = random.nextInt(6);
      for (int b = 0; b < books; b++) {
        bookId++;
        Long publisher = random.nextInt(4) == 0 ? null : publisherKeys.get(random.nextInt(publisherCount));
        LocalDate published = random.nextInt(6) == 0 ? null : DATES.get(random.nextInt(DATES.size()));
        BigDecimal price = random.nextInt(5) == 0 ? null
            : BigDecimal.valueOf(500 + random.nextInt(4000), 2);
        String isbn = random.nextInt(4) == 0 ? null : "978-" + (1_000_000 + random.nextInt(9_000_000));
        bookRows.add(bookId, author, publisher, "Book " + bookId, published, 50 + random.nextInt(550),
            price, genres[random.nextInt(genres.length)].name(), isbn, random.nextBoolean(),
            INSTANTS.get(random.nextInt(INSTANTS.size())).plusSeconds(random.nextInt(3)));
        bookKeys.add(bookId);
        Set<Integer> bookTags = new LinkedHashSet<>();
        int tagCount = random.nextInt(4);
        while (bookTags.size() < tagCount) {
          bookTags.add(tagKeys.get(random.nextInt(tagKeys.size())));
        }
        for (int tag : bookTags) {
          bookTagRows.add(bookId, tag);
        }
        int reviews = random.nextInt(5);
        for (int r = 0; r < reviews; r++) {
          reviewId++;
          UUID reader = random.nextInt(4) == 0 ? null : readerKeys.get(random.nextInt(readerCount));
          reviewRows.add(reviewId, bookId, reader, 1 + random.nextInt(5),
              random.nextInt(4) == 0 ? null : "Review " + reviewId,
              INSTANTS.get(random.nextInt(INSTANTS.size())));
          int comments = random.nextInt(4);
          for (int c = 0; c < comments; c++) {
            commentId++;
            // Distinct in a review, some shorter than 12 characters; timestamps often shared.
            commentRows.add(commentId, reviewId,
                COMMENTS.get(random.nextInt(COMMENTS.size())) + " " + (c + 1),
                INSTANTS.get(random.nextInt(INSTANTS.size())));
          }
        }
      }
    }
    authorRows.execute();
    for (PreparedBatch batch : List.of(bookRows, bookTagRows, reviewRows, commentRows)) {
      if (batch.size() > 0) {
        batch.execute();
      }
    }
    return new Keys(authorKeys, bookKeys, tagKeys, COUNTRIES, readerKeys, publisherKeys);
  }

  /**
   * A random version 4 UUID, from two draws of {@code random}. MariaDB's UUID type refuses some
   * bit patterns that are not RFC 4122 UUIDs (such as version 14 with the NCS variant), which
   * {@code new UUID(random.nextLong(), random.nextLong())} would make now and then.
   */
  private static UUID versionFourUuid(Random random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low);
  }
}
