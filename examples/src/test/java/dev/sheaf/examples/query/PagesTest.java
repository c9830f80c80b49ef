package dev.sheaf.examples.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.Aggregate;
import dev.sheaf.Projection;
import dev.sheaf.examples.StatementCounter;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import dev.sheaf.examples.query.RentalStore.Payment;
import dev.sheaf.examples.query.RentalStore.Rental;
import dev.sheaf.runtime.ResultPage;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pages of a root query: with their total (root rows only, never the payments joined below), by
 * offset, and by cursor in the query's order with the key breaking ties; on every database,
 * against an oracle computed in Java from the rows inserted. The titles repeat, so an order by
 * title alone would not be total: the key must decide.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class PagesTest {
  @Projection(table = "payment", key = "payment_id")
  record Paid(long paymentId, BigDecimal amount) {}

  @Projection(table = "rental", key = "rental_id")
  record RentalCard(long rentalId, String title, LocalDateTime rentedAt, Long customerId,
      @Aggregate(foreignKey = "rental_id", orderBy = "amount") List<Paid> payments) {}

  /** The rentals, then their payments. */
  private static final int STATEMENTS = 2;

  @Parameter
  TestDatabase database;

  private ScratchDatabase scratch;
  private Jdbi jdbi;
  private final StatementCounter counter = new StatementCounter();
  private final List<String> rootStatements = new ArrayList<>();
  private RentalStore store;
  private PagesTest_RentalCardRepository rentals;

  @BeforeEach
  void createRows() {
    scratch = database.fresh("pages");
    jdbi = scratch.jdbi();
    store = RentalStore.random(20261206L);
    jdbi.useTransaction(handle -> store.insert(handle, database.timestampType()));
    jdbi.setSqlLogger(new SqlLogger() {
      @Override
      public void logAfterExecution(StatementContext context) {
        counter.logAfterExecution(context);
        String sql = context.getRenderedSql();
        if (sql.contains("FROM rental") && !sql.contains("COUNT(*)")) {
          rootStatements.add(sql);
        }
      }
    });
    rentals = new PagesTest_RentalCardRepository(jdbi);
  }

  @AfterEach
  void dropRows() {
    if (scratch != null) {
      scratch.close();
    }
  }

  @Test
  void anOffsetPageCountsTheRootRowsItsConditionSelects() {
    ResultPage<RentalCard> page = rentals.query()
        .where("title IN ('Dune', 'Heat')").orderBy("title DESC, rented_at")
        .limit(10).offset(10).page();

    List<RentalCard> all = expected(r -> List.of("Dune", "Heat").contains(r.title()),
        Comparator.comparing(Rental::title).reversed().thenComparing(Rental::rentedAt));
    assertEquals(all.subList(10, 20), page.items());
    // Rentals, not the payments below them: the total is not that of a join.
    assertEquals(all.size(), page.total());
    assertTrue(all.size() > 20 && page.hasNext());
    assertEquals(STATEMENTS + 1, counter.count());
  }

  @Test
  void aFirstPageThatIsNotFullIsItsOwnTotal() {
    ResultPage<RentalCard> page = rentals.query().where("title = 'Alien'").limit(1_000).page();

    List<RentalCard> all = expected(r -> r.title().equals("Alien"),
        Comparator.comparingLong(Rental::rentalId));
    assertEquals(all, page.items());
    assertEquals(all.size(), page.total());
    assertFalse(page.hasNext());
    assertEquals(STATEMENTS, counter.count(), "no statement counts what the page shows");
  }

  @Test
  void theLastOffsetPageEndsAtTheTotal() {
    int size = expected(r -> true, Comparator.comparingLong(Rental::rentalId)).size();

    ResultPage<RentalCard> page = rentals.query().limit(10).offset(size - 10).page();

    assertEquals(10, page.items().size());
    assertEquals(size, page.total());
    assertFalse(page.hasNext());
  }

  @Test
  void cursorsWalkEveryRowOnceInTheQuerysOrderWithTheKeyBreakingTies() {
    List<RentalCard> all = expected(r -> true,
        Comparator.comparing(Rental::title).reversed().thenComparingLong(Rental::rentalId));

    List<RentalCard> walked = new ArrayList<>();
    ResultPage<RentalCard> page = rentals.query().orderBy("title DESC").limit(40).page();
    walked.addAll(page.items());
    int pages = 1;
    while (page.hasNext()) {
      counter.reset();
      page = rentals.query().orderBy("title DESC").limit(40).after(page.next()).page();
      walked.addAll(page.items());
      pages++;
      assertEquals(all.size(), page.total());
      assertTrue(counter.count() <= STATEMENTS + 1);
    }

    assertEquals(all, walked);
    assertEquals((all.size() + 39) / 40 + (all.size() % 40 == 0 ? 1 : 0), pages);
    // The database seeks to the cursor: no page reads rows to skip them.
    assertEquals(pages, rootStatements.size());
    assertTrue(rootStatements.stream().noneMatch(sql -> sql.contains("OFFSET")), rootStatements
        .get(0));
    assertTrue(rootStatements.get(1).contains(":sheaf_cursor_0"), rootStatements.get(1));
  }

  @Test
  void cursorsFollowSeveralColumnsEachItsWay() {
    Predicate<Rental> some = r -> !r.title().equals("Alien");
    List<RentalCard> all = expected(some, Comparator.comparing(Rental::title)
        .thenComparing(Rental::rentedAt, Comparator.reverseOrder()));
    String where = "title <> 'Alien'";
    String order = "title ASC, rented_at DESC";

    List<RentalCard> walked = new ArrayList<>();
    ResultPage<RentalCard> page = rentals.query().where(where).orderBy(order).limit(25).page();
    walked.addAll(page.items());
    while (page.hasNext()) {
      page = rentals.query().where(where).orderBy(order).limit(25).after(page.next()).page();
      walked.addAll(page.items());
    }

    assertEquals(all, walked);
  }

  @Test
  void aListAfterACursorIsThePageWithoutItsTotal() {
    ResultPage<RentalCard> first = rentals.query().orderBy("rented_at DESC").limit(30).page();
    counter.reset();

    List<RentalCard> second =
        rentals.query().orderBy("rented_at DESC").limit(30).after(first.next()).list();

    List<RentalCard> all = expected(r -> true,
        Comparator.comparing(Rental::rentedAt, Comparator.reverseOrder()));
    assertEquals(all.subList(30, 60), second);
    assertEquals(STATEMENTS, counter.count());
  }

  @Test
  void aRowWithANullInTheOrderGivesNoCursor() {
    ResultPage<RentalCard> page = rentals.query().where("customer_id IS NULL")
        .orderBy("customer_id").limit(2).page();

    assertEquals(2, page.items().size());
    assertTrue(page.hasNext());
    assertNull(page.next());
  }

  @Test
  void anOrderByAnExpressionPagesByOffsetOnly() {
    ResultPage<RentalCard> page = rentals.query().orderBy("LOWER(title), rental_id").limit(5).page();

    assertEquals(5, page.items().size());
    assertNull(page.next());
    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
        () -> rentals.query().orderBy("LOWER(title)").limit(5).after("bA").page());
    assertTrue(failure.getMessage().startsWith("PagesTest_RentalCardRepository.query: keyset"
        + " pages need an order of columns, each ASC or DESC"), failure.getMessage());
  }

  @Test
  void aCursorOfAnotherOrderOrBesideAnOffsetIsRefusedBeforeAnyStatement() {
    String cursor = rentals.query().orderBy("title").limit(5).page().next();
    assertNotNull(cursor);
    counter.reset();

    IllegalArgumentException otherOrder = assertThrows(IllegalArgumentException.class,
        () -> rentals.query().limit(5).after(cursor).page());
    IllegalArgumentException withOffset = assertThrows(IllegalArgumentException.class,
        () -> rentals.query().orderBy("title").limit(5).offset(5).after(cursor).page());
    assertThrows(IllegalArgumentException.class,
        () -> rentals.query().orderBy("title").after("not a cursor!").page());

    assertTrue(otherOrder.getMessage().contains("came from a query with another order"),
        otherOrder.getMessage());
    assertEquals("PagesTest_RentalCardRepository.query: a page after a cursor starts there;"
        + " drop offset(5)", withOffset.getMessage());
    assertEquals(0, counter.count());
  }

  /** The rentals {@code which} keeps, in {@code order}, as the repository builds them. */
  private List<RentalCard> expected(Predicate<Rental> which, Comparator<Rental> order) {
    return store.rentals().stream()
        .filter(which)
        .sorted(order)
        .map(r -> new RentalCard(r.rentalId(), r.title(), r.rentedAt(), r.customerId(),
            store.payments().stream()
                .filter(p -> Objects.equals(p.rentalId(), r.rentalId()))
                .sorted(Comparator.comparing(Payment::amount))
                .map(p -> new Paid(p.paymentId(), p.amount()))
                .toList()))
        .toList();
  }
}
