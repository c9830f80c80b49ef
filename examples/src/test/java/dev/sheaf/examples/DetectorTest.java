package dev.sheaf.examples;

import static dev.sheaf.test.StatementAssertions.assertStatements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sheaf.detector.NPlusOneDetector;
import dev.sheaf.detector.RepeatedStatement;
import dev.sheaf.detector.RepeatedStatementException;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The N+1 detector on the article's two loaders, on every database: the naive loop is reported,
 * once per statement it repeats, at the line that runs it; Sheaf's repository is not.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class DetectorTest {
  private static final int AUTHORS = 30;
  private static final int THRESHOLD = 10;

  @Parameter
  TestDatabase database;

  @Test
  void reportsTheNaiveLoopsTwoRepeatedStatementsWhereTheyRun() {
    try (ScratchDatabase scratch = database.fresh("detector")) {
      Jdbi jdbi = filled(scratch);
      List<RepeatedStatement> reports = new CopyOnWriteArrayList<>();
      jdbi.installPlugin(NPlusOneDetector.reportingTo(THRESHOLD, reports::add));

      List<Author> authors =
          assertStatements(jdbi, 1 + 2 * AUTHORS, new NaiveAuthorLoader(jdbi)::findAll);

      assertEquals(AUTHORS, authors.size());
      assertEquals(List.of(
              "SELECT COUNT(*) FROM book WHERE author_id = :author",
              "SELECT id, title FROM book WHERE author_id = :author ORDER BY id"),
          reports.stream().map(RepeatedStatement::sql).toList());
      assertEquals(List.of(THRESHOLD, THRESHOLD),
          reports.stream().map(RepeatedStatement::count).toList());
      assertEquals(List.of("countBooks", "books"), reports.stream()
          .map(report -> report.calledFrom().orElseThrow())
          .peek(frame -> assertEquals(NaiveAuthorLoader.class.getName(), frame.getClassName()))
          .map(StackTraceElement::getMethodName)
          .toList());
    }
  }

  @Test
  void sheafsLoadsOfTheSameAuthorsAreNotReported() {
    try (ScratchDatabase scratch = database.fresh("detector")) {
      Jdbi jdbi = filled(scratch);
      List<Author> expected = new NaiveAuthorLoader(jdbi).findAll();
      // A report would throw, failing the load; the threshold is the lowest there is.
      jdbi.installPlugin(NPlusOneDetector.throwing(2));
      AuthorRepository repository = new AuthorRepository(jdbi);

      List<Author> all =
          assertStatements(jdbi, AuthorRepository.STATEMENTS, repository::findAll);
      List<Author> byId = assertStatements(jdbi, AuthorRepository.STATEMENTS,
          () -> repository.findAllById(LongStream.rangeClosed(1, AUTHORS).boxed().toList()));
      List<Author> page = assertStatements(jdbi, AuthorRepository.STATEMENTS,
          () -> repository.query().where("id > :after").bind("after", 10).orderBy("id").list());

      assertEquals(expected, all);
      assertEquals(expected, byId);
      assertEquals(expected.subList(10, AUTHORS), page);
      // And the same Jdbi does throw on the naive loop.
      assertThrows(RepeatedStatementException.class, new NaiveAuthorLoader(jdbi)::findAll);
    }
  }

  private static Jdbi filled(ScratchDatabase scratch) {
    Jdbi jdbi = scratch.jdbi();
    jdbi.useTransaction(handle -> {
      ArticleSchema.create(handle);
      ArticleSchema.fill(handle, AUTHORS, 7);
    });
    return jdbi;
  }
}
