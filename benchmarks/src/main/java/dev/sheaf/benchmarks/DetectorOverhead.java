package dev.sheaf.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sheaf.detector.NPlusOneDetector;
import dev.sheaf.examples.ArticleSchema;
import dev.sheaf.examples.AuthorRepository;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * What the N+1 detector costs a load that has no N+1: the article's {@link AuthorRepository} on
 * 1,000 authors in embedded H2, through one pool, by a Jdbi without the detector and one with it
 * (installed as in production: a warning at 10 runs). {@code findAll} loads every author, 2
 * statements; {@code findById} one, 2 statements on a few rows, where the detector's cost per
 * handle and statement weighs most.
 *
 * <p>The two are timed in alternating blocks of loads, in one JVM after a warm-up, so a change in
 * the machine's other load falls on both alike (this machine is shared; a JMH run times one
 * variant after the other). Loads run in transactions, so H2's result cache answers none.
 *
 * <p>{@code mvn -B -q -pl benchmarks -am package -DskipTests exec:exec@detector-overhead};
 * docs/benchmarks.md has the figures.
 */
public final class DetectorOverhead {
  private static final int AUTHORS = 1_000;
  private static final long SEED = 20_240_517L;
  private static final long SOME_AUTHOR = 500;
  private static final int WARMUP_ROUNDS = 100;
  private static final int ROUNDS = 100;
  private static final int LOADS_PER_BLOCK = 50;

  private DetectorOverhead() {}

  public static void main(String[] args) throws Exception {
    try (BenchDatabase.Scratch scratch = BenchDatabase.H2.scratch();
        HikariDataSource pool = pool(scratch.url())) {
      Jdbi plain = Jdbi.create(pool);
      plain.useTransaction(handle -> {
        ArticleSchema.create(handle);
        ArticleSchema.fill(handle, AUTHORS, SEED);
      });
      Jdbi detected = Jdbi.create(pool).installPlugin(NPlusOneDetector.logging(10));
      AuthorRepository without = new AuthorRepository(plain);
      AuthorRepository with = new AuthorRepository(detected);
      if (!without.findAll().equals(with.findAll())) {
        throw new IllegalStateException("the two Jdbis loaded different authors");
      }
      Supplier<?> allWithout = without::findAll;
      Supplier<?> allWith = with::findAll;
      Supplier<?> oneWithout = () -> without.findById(SOME_AUTHOR);
      Supplier<?> oneWith = () -> with.findById(SOME_AUTHOR);
      // Both loads warm up before either is timed: they share most of their code.
      time(allWithout, allWith, WARMUP_ROUNDS);
      time(oneWithout, oneWith, WARMUP_ROUNDS);

      System.out.printf(Locale.ROOT, "%-9s %10s %10s %10s %10s %9s%n", "load", "off µs",
          "on µs", "off p90", "on p90", "on/off");
      compare("findAll", allWithout, allWith);
      compare("findById", oneWithout, oneWith);
      System.out.printf(Locale.ROOT, "%,d timed loads per cell, in alternating blocks of %d,"
          + " after %,d of each to warm up%n", ROUNDS * LOADS_PER_BLOCK, LOADS_PER_BLOCK,
          WARMUP_ROUNDS * LOADS_PER_BLOCK);
    }
  }

  private static void compare(String name, Supplier<?> off, Supplier<?> on) {
    long[][] times = time(off, on, ROUNDS);
    double offMedian = percentile(times[0], 0.5);
    double onMedian = percentile(times[1], 0.5);
    System.out.printf(Locale.ROOT, "%-9s %10.1f %10.1f %10.1f %10.1f %9.3f%n", name, offMedian,
        onMedian, percentile(times[0], 0.9), percentile(times[1], 0.9), onMedian / offMedian);
  }

  /** Nanoseconds per load, without ([0]) and with ([1]) the detector, in alternating blocks. */
  private static long[][] time(Supplier<?> off, Supplier<?> on, int rounds) {
    int loads = rounds * LOADS_PER_BLOCK;
    long[][] times = {new long[loads], new long[loads]};
    for (int round = 0; round < rounds; round++) {
      // Each goes first in every other round.
      boolean offFirst = round % 2 == 0;
      block(offFirst ? off : on, times[offFirst ? 0 : 1], round);
      block(offFirst ? on : off, times[offFirst ? 1 : 0], round);
    }
    return times;
  }

  private static void block(Supplier<?> load, long[] times, int round) {
    for (int i = 0; i < LOADS_PER_BLOCK; i++) {
      long start = System.nanoTime();
      Object loaded = load.get();
      times[round * LOADS_PER_BLOCK + i] = System.nanoTime() - start;
      if (loaded == null) {
        throw new IllegalStateException("nothing loaded");
      }
    }
  }

  /** The value at {@code rank} (0.5: the median) of {@code nanos}, in microseconds. */
  private static double percentile(long[] nanos, double rank) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.round(rank * (sorted.length - 1))] / 1_000.0;
  }

  private static HikariDataSource pool(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(2);
    config.setPoolName("sheaf-detector-overhead");
    return new HikariDataSource(config);
  }
}
