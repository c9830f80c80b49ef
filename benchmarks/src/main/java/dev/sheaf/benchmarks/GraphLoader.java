package dev.sheaf.benchmarks;

import java.util.List;

/** One way of loading every {@link AuthorGraph}: what the benchmark times, one load per call. */
public interface GraphLoader extends AutoCloseable {
  /** Every author, complete, in key order, in one transaction. */
  List<AuthorGraph> load();

  /** Releases what the loader built beside the shared pool (Hibernate's session factory). */
  @Override
  default void close() {}
}
