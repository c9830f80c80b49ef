package dev.sheaf.examples.library;

import static dev.sheaf.examples.library.DifferentialTest.assertSameElements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.examples.db.TestDatabase;
import dev.sheaf.runtime.LoadException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Streams of the full-feature tree in chunks: every row once, in key order, each chunk complete
 * and costing the statements of one load of its rows; with a condition, a limit and an offset;
 * on a caller's handle; on every database.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class StreamTest {
  private static final int AUTHORS = 60;

  @Parameter
  TestDatabase database;

  private Library library;
  private AuthorProfileRepository authors;
  private List<AuthorProfile> allAuthors;

  @BeforeEach
  void createLibrary() {
    library = Library.create(database, AUTHORS, 5);
    authors = new AuthorProfileRepository(library.jdbi);
    allAuthors = library.oracle.authors();
    library.statements();
  }

  @AfterEach
  void dropLibrary() {
    if (library != null) {
      library.close();
    }
  }

  @Test
  void everyRowOnceInKeyOrderEachChunkAtTheCostOfOneLoad() {
    // 60 rows in chunks of 7: 8 full chunks and a short one, which ends the stream.
    List<AuthorProfile> streamed =
        authors.query().chunkSize(7).withStream(stream -> stream.toList());

    assertSameElements(allAuthors, streamed, "the stream");
    assertEquals(costInChunks(allAuthors, 7), library.statements());
  }

  @Test
  void whenTheLastChunkIsFullOneMoreRootStatementFindsTheEnd() {
    List<AuthorProfile> streamed =
        authors.query().chunkSize(10).withStream(stream -> stream.toList());

    assertSameElements(allAuthors, streamed, "the stream");
    assertEquals(costInChunks(allAuthors, 10) + 1, library.statements());
  }

  @Test
  void aConditionALimitAndAnOffsetApplyToTheWholeStream() {
    List<AuthorProfile> expected = allAuthors.stream()
        .filter(a -> "NZ".equals(a.country()) || "JP".equals(a.country()))
        .skip(2)
        .limit(9)
        .toList();
    assertTrue(expected.size() == 9, "the data has enough authors in NZ and JP");

    List<AuthorProfile> streamed = authors.query()
        .where("country_code IN (:a, :b)").bind("a", "NZ").bind("b", "JP")
        .offset(2).limit(9).chunkSize(4)
        .withStream(stream -> stream.toList());

    assertSameElements(expected, streamed, "the stream");
    // Chunks of 4, 4 and 1: the limit ends the stream without a statement to find the end.
    assertEquals(costInChunks(expected, 4), library.statements());
  }

  @Test
  void theStreamIsLazyAndStopsLoadingWhenTheCallerStops() {
    List<AuthorProfile> firstTen =
        authors.query().chunkSize(5).withStream(stream -> stream.limit(10).toList());

    assertSameElements(allAuthors.subList(0, 10), firstTen, "the first ten");
    assertEquals(costInChunks(allAuthors.subList(0, 10), 5), library.statements(),
        "two chunks loaded, not twelve");
  }

  @Test
  void anOrderIsRefusedBecauseAStreamReadsInKeyOrder() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> authors.query().orderBy("name").useStream(stream -> stream.count()));

    assertTrue(e.getMessage().startsWith("AuthorProfileRepository.query: a stream reads in key"
        + " order; drop orderBy(\"name\")"), e.getMessage());
    assertEquals(0, library.statements());
  }

  @Test
  void aStreamOnTheCallersHandleRunsInItsTransaction() {
    List<AuthorProfile> streamed = new ArrayList<>();
    library.jdbi.useHandle(handle -> {
      handle.begin();
      authors.attach(handle).query().chunkSize(25).useStream(stream -> stream.forEach(streamed::add));
      assertTrue(handle.isInTransaction(), "the caller's transaction is still open");
      handle.rollback();
    });

    assertSameElements(allAuthors, streamed, "the stream");
  }

  @Test
  void aFailureInAChunkNamesTheStatement() {
    library.jdbi.useHandle(handle -> handle.execute("DROP TABLE comment"));

    LoadException e = assertThrows(LoadException.class,
        () -> authors.query().chunkSize(7).useStream(stream -> stream.count()));

    assertTrue(e.getMessage().startsWith("AuthorProfileRepository.query: statement 3 of "
        + Statements.AUTHOR_PROFILE + " (BookCard.reviews) failed"), e.getMessage());
  }

  /** The statements of loading {@code rows} one chunk of {@code size} at a time. */
  private static int costInChunks(List<AuthorProfile> rows, int size) {
    int statements = 0;
    for (int from = 0; from < rows.size(); from += size) {
      statements += Statements.authors(rows.subList(from, Math.min(rows.size(), from + size)));
    }
    return statements;
  }
}
