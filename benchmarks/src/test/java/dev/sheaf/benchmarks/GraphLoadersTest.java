package dev.sheaf.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.examples.DemoSchema;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The benchmark compares like with like: on every database, all its loaders return equal graphs
 * (authors, books and reviews in key order, tags by name), each in the number of statements the
 * report states for it, counted by the one {@link CountingDataSource} they all share.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class GraphLoadersTest {
  private static final int AUTHORS = 40;

  @Parameter
  TestDatabase database;

  @Test
  void everyLoaderReturnsTheNaiveLoopsGraphInItsOwnNumberOfStatements() throws Exception {
    try (ScratchDatabase scratch = database.fresh("graph");
        GraphFixture fixture = new GraphFixture(benchDatabase(), scratch.url())) {
      DemoSchema.Size size = fixture.fill(AUTHORS, 11);
      Map<LoaderKind, Long> statements = Map.of(
          LoaderKind.NAIVE, 1 + 2L * AUTHORS + 2 * size.books(),
          LoaderKind.SHEAF, 4L,
          LoaderKind.JDBC, 4L,
          LoaderKind.JDBC_BY_KEYS, 4L,
          LoaderKind.JDBI_REDUCER, 1L,
          LoaderKind.HIBERNATE, 4L,
          LoaderKind.JOOQ, 1L);

      List<AuthorGraph> expected = load(fixture, LoaderKind.NAIVE, statements.get(LoaderKind.NAIVE));
      assertEquals(AUTHORS, expected.size());
      assertTrue(expected.stream().anyMatch(a -> a.bookCount() == 0), "an author without books");
      assertTrue(expected.stream().flatMap(a -> a.books().stream())
              .anyMatch(b -> b.reviews().size() >= 2 && b.tags().size() >= 2),
          "a book with several reviews and several tags, which a join multiplies");
      for (LoaderKind kind : LoaderKind.values()) {
        assertEquals(expected, load(fixture, kind, statements.get(kind)), kind.label());
      }
    }
  }

  @Test
  void noAuthorsTakeOneStatementWhateverTheLoader() throws Exception {
    try (ScratchDatabase scratch = database.fresh("graph");
        GraphFixture fixture = new GraphFixture(benchDatabase(), scratch.url())) {
      fixture.fill(0, 11);
      for (LoaderKind kind : LoaderKind.values()) {
        assertEquals(List.of(), load(fixture, kind, 1), kind.label());
      }
    }
  }

  /** One load by {@code kind}, after a first one that warms it, asserting its statements. */
  private static List<AuthorGraph> load(GraphFixture fixture, LoaderKind kind, long statements) {
    try (GraphLoader loader = kind.open(fixture)) {
      loader.load();
      fixture.dataSource().reset();
      List<AuthorGraph> graphs = loader.load();
      assertEquals(statements, fixture.dataSource().count(), kind.label() + ": statements");
      return graphs;
    }
  }

  private BenchDatabase benchDatabase() {
    return BenchDatabase.valueOf(database.name());
  }
}
