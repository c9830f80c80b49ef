package dev.sheaf.benchmarks;

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
 * The whole {@link AuthorGraph} of {@code authors} authors loaded by one {@code loader} from one
 * {@code database}, per operation. Each trial fills a database of its own once; every load runs
 * in a transaction (H2 answers repeated autocommit queries from its result cache). Times are
 * sampled per load, so the report can quote medians; {@link StatementsProfiler} and JMH's
 * {@code gc} profiler add statements and bytes allocated per load.
 *
 * <p>Run it through {@code mvn -pl benchmarks exec:exec@bench}; docs/benchmarks.md has the
 * command its figures come from.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class GraphLoadBenchmark {
  /** The data's seed: every loader and trial of a size sees the same rows. */
  private static final long SEED = 20_240_517L;

  @Param({"h2", "postgresql", "mariadb"})
  public String database;

  @Param({"10", "100", "1000", "10000"})
  public int authors;

  @Param({"naive", "sheaf", "jdbc", "jdbc-keys", "jdbi-reducer", "hibernate", "jooq"})
  public String loader;

  private BenchDatabase.Scratch scratch;
  private GraphFixture fixture;
  private GraphLoader graphLoader;

  @Setup(Level.Trial)
  public void fill() throws Exception {
    BenchDatabase kind = BenchDatabase.named(database);
    scratch = kind.scratch();
    fixture = new GraphFixture(kind, scratch.url());
    fixture.fill(authors, SEED);
    graphLoader = LoaderKind.labelled(loader).open(fixture);
  }

  @Benchmark
  public List<AuthorGraph> load() {
    return graphLoader.load();
  }

  @TearDown(Level.Trial)
  public void drop() throws Exception {
    try (BenchDatabase.Scratch dropped = scratch; GraphFixture closed = fixture;
        GraphLoader unused = graphLoader) {
      // closed in reverse order: the loader, the pool, then the database
    }
  }
}
