package dev.sheaf.examples.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sheaf.examples.compare.SameValues;
import dev.sheaf.examples.library.AuthorProfileRepository;
import dev.sheaf.examples.library.BookCardRepository;
import dev.sheaf.examples.library.CountryCardRepository;
import dev.sheaf.examples.library.PublisherCardRepository;
import dev.sheaf.examples.library.ReaderCardRepository;
import dev.sheaf.examples.library.Statements;
import dev.sheaf.examples.library.TagCardRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential test's graphs (library.DifferentialTest), on real replicas: the library is
 * written through the primary and replayed on the replica, then every root DTO is loaded through
 * the reads route ({@code SheafConfig.setReads}) and must equal the primary's own load and the
 * naive oracle's, at exactly the statements the repository states, all of them run on the
 * route's connections and none on the primary's; {@code findAll} and {@code findAllById}, at 20
 * authors and at 300.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(ReplicaPair.class)
class ReplicaDifferentialTest {
  private static final int SMALL = 20;
  private static final int LARGE = 300;
  /** As library.DifferentialTest compares: averages within a relative 1e-9, the rest exactly. */
  private static final SameValues VALUES = SameValues.withDecimalAverages("averagePrice");

  @Parameter
  ReplicaPair pair;

  static Stream<Arguments> libraries() {
    return Stream.of(
        Arguments.of(1L, SMALL), Arguments.of(2L, SMALL), Arguments.of(3L, SMALL),
        Arguments.of(1L, LARGE), Arguments.of(2L, LARGE));
  }

  @ParameterizedTest(name = "seed {0}, {1} authors")
  @MethodSource("libraries")
  @Timeout(120)
  void everyGraphLoadsThroughTheReplicaAsFromThePrimary(long seed, int size) {
    try (ReplicaLibrary library = ReplicaLibrary.create(pair, size, seed)) {
      var oracle = library.oracle;
      List<?> authors = compare(library, "AuthorProfile", Statements.AUTHOR_PROFILE,
          Statements::authors, oracle::authors, oracle::authors, AuthorProfileRepository::new,
          AuthorProfileRepository::findAll, AuthorProfileRepository::findAllById,
          library.keys.authors(), -1L, seed);
      assertEquals(size, authors.size());
      compare(library, "BookCard", Statements.BOOK_CARD, Statements::books, oracle::books,
          oracle::books, BookCardRepository::new, BookCardRepository::findAll,
          BookCardRepository::findAllById, library.keys.books(), 1L, seed);
      compare(library, "TagCard", Statements.TAG_CARD, Statements::tags, oracle::tags,
          oracle::tags, TagCardRepository::new, TagCardRepository::findAll,
          TagCardRepository::findAllById, library.keys.tags(), 4, seed);
      compare(library, "CountryCard", Statements.COUNTRY_CARD, Statements::countries,
          oracle::countries, oracle::countries, CountryCardRepository::new,
          CountryCardRepository::findAll, CountryCardRepository::findAllById,
          library.keys.countries(), "XX", seed);
      compare(library, "ReaderCard", Statements.READER_CARD, Statements::readers,
          oracle::readers, oracle::readers, ReaderCardRepository::new,
          ReaderCardRepository::findAll, ReaderCardRepository::findAllById,
          library.keys.readers(), new UUID(0, 42), seed);
      compare(library, "PublisherCard", Statements.PUBLISHER_CARD, Statements::publishers,
          oracle::publishers, oracle::publishers, PublisherCardRepository::new,
          PublisherCardRepository::findAll, PublisherCardRepository::findAllById,
          library.keys.publishers(), 0L, seed);
    }
  }

  /**
   * {@code findAll} through the route against the oracle and the primary's own load, at the full
   * cost, every statement on the route; then {@code findAllById} on a random third of the keys
   * (shuffled, with an unknown key and a repeated one), likewise. Returns the routed
   * {@code findAll}.
   */
  private static <R, K, T> List<T> compare(ReplicaLibrary library, String dto, int fullCost,
      Function<List<T>, Integer> cost, Supplier<List<T>> oracleAll,
      Function<Collection<K>, List<T>> oracleByKeys, Function<Jdbi, R> repositoryOn,
      Function<R, List<T>> findAll, BiFunction<R, Collection<K>, List<T>> findAllById,
      List<K> keys, K unknown, long seed) {
    R onPrimary = repositoryOn.apply(library.primary);
    R routed = repositoryOn.apply(library.routed);

    List<T> expected = oracleAll.get();
    List<T> primaryAll = findAll.apply(onPrimary);
    library.resetCounts();
    List<T> all = findAll.apply(routed);
    String load = dto + "Repository.findAll() through the route";
    assertRouted(library, fullCost, load);
    VALUES.assertSame(expected, all, load + ", against the oracle");
    VALUES.assertSame(primaryAll, all, load + ", against the primary's load");
    assertEquals(fullCost, cost.apply(expected), "the data reaches every level of " + dto);

    List<K> subset = new ArrayList<>(keys);
    Collections.shuffle(subset, new Random(seed));
    subset = new ArrayList<>(subset.subList(0, Math.max(1, keys.size() / 3)));
    subset.add(subset.size() / 2, unknown);
    subset.add(subset.get(0));
    List<T> expectedSome = oracleByKeys.apply(subset);
    List<T> primarySome = findAllById.apply(onPrimary, subset);
    library.resetCounts();
    List<T> some = findAllById.apply(routed, subset);
    load = dto + "Repository.findAllById(" + subset + ") through the route";
    assertRouted(library, cost.apply(expectedSome), load);
    VALUES.assertSame(expectedSome, some, load + ", against the oracle");
    VALUES.assertSame(primarySome, some, load + ", against the primary's load");
    assertEquals(Math.max(1, keys.size() / 3), some.size());
    return all;
  }

  /** The load since the last reset ran {@code statements} statements, all on the route. */
  private static void assertRouted(ReplicaLibrary library, long statements, String load) {
    assertEquals(statements, library.onReads.count(), load + ": statements on the replica");
    assertEquals(0, library.onRouted.count(), load + ": statements on the repository's Jdbi");
    assertEquals(0, library.onPrimary.count(), load + ": statements on the primary");
  }
}
