package dev.sheaf.examples.library;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The oracle: loads the library's DTOs the obvious way, one plain query per row and relation, no
 * Sheaf. Counts, sums, averages, minimums, maximums and existence are computed in Java from the
 * related rows: asking the database for {@code AVG} would share the mistake of a database that
 * rounds it (MariaDB keeps four decimals). Averages are the sum over the count, as a double, or
 * as an exact decimal to 34 digits; the tests compare them within
 * {@link dev.sheaf.examples.compare.SameValues#RELATIVE}. Orders are the DTOs' {@code orderBy}
 * followed by the key, as the design promises; per-parent limits are {@code LIMIT}.
 */
public final class NaiveLibraryLoader {
  private final Jdbi jdbi;

  public NaiveLibraryLoader(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public List<AuthorProfile> authors() {
    return in(run -> run.all("SELECT id FROM author ORDER BY id", (rs, ctx) -> rs.getLong(1), run::author));
  }

  public List<AuthorProfile> authors(Collection<Long> keys) {
    return in(run -> run.some(keys, run::authorIfAny));
  }

  public List<BookCard> books() {
    return in(run -> run.all("SELECT id FROM book ORDER BY id", (rs, ctx) -> rs.getLong(1), run::book));
  }

  public List<BookCard> books(Collection<Long> keys) {
    return in(run -> run.some(keys, k -> run.exists("book", "id", k) ? run.book(k) : null));
  }

  public List<TagCard> tags() {
    return in(run -> run.all("SELECT id FROM tag ORDER BY name, id", (rs, ctx) -> rs.getInt(1), run::tag));
  }

  public List<TagCard> tags(Collection<Integer> keys) {
    return in(run -> run.some(keys, k -> run.exists("tag", "id", k) ? run.tag(k) : null));
  }

  public List<CountryCard> countries() {
    return in(run -> run.all("SELECT code FROM country ORDER BY code", (rs, ctx) -> rs.getString(1),
        run::country));
  }

  public List<CountryCard> countries(Collection<String> keys) {
    return in(run -> run.some(keys, k -> run.exists("country", "code", k) ? run.country(k) : null));
  }

  public List<ReaderCard> readers() {
    return in(run -> run.all("SELECT id FROM reader ORDER BY id",
        (rs, ctx) -> rs.getObject(1, UUID.class), run::reader));
  }

  public List<ReaderCard> readers(Collection<UUID> keys) {
    return in(run -> run.some(keys, k -> run.exists("reader", "id", k) ? run.reader(k) : null));
  }

  public List<PublisherCard> publishers() {
    return in(run -> run.all("SELECT id FROM publisher ORDER BY id", (rs, ctx) -> rs.getLong(1),
        run::publisher));
  }

  public List<PublisherCard> publishers(Collection<Long> keys) {
    return in(run -> run.some(keys, k -> run.exists("publisher", "id", k) ? run.publisher(k) : null));
  }

  private <T> T in(Function<Run, T> body) {
    return jdbi.inTransaction(handle -> body.apply(new Run(handle)));
  }

  /** One oracle load on one handle. Referenced rows are remembered by key, as plain lookups. */
  private static final class Run {
    private final Handle handle;
    private final Map<String, CountryCard> countries = new HashMap<>();
    private final Map<UUID, ReaderCard> readers = new HashMap<>();
    private final Map<Long, PublisherCard> publishers = new HashMap<>();

    Run(Handle handle) {
      this.handle = handle;
    }

    <K, T> List<T> all(String keysSql, RowMapper<K> key, Function<K, T> load) {
      List<T> loaded = new ArrayList<>();
      for (K k : handle.createQuery(keysSql).map(key).list()) {
        loaded.add(load.apply(k));
      }
      return loaded;
    }

    /** Each distinct key in the order given, skipping keys with no row. */
    <K, T> List<T> some(Collection<K> keys, Function<K, T> loadOrNull) {
      List<T> loaded = new ArrayList<>();
      for (K k : new LinkedHashSet<>(keys)) {
        T value = loadOrNull.apply(k);
        if (value != null) {
          loaded.add(value);
        }
      }
      return loaded;
    }

    boolean exists(String table, String key, Object value) {
      return handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + key + " = :k")
          .bind("k", value).mapTo(Long.class).one() > 0;
    }

    <T> List<T> rows(String sql, Object key, RowMapper<T> mapper) {
      return handle.createQuery(sql).bind("k", key).map(mapper).list();
    }

    <T> T one(String sql, Object key, RowMapper<T> mapper) {
      List<T> rows = rows(sql, key, mapper);
      if (rows.size() != 1) {
        throw new IllegalStateException(rows.size() + " rows for " + key + ": " + sql);
      }
      return rows.get(0);
    }

    /** The average of {@code values}, as SQL's AVG: null when there are none. */
    static Double average(List<Integer> values) {
      OptionalDouble average = values.stream().mapToInt(Integer::intValue).average();
      return average.isPresent() ? average.getAsDouble() : null;
    }

    /** The exact average of {@code values} to 34 digits; null when there are none. */
    static BigDecimal average(BigDecimal sum, long count) {
      return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
    }

    AuthorProfile authorIfAny(long id) {
      return exists("author", "id", id) ? author(id) : null;
    }

    AuthorProfile author(long id) {
      record Author(long id, String name, String country, LocalDate born) {}
      record Book(Genre genre, int pages, boolean inPrint, LocalDate published, BigDecimal price) {}
      Author author = one("SELECT id, name, country_code, born FROM author WHERE id = :k", id,
          (rs, ctx) -> new Author(rs.getLong("id"), rs.getString("name"),
              rs.getString("country_code"), rs.getObject("born", LocalDate.class)));
      List<Book> books = rows(
          "SELECT genre, pages, in_print, published, price FROM book WHERE author_id = :k", id,
          (rs, ctx) -> new Book(Genre.valueOf(rs.getString("genre")), rs.getInt("pages"),
              rs.getBoolean("in_print"), rs.getObject("published", LocalDate.class),
              rs.getBigDecimal("price")));
      long totalPages = 0;
      Long pagesInPrint = null;
      LocalDate firstPublished = null;
      BigDecimal highestPrice = null;
      boolean writesLongBooks = false;
      Set<Genre> genres = new LinkedHashSet<>();
      for (Book book : books) {
        totalPages += book.pages();
        if (book.inPrint()) {
          pagesInPrint = (pagesInPrint == null ? 0 : pagesInPrint) + book.pages();
        }
        if (book.published() != null
            && (firstPublished == null || book.published().isBefore(firstPublished))) {
          firstPublished = book.published();
        }
        if (book.price() != null
            && (highestPrice == null || book.price().compareTo(highestPrice) > 0)) {
          highestPrice = book.price();
        }
        writesLongBooks |= book.pages() > 300;
      }
      // A scalar collection without orderBy is in value order: the genre's name, as stored.
      books.stream().map(Book::genre).sorted(Comparator.comparing(Genre::name)).forEach(genres::add);
      record Mentee(AuthorName name, LocalDate born) {}
      List<Mentee> mentees = rows("SELECT id, name, born FROM author WHERE mentor_id = :k"
          + " ORDER BY id", id, (rs, ctx) -> new Mentee(new AuthorName(rs.getLong(1),
              rs.getString(2)), rs.getObject(3, LocalDate.class)));
      List<BookCard> latestBooks = new ArrayList<>();
      for (long book : rows("SELECT id FROM book WHERE author_id = :k"
          + " ORDER BY published DESC, id LIMIT 3", id, (rs, ctx) -> rs.getLong(1))) {
        latestBooks.add(book(book));
      }
      return new AuthorProfile(author.id(), author.name(), author.country(), author.born(),
          books.size(), genres.size(), totalPages, pagesInPrint, Optional.ofNullable(firstPublished),
          highestPrice, writesLongBooks, mentees.size(),
          (int) mentees.stream().filter(m -> m.born() != null).count(), latestBooks,
          mentees.stream().map(Mentee::name).toList(), genres,
          author.country() == null ? Optional.empty() : Optional.of(country(author.country())));
    }

    BookCard book(long id) {
      record Book(long id, String title, LocalDate published, int pages, BigDecimal price,
          Genre genre, Isbn isbn, boolean inPrint, Instant added, Long publisherId) {}
      record Tag(int id, String name, boolean featured) {}
      Book book = one("SELECT id, title, published, pages, price, genre, isbn, in_print, added,"
          + " publisher_id FROM book WHERE id = :k", id, (rs, ctx) -> new Book(rs.getLong("id"),
              rs.getString("title"), rs.getObject("published", LocalDate.class), rs.getInt("pages"),
              rs.getBigDecimal("price"), Genre.valueOf(rs.getString("genre")),
              rs.getString("isbn") == null ? null : new Isbn(rs.getString("isbn")),
              rs.getBoolean("in_print"), instant(rs, "added"), nullableLong(rs, "publisher_id")));
      List<Integer> stars = rows("SELECT stars FROM review WHERE book_id = :k", id,
          (rs, ctx) -> rs.getInt(1));
      List<Tag> tags = rows("SELECT tag.id, tag.name, tag.featured FROM book_tag"
          + " JOIN tag ON tag.id = book_tag.tag_id WHERE book_tag.book_id = :k"
          + " ORDER BY tag.name DESC, tag.id", id,
          (rs, ctx) -> new Tag(rs.getInt(1), rs.getString(2), rs.getBoolean(3)));
      List<ReviewLine> reviews = new ArrayList<>();
      for (long review : rows("SELECT id FROM review WHERE book_id = :k"
          + " ORDER BY stars DESC, created, id", id, (rs, ctx) -> rs.getLong(1))) {
        reviews.add(review(review));
      }
      // A scalar collection without orderBy is in value order.
      Set<String> tagNames = new LinkedHashSet<>();
      tags.stream().map(Tag::name).sorted().forEach(tagNames::add);
      return new BookCard(book.id(), book.title(), book.published(), book.pages(), book.price(),
          book.genre(), book.isbn(), book.inPrint(), book.added(),
          stars.size(),
          stars.stream().mapToInt(Integer::intValue).average(),
          stars.stream().max(Integer::compare).orElse(null),
          tags.size(),
          (int) tags.stream().filter(Tag::featured).count(),
          tags.stream().anyMatch(t -> t.name().startsWith("c")),
          reviews,
          tagNames,
          tags.stream().map(t -> new TagLabel(t.id(), t.name())).toList(),
          book.publisherId() == null ? null : publisher(book.publisherId()));
    }

    ReviewLine review(long id) {
      record Review(long id, int stars, String body, Instant created, UUID readerId) {}
      Review review = one("SELECT id, stars, body, created, reader_id FROM review WHERE id = :k", id,
          (rs, ctx) -> new Review(rs.getLong("id"), rs.getInt("stars"), rs.getString("body"),
              instant(rs, "created"), rs.getObject("reader_id", UUID.class)));
      List<String> comments = rows("SELECT body FROM comment WHERE review_id = :k"
          + " ORDER BY posted DESC, body", id, (rs, ctx) -> rs.getString(1));
      return new ReviewLine(review.id(), review.stars(), review.body(), review.created(),
          review.readerId(), comments.size(), comments.stream().anyMatch(c -> c.length() < 12),
          comments,
          review.readerId() == null ? Optional.empty() : Optional.of(reader(review.readerId())));
    }

    ReaderCard reader(UUID id) {
      return readers.computeIfAbsent(id, k -> {
        record Reader(UUID id, String handle, LocalDateTime joined) {}
        Reader reader = one("SELECT id, handle, joined FROM reader WHERE id = :k", k,
            (rs, ctx) -> new Reader(rs.getObject("id", UUID.class), rs.getString("handle"),
                rs.getObject("joined", LocalDateTime.class)));
        List<Integer> stars = rows("SELECT stars FROM review WHERE reader_id = :k"
            + " ORDER BY stars DESC, id", k, (rs, ctx) -> rs.getInt(1));
        return new ReaderCard(reader.id(), reader.handle(), reader.joined(), stars.size(),
            average(stars),
            stars.subList(0, Math.min(2, stars.size())));
      });
    }

    PublisherCard publisher(long id) {
      return publishers.computeIfAbsent(id, k -> {
        record Book(BigDecimal price, int pages, boolean inPrint, String isbn, Instant added) {}
        String name = one("SELECT name FROM publisher WHERE id = :k", k, (rs, ctx) -> rs.getString(1));
        List<Book> books = rows("SELECT price, pages, in_print, isbn, added FROM book"
            + " WHERE publisher_id = :k", k, (rs, ctx) -> new Book(rs.getBigDecimal(1),
                rs.getInt(2), rs.getBoolean(3), rs.getString(4), instant(rs, "added")));
        BigDecimal total = null;
        BigDecimal lowest = null;
        long priced = 0;
        int outOfPrint = 0;
        Integer maxPages = null;
        Long pagesInPrint = null;
        Instant lastAdded = null;
        for (Book book : books) {
          if (book.price() != null) {
            total = total == null ? book.price() : total.add(book.price());
            lowest = lowest == null || book.price().compareTo(lowest) < 0 ? book.price() : lowest;
            priced++;
          }
          outOfPrint += book.inPrint() ? 0 : 1;
          maxPages = maxPages == null ? book.pages() : Math.max(maxPages, book.pages());
          if (book.inPrint()) {
            pagesInPrint = (pagesInPrint == null ? 0 : pagesInPrint) + book.pages();
          }
          lastAdded = lastAdded == null || book.added().isAfter(lastAdded) ? book.added() : lastAdded;
        }
        List<String> lastTitles = rows("SELECT title FROM book WHERE publisher_id = :k"
            + " ORDER BY title DESC, id LIMIT 2", k, (rs, ctx) -> rs.getString(1));
        return new PublisherCard(k, name, books.size(), total,
            average(books.stream().map(Book::pages).toList()),
            average(total == null ? BigDecimal.ZERO : total, priced),
            priced, outOfPrint, books.stream().anyMatch(b -> b.isbn() == null),
            maxPages == null ? OptionalInt.empty() : OptionalInt.of(maxPages),
            pagesInPrint == null ? OptionalLong.empty() : OptionalLong.of(pagesInPrint),
            Optional.ofNullable(lowest), Optional.ofNullable(lastAdded), lastTitles);
      });
    }

    CountryCard country(String code) {
      return countries.computeIfAbsent(code, k -> {
        String name = one("SELECT name FROM country WHERE code = :k", k, (rs, ctx) -> rs.getString(1));
        List<String> authorNames = rows("SELECT name FROM author WHERE country_code = :k"
            + " ORDER BY name, id", k, (rs, ctx) -> rs.getString(1));
        LocalDate earliestBorn = null;
        for (LocalDate born : rows("SELECT born FROM author WHERE country_code = :k", k,
            (rs, ctx) -> rs.getObject(1, LocalDate.class))) {
          if (born != null && (earliestBorn == null || born.isBefore(earliestBorn))) {
            earliestBorn = born;
          }
        }
        List<PublisherName> publishers = rows("SELECT id, name FROM publisher"
            + " WHERE country_code = :k ORDER BY id", k,
            (rs, ctx) -> new PublisherName(rs.getLong(1), rs.getString(2)));
        Set<AuthorName> authors = new LinkedHashSet<>(rows("SELECT id, name FROM author"
            + " WHERE country_code = :k ORDER BY born DESC, id", k,
            (rs, ctx) -> new AuthorName(rs.getLong(1), rs.getString(2))));
        return new CountryCard(k, name, authorNames.size(), earliestBorn, authorNames, publishers,
            authors);
      });
    }

    TagCard tag(int id) {
      record Tag(int id, String name, boolean featured) {}
      record Book(long id, int pages, boolean inPrint, LocalDate published, long authorId) {}
      Tag tag = one("SELECT id, name, featured FROM tag WHERE id = :k", id,
          (rs, ctx) -> new Tag(rs.getInt(1), rs.getString(2), rs.getBoolean(3)));
      List<Book> books = rows("SELECT book.id, book.pages, book.in_print, book.published,"
          + " book.author_id FROM book_tag JOIN book ON book.id = book_tag.book_id"
          + " WHERE book_tag.tag_id = :k", id, (rs, ctx) -> new Book(rs.getLong(1), rs.getInt(2),
              rs.getBoolean(3), rs.getObject(4, LocalDate.class), rs.getLong(5)));
      long pagesInPrint = 0;
      LocalDate latest = null;
      Set<Long> authors = new LinkedHashSet<>();
      for (Book book : books) {
        if (book.inPrint()) {
          pagesInPrint += book.pages();
        }
        if (book.published() != null && (latest == null || book.published().isAfter(latest))) {
          latest = book.published();
        }
        authors.add(book.authorId());
      }
      List<String> titles = rows("SELECT book.title FROM book_tag"
          + " JOIN book ON book.id = book_tag.book_id WHERE book_tag.tag_id = :k"
          + " ORDER BY book.title", id, (rs, ctx) -> rs.getString(1));
      List<BookTitle> recent = new ArrayList<>();
      for (long book : rows("SELECT book.id FROM book_tag JOIN book ON book.id = book_tag.book_id"
          + " WHERE book_tag.tag_id = :k ORDER BY book.published DESC, book.id LIMIT 2", id,
          (rs, ctx) -> rs.getLong(1))) {
        recent.add(bookTitle(book));
      }
      return new TagCard(tag.id(), tag.name(), tag.featured(), books.size(), pagesInPrint,
          Optional.ofNullable(latest), authors.size(), titles, recent);
    }

    BookTitle bookTitle(long id) {
      record Book(long id, String title, long authorId) {}
      Book book = one("SELECT id, title, author_id FROM book WHERE id = :k", id,
          (rs, ctx) -> new Book(rs.getLong(1), rs.getString(2), rs.getLong(3)));
      String author = one("SELECT name FROM author WHERE id = :k", book.authorId(),
          (rs, ctx) -> rs.getString(1));
      return new BookTitle(book.id(), book.title(), new AuthorName(book.authorId(), author));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
      Timestamp timestamp = rs.getTimestamp(column);
      return timestamp == null ? null : timestamp.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
      long value = rs.getLong(column);
      return rs.wasNull() ? null : value;
    }
  }
}
