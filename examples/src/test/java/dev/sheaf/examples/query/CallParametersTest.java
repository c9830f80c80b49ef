package dev.sheaf.examples.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import dev.sheaf.examples.StatementCounter;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import dev.sheaf.runtime.LoadException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Call-time parameters in annotation SQL ({@code where = "rented_at >= :since"}), at the root's
 * aggregates, in a collection's condition and one level further down; bound on the repository
 * or on a query, checked before any statement runs, on every database. The oracle is
 * {@link RentalStore#expected}, computed in Java from the rows inserted.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class CallParametersTest {
  @Projection(table = "payment", key = "payment_id")
  record PaymentLine(long paymentId, BigDecimal amount) {}

  @Projection(table = "rental", key = "rental_id")
  record RentalLine(long rentalId, String title,
      @Aggregate(table = "payment", foreignKey = "rental_id", where = "amount >= :min")
          int bigPayments,
      @Aggregate(foreignKey = "rental_id", where = "amount >= :min", orderBy = "amount DESC")
          List<PaymentLine> bigOnes) {}

  @Projection(table = "customer", key = "customer_id")
  record CustomerActivity(long customerId, String name,
      @Aggregate(table = "rental", foreignKey = "customer_id", where = "rented_at >= :since")
          int recentRentals,
      @Aggregate(table = "rental", foreignKey = "customer_id", where = "rented_at >= :since")
          boolean rentedRecently,
      @Aggregate(foreignKey = "customer_id", where = "rented_at >= :since",
          orderBy = "rented_at DESC") List<RentalLine> recent,
      @Aggregate(table = "rental", foreignKey = "customer_id", column = "title",
          where = "rented_at < :since", orderBy = "title") List<String> olderTitles) {}

  @Projection(table = "rental", key = "rental_id")
  record RentalBrief(long rentalId, String title) {}

  /** A top-N whose N the caller gives: each customer's latest rentals. */
  @Projection(table = "customer", key = "customer_id")
  record LatestRentals(long customerId,
      @Aggregate(foreignKey = "customer_id", orderBy = "rented_at DESC", limitParameter = "n")
          List<RentalBrief> latest) {}

  /** The root, recent, recent's bigOnes and olderTitles. */
  private static final int STATEMENTS = 4;
  private static final LocalDateTime MARCH = LocalDateTime.of(2024, 3, 1, 0, 0);
  private static final LocalDateTime SEPTEMBER = LocalDateTime.of(2024, 9, 1, 0, 0);
  private static final BigDecimal FIVE = new BigDecimal("5.00");
  private static final BigDecimal EIGHT = new BigDecimal("8.00");

  @Parameter
  TestDatabase database;

  private ScratchDatabase scratch;
  private Jdbi jdbi;
  private final StatementCounter counter = new StatementCounter();
  private RentalStore store;

  @BeforeEach
  void createRows() {
    scratch = database.fresh("params");
    jdbi = scratch.jdbi();
    store = RentalStore.random(2026_12_06L);
    jdbi.useTransaction(handle -> store.insert(handle, database.timestampType()));
    jdbi.setSqlLogger(counter);
  }

  @AfterEach
  void dropRows() {
    if (scratch != null) {
      scratch.close();
    }
  }

  private CallParametersTest_CustomerActivityRepository repository() {
    return new CallParametersTest_CustomerActivityRepository(jdbi);
  }

  @Test
  void theRepositoryListsTheParametersItsAnnotationsName() {
    assertEquals(Set.of("min", "since"), CallParametersTest_CustomerActivityRepository.PARAMETERS);
    assertEquals(STATEMENTS, CallParametersTest_CustomerActivityRepository.STATEMENTS);
  }

  @Test
  void parametersBoundOnTheRepositoryReachEveryLevel() {
    List<CustomerActivity> loaded = repository().bind("since", MARCH).bind("min", FIVE).findAll();

    assertEquals(store.expected(MARCH, FIVE), loaded);
    assertEquals(STATEMENTS, counter.count());
  }

  @Test
  void otherValuesGiveOtherRowsFromTheSameStatements() {
    var repository = repository();
    List<CustomerActivity> spring = repository.bind("since", MARCH).bind("min", FIVE).findAll();
    counter.reset();
    List<CustomerActivity> autumn =
        repository.bind("since", SEPTEMBER).bind("min", EIGHT).findAll();

    assertEquals(store.expected(SEPTEMBER, EIGHT), autumn);
    assertNotEquals(spring, autumn);
    assertEquals(STATEMENTS, counter.count());
  }

  @Test
  void findByIdAndFindAllByIdBindThemToo() {
    var bound = repository().bind("since", MARCH).bind("min", FIVE);
    List<CustomerActivity> expected = store.expected(MARCH, FIVE);
    List<Long> keys = List.of(7L, 3L, 11L, 999L);

    List<CustomerActivity> some = bound.findAllById(keys);

    assertEquals(keys.stream().filter(k -> k < 999).map(k -> byKey(expected, k)).toList(), some);
    assertEquals(STATEMENTS, counter.count());
    assertEquals(byKey(expected, 5), bound.findById(5L).orElseThrow());
  }

  @Test
  void aQueryBindsTheAnnotationsParametersBesideItsOwn() {
    List<CustomerActivity> loaded = repository().query()
        .where("name LIKE :prefix").bind("prefix", "C%")
        .bind("since", SEPTEMBER).bind("min", FIVE)
        .list();

    List<CustomerActivity> expected = store.expected(SEPTEMBER, FIVE).stream()
        .filter(c -> c.name().startsWith("C")).toList();
    assertTrue(expected.size() > 1, "the data has customers whose name starts with C");
    assertEquals(expected, loaded);
    assertEquals(STATEMENTS, counter.count());
  }

  @Test
  void aQuerysValueWinsOverTheRepositorysAndStreamsBindThemInEveryChunk() {
    var bound = repository().bind("since", MARCH).bind("min", FIVE);

    List<CustomerActivity> streamed = bound.query().bind("since", SEPTEMBER).chunkSize(7)
        .withStream(stream -> stream.collect(Collectors.toList()));

    List<CustomerActivity> expected = store.expected(SEPTEMBER, FIVE);
    assertEquals(expected, streamed);
    long statements = 0;
    for (int from = 0; from < expected.size(); from += 7) {
      statements += statements(expected.subList(from, Math.min(expected.size(), from + 7)));
    }
    assertEquals(statements, counter.count());
  }

  @Test
  void anAttachedRepositoryKeepsItsParameters() {
    List<CustomerActivity> loaded = jdbi.withHandle(handle ->
        repository().bind("since", MARCH).bind("min", FIVE).attach(handle).findAll());

    assertEquals(store.expected(MARCH, FIVE), loaded);
  }

  @Test
  void aNullValueIsBoundAsNull() {
    // amount >= NULL is never true: no payment is big.
    List<CustomerActivity> loaded = repository().bind("since", MARCH).bind("min", null).findAll();

    assertEquals(store.expected(MARCH, null), loaded);
    assertTrue(loaded.stream().flatMap(c -> c.recent().stream()).allMatch(r -> r.bigPayments() == 0));
  }

  @Test
  void aParameterNotBoundFailsTheLoadBeforeAnyStatement() {
    LoadException failure = assertThrows(LoadException.class,
        () -> repository().bind("since", MARCH).findAll());

    assertEquals("CallParametersTest_CustomerActivityRepository.findAll: the parameter :min is"
        + " not bound, and the repository's annotations name it; bind it first, with"
        + " bind(\"min\", value) on the repository or on its query", failure.getMessage());
    assertEquals(0, counter.count());
    assertThrows(LoadException.class, () -> repository().query().bind("min", FIVE).list());
    assertEquals(0, counter.count());
  }

  @Test
  void aParameterNoAnnotationNamesIsRefused() {
    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
        () -> repository().bind("until", SEPTEMBER));

    assertEquals("CallParametersTest_CustomerActivityRepository: no annotation names the"
        + " parameter :until; they name :min, :since. A query's own condition takes its"
        + " parameters from query().bind(...)", failure.getMessage());
  }

  @Test
  void aQueryParameterNothingNamesFailsBeforeAnyStatement() {
    var bound = repository().bind("since", MARCH).bind("min", FIVE);

    LoadException unused = assertThrows(LoadException.class,
        () -> bound.query().where("name = :name").bind("nmae", "Cole").list());
    LoadException missing = assertThrows(LoadException.class,
        () -> bound.query().where("name = :name").list());

    assertEquals("CallParametersTest_CustomerActivityRepository.query: the parameter :nmae is"
        + " bound, but neither the condition nor the repository's annotations name it",
        unused.getMessage());
    assertEquals("CallParametersTest_CustomerActivityRepository.query: the condition names the"
        + " parameter :name, which is not bound; bind it with bind(\"name\", value)",
        missing.getMessage());
    assertEquals(0, counter.count());
  }

  /**
   * What loading {@code customers} costs: a level with no parent rows skips its statement, and
   * the last customers have no rentals at all.
   */
  private static int statements(List<CustomerActivity> customers) {
    boolean anyRecent = customers.stream().anyMatch(c -> !c.recent().isEmpty());
    return 1 + (customers.isEmpty() ? 0 : 2 + (anyRecent ? 1 : 0));
  }

  @Test
  void aTopNsLimitMayBeGivenWhenLoading() {
    var latest = new CallParametersTest_LatestRentalsRepository(jdbi);
    assertEquals(Set.of("n"), CallParametersTest_LatestRentalsRepository.PARAMETERS);

    // The first load cuts in Java and reads every rental; having read many more than it kept,
    // PostgreSQL and MariaDB then cut in SQL, with the limit bound: each value must hold.
    for (int n : List.of(1, 1, 3, 2)) {
      counter.reset();
      assertEquals(store.latest(n), latest.bind("n", n).findAll(), "n = " + n);
      assertEquals(2, counter.count());
    }
  }

  @Test
  void aLimitThatIsNotAPositiveWholeNumberFailsBeforeItsStatement() {
    var latest = new CallParametersTest_LatestRentalsRepository(jdbi);

    LoadException zero = assertThrows(LoadException.class, () -> latest.bind("n", 0).findAll());
    LoadException text = assertThrows(LoadException.class, () -> latest.bind("n", "3").findAll());

    assertEquals("CallParametersTest_LatestRentalsRepository.findAll: the parameter :n gives the"
        + " limit of CallParametersTest.LatestRentals.latest, so it must be a positive whole"
        + " number, not 0", zero.getMessage());
    assertTrue(text.getMessage().endsWith("not 3"), text.getMessage());
    assertEquals(2, counter.count(), "the roots of both loads, and no collection");
  }

  private static CustomerActivity byKey(List<CustomerActivity> customers, long key) {
    return customers.stream().filter(c -> c.customerId() == key).findFirst().orElseThrow();
  }
}
