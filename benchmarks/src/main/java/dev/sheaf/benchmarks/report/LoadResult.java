package dev.sheaf.benchmarks.report;

/**
 * One trial of the load benchmark: a loader on a database at a size.
 *
 * @param medianMillis the median of the sampled load times
 * @param samples how many loads were sampled
 * @param statements statements executed per load
 * @param bytesPerLoad bytes the JVM allocated per load (JMH's {@code gc.alloc.rate.norm})
 */
public record LoadResult(String database, int authors, String loader, double medianMillis,
    long samples, double statements, double bytesPerLoad) {}
