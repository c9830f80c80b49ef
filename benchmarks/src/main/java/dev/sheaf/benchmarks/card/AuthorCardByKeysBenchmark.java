package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.BenchDatabase;
import dev.sheaf.benchmarks.GraphFixture;
import dev.sheaf.benchmarks.card.projection.AuthorCard;
import dev.sheaf.benchmarks.card.projection.AuthorCardRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link AuthorCard}s of {@code keys} authors out of 10,000, loaded by {@code findAllById}, other
 * authors at every operation, as an API serving requests loads them. {@link AuthorCardBenchmark}
 * loads the same rows at every operation, so every statement text repeats; here the key sets
 * differ from one load to the next, which is what showed Jdbi parsing each new text of literal
 * keys anew. Run it from the root:
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests exec:exec@card-bench \
 *     -Dcard.bench.args="AuthorCardByKeysBenchmark -rf json -rff target/author-card-keys.json"
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AuthorCardByKeysBenchmark {
  private static final int AUTHORS = 10_000;

  @Param({"h2", "postgresql", "mariadb"})
  public String database;

  @Param({"100", "1000"})
  public int keys;

  private BenchDatabase.Scratch scratch;
  private GraphFixture fixture;
  private AuthorCardRepository repository;
  private SplittableRandom random;

  @Setup(Level.Trial)
  public void fill() throws Exception {
    BenchDatabase kind = BenchDatabase.named(database);
    scratch = kind.scratch();
    fixture = new GraphFixture(kind, scratch.url());
    CardData.fill(fixture, AUTHORS);
    repository = new AuthorCardRepository(fixture.jdbi());
    random = new SplittableRandom(CardData.SEED);
  }

  @Benchmark
  public List<AuthorCard> load() {
    return repository.findAllById(randomKeys());
  }

  /** {@code keys} keys of authors, drawn anew: a set no earlier load is likely to have had. */
  private List<Long> randomKeys() {
    List<Long> drawn = new ArrayList<>(keys);
    for (int i = 0; i < keys; i++) {
      drawn.add(1 + random.nextLong(AUTHORS));
    }
    return drawn;
  }

  @TearDown(Level.Trial)
  public void drop() throws Exception {
    try (BenchDatabase.Scratch dropped = scratch; GraphFixture closed = fixture) {
      // closed in reverse order: the pool, then the database
    }
  }
}
