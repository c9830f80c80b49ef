package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.BenchDatabase;
import dev.sheaf.benchmarks.GraphFixture;
import dev.sheaf.benchmarks.card.projection.AuthorCard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times AuthorCard loaders against each other on a noisy machine: one database filled once, then
 * rounds in which each loader runs {@code per} loads in turn (the first loader of a round moves
 * along at each round), so slow spells of the machine fall on every loader alike. Prints each
 * loader's median, quartiles and ratio to the first loader. Before timing, checks that every
 * loader returns the first one's cards ({@link CardDifferences}: averages within a relative
 * 1e-9, everything else exactly).
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests exec:exec@card-alternate \
 *     -Dcard.alternate.args="postgresql 10000 30 5 jdbc sheaf sheaf-parallel"
 * </pre>
 */
public final class CardAlternation {
  private CardAlternation() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println(
          "usage: CardAlternation <database> <authors> <rounds> <loads per turn> <loader>...");
      System.exit(2);
    }
    BenchDatabase database = BenchDatabase.named(args[0]);
    int authors = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    int per = Integer.parseInt(args[3]);
    List<String> labels = List.of(args).subList(4, args.length);
    try (BenchDatabase.Scratch scratch = database.scratch();
        GraphFixture fixture = new GraphFixture(database, scratch.url())) {
      CardData.fill(fixture, authors);
      Map<String, CardLoader> loaders = new LinkedHashMap<>();
      for (String label : labels) {
        loaders.put(label, CardLoaderKind.labelled(label).open(fixture));
      }
      try {
        check(loaders);
        // Warm-up: as many loads as one measured round, twice.
        for (int w = 0; w < 2; w++) {
          for (CardLoader loader : loaders.values()) {
            for (int i = 0; i < per * 3; i++) {
              loader.load();
            }
          }
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        labels.forEach(label -> times.put(label, new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
          for (int turn = 0; turn < labels.size(); turn++) {
            String label = labels.get((round + turn) % labels.size());
            CardLoader loader = loaders.get(label);
            for (int i = 0; i < per; i++) {
              long start = System.nanoTime();
              loader.load();
              times.get(label).add((System.nanoTime() - start) / 1e6);
            }
          }
        }
        double first = median(times.get(labels.get(0)));
        System.out.printf("%s, %,d authors, %d rounds x %d loads, median ms (q1-q3), ratio to %s%n",
            database.label(), authors, rounds, per, labels.get(0));
        for (String label : labels) {
          List<Double> sorted = new ArrayList<>(times.get(label));
          Collections.sort(sorted);
          double median = median(sorted);
          System.out.printf("  %-16s %8.2f  (%.2f-%.2f)  %.3f%n", label, median,
              sorted.get(sorted.size() / 4), sorted.get(sorted.size() * 3 / 4), median / first);
        }
      } finally {
        for (CardLoader loader : loaders.values()) {
          loader.close();
        }
      }
    }
  }

  private static void check(Map<String, CardLoader> loaders) {
    List<String> names = new ArrayList<>(loaders.keySet());
    List<AuthorCard> first = null;
    for (String name : names) {
      List<AuthorCard> cards = loaders.get(name).load();
      if (first == null) {
        first = cards;
        continue;
      }
      String differences = CardDifferences.between(first, cards);
      if (!differences.isEmpty()) {
        throw new IllegalStateException(name + " returned other cards than " + names.get(0)
            + ": " + differences);
      }
    }
  }

  private static double median(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
