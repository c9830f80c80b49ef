package dev.sheaf.benchmarks;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting the statements executed per operation, as counted by every
 * {@link CountingDataSource} of the benchmark's JVM: {@code -prof
 * dev.sheaf.benchmarks.StatementsProfiler}. Per operation as JMH's {@code gc} profiler
 * divides its bytes: by all the operations of the iteration.
 */
public final class StatementsProfiler implements InternalProfiler {
  private long before;

  @Override
  public String getDescription() {
    return "SQL statements executed per operation, counted at the JDBC level";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    before = CountingDataSource.executedInJvm();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmark,
      IterationParams iteration, IterationResult result) {
    long operations = result.getMetadata().getAllOps();
    double perOperation = operations == 0
        ? Double.NaN
        : (double) (CountingDataSource.executedInJvm() - before) / operations;
    return List.of(
        new ScalarResult("statements", perOperation, "statements/op", AggregationPolicy.AVG));
  }
}
