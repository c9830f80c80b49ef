package dev.sheaf.benchmarks.card;

import dev.sheaf.benchmarks.card.projection.AuthorCard;
import java.util.List;

/** One way of loading every {@link AuthorCard}: what {@link AuthorCardBenchmark} times. */
public interface CardLoader extends AutoCloseable {
  /** Every author's card, complete, in key order, in one transaction. */
  List<AuthorCard> load();

  /** Releases what the loader built beside the shared pool (Hibernate's session factory). */
  @Override
  default void close() {}
}
