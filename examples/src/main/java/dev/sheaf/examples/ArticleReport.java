package dev.sheaf.examples;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The report: the seed article's authors with their book count and their books, loaded by the
 * naive N+1 loop and by the generated {@link AuthorRepository}; statements and median times.
 */
final class ArticleReport {
  private static final int RUNS = 7;

  private ArticleReport() {}

  /** Loads the authors of {@code jdbi}'s demo tables both ways, and prints what it cost. */
  static void print(Jdbi jdbi, String database) {
    StatementCounter counter = new StatementCounter();
    jdbi.setSqlLogger(counter);
    NaiveAuthorLoader naive = new NaiveAuthorLoader(jdbi);
    AuthorRepository authors = new AuthorRepository(jdbi);
    Result naiveResult = measure(counter, naive::findAll);
    Result sheafResult = measure(counter, authors::findAll);

    System.out.printf("Authors with their book count and their books, %,d authors, %s%n",
        sheafResult.authors.size(), database);
    System.out.printf("%-22s %12s %16s%n", "loader", "statements", "median ms");
    System.out.printf("%-22s %,12d %16.1f%n", "naive N+1 loop", naiveResult.statements,
        naiveResult.medianMillis);
    System.out.printf("%-22s %,12d %16.1f%n", "Sheaf AuthorRepository", sheafResult.statements,
        sheafResult.medianMillis);
    System.out.printf("same authors, counts and books: %s%n",
        naiveResult.authors.equals(sheafResult.authors));
    if (!sheafResult.authors.isEmpty()) {
      Author first = sheafResult.authors.get(0);
      System.out.printf("e.g. %s: %d books %s%n", first.name(), first.numBooks(),
          first.books().stream().map(Book::title).toList());
    }
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
