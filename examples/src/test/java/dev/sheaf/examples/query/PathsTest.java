package dev.sheaf.examples.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.Aggregate;
import dev.sheaf.Aggregate.Function;
import dev.sheaf.Projection;
import dev.sheaf.examples.StatementCounter;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Paths through more than one table, each hop naming its keys: a film's revenue is the sum of
 * the payments of the rentals of its copies (film, inventory, rental, payment). The same column
 * names sit on both sides of each join, every foreign key may be null, and no key is named
 * {@code id}; on every database, against sums computed in Java from the rows inserted.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class PathsTest {
  private static final String COPIES = "inventory.film_id";
  private static final String RENTALS = "inventory.inventory_id = rental.inventory_id";
  private static final String PAYMENTS = "rental.rental_id = payment.rental_id";

  @Projection(table = "payment", key = "payment_id")
  record Paid(long paymentId, BigDecimal amount) {}

  @Projection(table = "film", key = "film_id")
  record FilmRevenue(long filmId, String title,
      @Aggregate(function = Function.SUM, column = "amount", path = {COPIES, RENTALS, PAYMENTS})
          BigDecimal revenue,
      @Aggregate(path = {COPIES, RENTALS, PAYMENTS}) int payments,
      @Aggregate(path = {COPIES, RENTALS}) int rentals,
      @Aggregate(path = {COPIES, RENTALS, PAYMENTS}, where = "amount > 9") boolean anyOverNine,
      @Aggregate(path = {COPIES, RENTALS, PAYMENTS}, where = "amount >= 5",
          orderBy = "amount DESC", limit = 2) List<Paid> topPayments) {}

  @Projection(table = "category", key = "category_id")
  record CategoryFilms(long categoryId,
      @Aggregate(foreignKey = "category_id", orderBy = "title") List<FilmRevenue> films) {}

  private record Film(long filmId, String title, Long categoryId) {}

  private record Copy(long inventoryId, Long filmId) {}

  private record Rental(long rentalId, Long inventoryId) {}

  private record Payment(long paymentId, Long rentalId, BigDecimal amount) {}

  @Parameter
  TestDatabase database;

  private ScratchDatabase scratch;
  private Jdbi jdbi;
  private final StatementCounter counter = new StatementCounter();
  private final List<Film> films = new ArrayList<>();
  private final List<Copy> copies = new ArrayList<>();
  private final List<Rental> rentals = new ArrayList<>();
  private final List<Payment> payments = new ArrayList<>();

  @BeforeEach
  void createRows() {
    Random random = new Random(42);
    for (int i = 1; i <= 14; i++) {
      films.add(new Film(100 + i, "Film " + (char) ('A' + i),
          random.nextInt(5) == 0 ? null : (long) (1 + random.nextInt(3))));
    }
    for (int i = 1; i <= 40; i++) {
      // Films 113 and 114 have no copies.
      copies.add(new Copy(500 + i, random.nextInt(8) == 0 ? null : 101L + random.nextInt(12)));
    }
    for (int i = 1; i <= 120; i++) {
      rentals.add(new Rental(2_000 + i, random.nextInt(10) == 0 ? null
          : 501L + random.nextInt(40)));
    }
    List<Integer> cents = new ArrayList<>(IntStream.rangeClosed(1, 1_200).boxed().toList());
    java.util.Collections.shuffle(cents, random);
    for (int i = 0; i < 300; i++) {
      payments.add(new Payment(9_000 + i, random.nextInt(10) == 0 ? null
          : 2_001L + random.nextInt(120), BigDecimal.valueOf(cents.get(i), 2)));
    }
    scratch = database.fresh("paths");
    jdbi = scratch.jdbi();
    jdbi.useTransaction(this::insert);
    jdbi.setSqlLogger(counter);
  }

  @AfterEach
  void dropRows() {
    if (scratch != null) {
      scratch.close();
    }
  }

  @Test
  void aFilmsRevenueFollowsThePathThroughItsCopiesAndRentals() {
    List<FilmRevenue> loaded = new PathsTest_FilmRevenueRepository(jdbi).findAll();

    List<FilmRevenue> expected = films.stream().map(this::expected).toList();
    assertEquals(expected, loaded);
    assertTrue(expected.stream().anyMatch(f -> f.revenue() == null), "a film with no payments");
    assertTrue(expected.stream().anyMatch(f -> f.topPayments().size() == 2));
    assertEquals(2, counter.count());
  }

  @Test
  void byKeysAndOneLevelDownTheSamePathsHold() {
    List<FilmRevenue> some =
        new PathsTest_FilmRevenueRepository(jdbi).findAllById(List.of(105L, 101L, 113L));
    assertEquals(List.of(expected(film(105)), expected(film(101)), expected(film(113))), some);
    assertEquals(2, counter.count());
    counter.reset();

    List<CategoryFilms> categories = new PathsTest_CategoryFilmsRepository(jdbi).findAll();

    List<CategoryFilms> expected = IntStream.rangeClosed(1, 3)
        .mapToObj(c -> new CategoryFilms(c, films.stream()
            .filter(f -> Objects.equals(f.categoryId(), (long) c))
            .sorted(Comparator.comparing(Film::title))
            .map(this::expected)
            .toList()))
        .toList();
    assertEquals(expected, categories);
    assertEquals(3, counter.count());
  }

  private Film film(long key) {
    return films.stream().filter(f -> f.filmId() == key).findFirst().orElseThrow();
  }

  /** The film as a load returns it, from the rows in Java. */
  private FilmRevenue expected(Film film) {
    List<Long> copyKeys = copies.stream().filter(c -> Objects.equals(c.filmId(), film.filmId()))
        .map(Copy::inventoryId).toList();
    List<Long> rentalKeys = rentals.stream().filter(r -> copyKeys.contains(r.inventoryId()))
        .map(Rental::rentalId).toList();
    List<Payment> paid = payments.stream().filter(p -> rentalKeys.contains(p.rentalId()))
        .toList();
    BigDecimal revenue = paid.isEmpty() ? null
        : paid.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    List<Paid> top = paid.stream()
        .filter(p -> p.amount().compareTo(new BigDecimal("5")) >= 0)
        .sorted(Comparator.comparing(Payment::amount).reversed())
        .limit(2)
        .map(p -> new Paid(p.paymentId(), p.amount()))
        .toList();
    boolean overNine = paid.stream().anyMatch(p -> p.amount().compareTo(new BigDecimal("9")) > 0);
    return new FilmRevenue(film.filmId(), film.title(), revenue, paid.size(), rentalKeys.size(),
        overNine, top);
  }

  private void insert(Handle handle) {
    handle.execute("CREATE TABLE category (category_id INT PRIMARY KEY)");
    handle.execute("CREATE TABLE film (film_id INT PRIMARY KEY, title VARCHAR(40) NOT NULL,"
        + " category_id INT REFERENCES category (category_id))");
    handle.execute("CREATE TABLE inventory (inventory_id INT PRIMARY KEY,"
        + " film_id INT REFERENCES film (film_id))");
    handle.execute("CREATE TABLE rental (rental_id INT PRIMARY KEY,"
        + " inventory_id INT REFERENCES inventory (inventory_id))");
    handle.execute("CREATE TABLE payment (payment_id INT PRIMARY KEY,"
        + " rental_id INT REFERENCES rental (rental_id), amount DECIMAL(7, 2) NOT NULL)");
    for (int c = 1; c <= 3; c++) {
      handle.execute("INSERT INTO category VALUES (?)", c);
    }
    var filmRows = handle.prepareBatch("INSERT INTO film VALUES (?, ?, ?)");
    films.forEach(f -> filmRows.add(f.filmId(), f.title(), f.categoryId()));
    filmRows.execute();
    var copyRows = handle.prepareBatch("INSERT INTO inventory VALUES (?, ?)");
    copies.forEach(c -> copyRows.add(c.inventoryId(), c.filmId()));
    copyRows.execute();
    var rentalRows = handle.prepareBatch("INSERT INTO rental VALUES (?, ?)");
    rentals.forEach(r -> rentalRows.add(r.rentalId(), r.inventoryId()));
    rentalRows.execute();
    var paymentRows = handle.prepareBatch("INSERT INTO payment VALUES (?, ?, ?)");
    payments.forEach(p -> paymentRows.add(p.paymentId(), p.rentalId(), p.amount()));
    paymentRows.execute();
  }
}
