package dev.sheaf.examples.query;

import dev.sheaf.examples.query.CallParametersTest.CustomerActivity;
import dev.sheaf.examples.query.CallParametersTest.LatestRentals;
import dev.sheaf.examples.query.CallParametersTest.PaymentLine;
import dev.sheaf.examples.query.CallParametersTest.RentalBrief;
import dev.sheaf.examples.query.CallParametersTest.RentalLine;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;

/**
 * Customers, their rentals and the rentals' payments, drawn at random, and what a load with
 * given parameters must return, computed here from the same rows. Keys are not named {@code id};
 * some rentals have no customer and some payments no rental. Rental times and payment amounts
 * are all distinct, so every order the DTOs ask for is total.
 */
record RentalStore(List<Customer> customers, List<Rental> rentals, List<Payment> payments) {
  record Customer(long customerId, String name) {}

  record Rental(long rentalId, Long customerId, LocalDateTime rentedAt, String title) {}

  record Payment(long paymentId, Long rentalId, BigDecimal amount) {}

  private static final List<String> NAMES = List.of("Cole", "Adams", "Chen", "Baker", "Cruz",
      "Diaz", "Evans", "Clark");
  private static final List<String> TITLES = List.of("Alien", "Brazil", "Casablanca", "Dune",
      "Heat", "Vertigo");

  static RentalStore random(long seed) {
    Random random = new Random(seed);
    List<Customer> customers = IntStream.rangeClosed(1, 30)
        .mapToObj(i -> new Customer(i, NAMES.get(random.nextInt(NAMES.size())) + " " + i))
        .toList();
    // Distinct minutes of 2024, so no two rentals share a time.
    List<Integer> minutes = new ArrayList<>(IntStream.range(0, 366 * 24 * 60).boxed().toList());
    Collections.shuffle(minutes, random);
    List<Rental> rentals = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      Long customer = random.nextInt(10) == 0 ? null : (long) (1 + random.nextInt(25));
      rentals.add(new Rental(1000 + i, customer,
          LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(minutes.get(i)),
          TITLES.get(random.nextInt(TITLES.size()))));
    }
    // Distinct amounts from 0.01 to 12.00.
    List<Integer> cents = new ArrayList<>(IntStream.rangeClosed(1, 1200).boxed().toList());
    Collections.shuffle(cents, random);
    List<Payment> payments = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Long rental = random.nextInt(12) == 0 ? null : (long) (1000 + random.nextInt(150));
      payments.add(new Payment(50_000 + i, rental, BigDecimal.valueOf(cents.get(i), 2)));
    }
    return new RentalStore(customers, rentals, payments);
  }

  void insert(Handle handle, String timestampType) {
    handle.execute("CREATE TABLE customer (customer_id INT PRIMARY KEY, name VARCHAR(40) NOT NULL)");
    handle.execute("CREATE TABLE rental (rental_id INT PRIMARY KEY, customer_id INT"
        + " REFERENCES customer (customer_id), rented_at " + timestampType + " NOT NULL,"
        + " title VARCHAR(40) NOT NULL)");
    handle.execute("CREATE TABLE payment (payment_id INT PRIMARY KEY, rental_id INT"
        + " REFERENCES rental (rental_id), amount DECIMAL(7, 2) NOT NULL)");
    var customerBatch = handle.prepareBatch("INSERT INTO customer VALUES (?, ?)");
    customers.forEach(c -> customerBatch.add(c.customerId(), c.name()));
    customerBatch.execute();
    var rentalBatch = handle.prepareBatch("INSERT INTO rental VALUES (?, ?, ?, ?)");
    rentals.forEach(r -> rentalBatch.add(r.rentalId(), r.customerId(), r.rentedAt(), r.title()));
    rentalBatch.execute();
    var paymentBatch = handle.prepareBatch("INSERT INTO payment VALUES (?, ?, ?)");
    payments.forEach(p -> paymentBatch.add(p.paymentId(), p.rentalId(), p.amount()));
    paymentBatch.execute();
  }

  /** Every customer as a load must return it for {@code :since} and {@code :min}, in key order. */
  List<CustomerActivity> expected(LocalDateTime since, BigDecimal min) {
    return customers.stream()
        .sorted(Comparator.comparingLong(Customer::customerId))
        .map(customer -> customer(customer, since, min))
        .toList();
  }

  /** Every customer with its {@code n} latest rentals, in key order. */
  List<LatestRentals> latest(int n) {
    return customers.stream()
        .sorted(Comparator.comparingLong(Customer::customerId))
        .map(customer -> new LatestRentals(customer.customerId(), rentals.stream()
            .filter(r -> Objects.equals(r.customerId(), customer.customerId()))
            .sorted(Comparator.comparing(Rental::rentedAt).reversed())
            .limit(n)
            .map(r -> new RentalBrief(r.rentalId(), r.title()))
            .toList()))
        .toList();
  }

  private CustomerActivity customer(Customer customer, LocalDateTime since, BigDecimal min) {
    List<Rental> own = rentals.stream()
        .filter(r -> Objects.equals(r.customerId(), customer.customerId()))
        .toList();
    List<RentalLine> recent = own.stream()
        .filter(r -> !r.rentedAt().isBefore(since))
        .sorted(Comparator.comparing(Rental::rentedAt).reversed())
        .map(r -> rental(r, min))
        .toList();
    List<String> olderTitles = own.stream()
        .filter(r -> r.rentedAt().isBefore(since))
        .map(Rental::title)
        .sorted()
        .toList();
    return new CustomerActivity(customer.customerId(), customer.name(), recent.size(),
        !recent.isEmpty(), recent, olderTitles);
  }

  private RentalLine rental(Rental rental, BigDecimal min) {
    // amount >= NULL holds for no row.
    List<PaymentLine> big = min == null ? List.of() : payments.stream()
        .filter(p -> Objects.equals(p.rentalId(), rental.rentalId()))
        .filter(p -> p.amount().compareTo(min) >= 0)
        .sorted(Comparator.comparing(Payment::amount).reversed())
        .map(p -> new PaymentLine(p.paymentId(), p.amount()))
        .toList();
    return new RentalLine(rental.rentalId(), rental.title(), big.size(), big);
  }
}
