package dev.sheaf.examples;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The seed article's scenario on embedded H2: 1,000 authors with their book count and their
 * books, loaded by the naive N+1 loop and by the generated {@link AuthorRepository}.
 */
public final class Main {
  private static final int AUTHORS = 1_000;
  private static final int RUNS = 7;

  private Main() {}

  public static void main(String[] args) {
    Jdbi jdbi = Jdbi.create("jdbc:h2:mem:sheaf-demo;DB_CLOSE_DELAY=-1");
    StatementCounter counter = new StatementCounter();
    jdbi.setSqlLogger(counter);
    jdbi.useHandle(handle -> {
      ArticleSchema.create(handle);
      ArticleSchema.fill(handle, AUTHORS, 42);
    });

    NaiveAuthorLoader naive = new NaiveAuthorLoader(jdbi);
    AuthorRepository authors = new AuthorRepository(jdbi);
    Result naiveResult = measure(counter, naive::findAll);
    Result sheafResult = measure(counter, authors::findAll);

    System.out.printf("Authors with their book count and their books, %,d authors, embedded H2%n",
        AUTHORS);
    System.out.printf("%-22s %12s %16s%n", "loader", "statements", "median ms");
    System.out.printf("%-22s %,12d %16.1f%n", "naive N+1 loop", naiveResult.statements,
        naiveResult.medianMillis);
    System.out.printf("%-22s %,12d %16.1f%n", "Sheaf AuthorRepository", sheafResult.statements,
        sheafResult.medianMillis);
    System.out.printf("same authors, counts and books: %s%n",
        naiveResult.authors.equals(sheafResult.authors));
    Author first = sheafResult.authors.get(0);
    System.out.printf("e.g. %s: %d books %s%n", first.name(), first.numBooks(),
        first.books().stream().map(Book::title).toList());
  }

  /** Statements of one load, and the median time of {@value #RUNS} loads after a warm-up. */
  private static Result measure(StatementCounter counter, Supplier<List<Author>> load) {
    for (int i = 0; i < 3; i++) {
      load.get();
    }
    counter.reset();
    List<Author> authors = load.get();
    long statements = counter.count();
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      load.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Result(authors, statements, millis[RUNS / 2]);
  }

  private record Result(List<Author> authors, long statements, double medianMillis) {}
}
