package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.BenchDatabase;
import dev.sheaf.benchmarks.GraphFixture;
import dev.sheaf.benchmarks.StatementsProfiler;
import dev.sheaf.benchmarks.card.projection.AuthorCard;
import java.util.List;
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
 * Every {@link AuthorCard} of {@code authors} authors loaded by one {@code loader} from one
 * {@code database}, per operation; the twin of {@code GraphLoadBenchmark} for DESIGN.md's graph.
 * Each trial fills a database of its own once; every load runs in a transaction (H2 answers
 * repeated autocommit queries from its result cache). Times are sampled per load, so the report
 * can quote medians; {@link StatementsProfiler} and JMH's {@code gc} profiler add statements and
 * bytes allocated per load.
 *
 * <p>Run it, then its report ({@link AuthorCardReport}), from the root:
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests exec:exec@card-bench exec:exec@card-report
 * </pre>
 *
 * <p>A short run of some trials passes JMH's options in {@code card.bench.args}, for example
 * {@code -Dcard.bench.args="AuthorCardBenchmark -p database=h2 -p authors=1000 -p
 * loader=sheaf,jdbc -f 1 -wi 1 -i 2 -r 1 -w 1 -prof dev.sheaf.benchmarks.StatementsProfiler
 * -rf json -rff target/author-card.json"}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AuthorCardBenchmark {
  @Param({"h2", "postgresql", "mariadb"})
  public String database;

  @Param({"10", "100", "1000", "10000"})
  public int authors;

  /**
   * {@code sheaf-parallel} is Sheaf with 2 extra connections that share the load's snapshot
   * (PostgreSQL; elsewhere the same as {@code sheaf}).
   */
  @Param({"naive", "sheaf", "sheaf-parallel", "jdbc", "jdbi-reducer", "hibernate", "jooq"})
  public String loader;

  private BenchDatabase.Scratch scratch;
  private GraphFixture fixture;
  private CardLoader cardLoader;

  @Setup(Level.Trial)
  public void fill() throws Exception {
    BenchDatabase kind = BenchDatabase.named(database);
    scratch = kind.scratch();
    fixture = new GraphFixture(kind, scratch.url());
    CardData.fill(fixture, authors);
    cardLoader = CardLoaderKind.labelled(loader).open(fixture);
    // Like with like: this loader's cards are the reference's before either is timed (the
    // reference is checked against the naive loop on every build, CardLoadersTest).
    try (CardLoader reference = CardLoaderKind.JDBC.open(fixture)) {
      String differences = CardDifferences.between(reference.load(), cardLoader.load());
      if (!differences.isEmpty()) {
        throw new IllegalStateException(loader + " returned other cards than the reference on "
            + database + " at " + authors + " authors: " + differences);
      }
    }
  }

  @Benchmark
  public List<AuthorCard> load() {
    return cardLoader.load();
  }

  @TearDown(Level.Trial)
  public void drop() throws Exception {
    try (BenchDatabase.Scratch dropped = scratch; GraphFixture closed = fixture;
        CardLoader unused = cardLoader) {
      // closed in reverse order: the loader, the pool, then the database
    }
  }
}
