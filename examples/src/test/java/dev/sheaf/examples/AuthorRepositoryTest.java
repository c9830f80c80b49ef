package dev.sheaf.examples;

import static dev.sheaf.test.StatementAssertions.assertStatements;
import static java.util.stream.Collectors.toMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The article's scenario: same authors as the naive loop, in 2 statements at any size, on every
 * database.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class AuthorRepositoryTest {
  @Parameter
  TestDatabase database;

  @ParameterizedTest
  @ValueSource(ints = {10, 2_000})
  void loadsAuthorsWithCountsAndBooksInTwoStatements(int size) {
    try (ScratchDatabase scratch = database.fresh("authors")) {
      Jdbi jdbi = scratch.jdbi();
      // One transaction: MariaDB would otherwise commit, and flush, each row of a batch.
      jdbi.useTransaction(handle -> {
        ArticleSchema.create(handle);
        ArticleSchema.fill(handle, size, size);
      });
      // The naive loop runs 2N + 1 statements.
      List<Author> expected =
          assertStatements(jdbi, 1 + 2 * size, new NaiveAuthorLoader(jdbi)::findAll);

      List<Author> authors = assertStatements(jdbi, AuthorRepository.STATEMENTS,
          new AuthorRepository(jdbi)::findAll);

      assertEquals(2, AuthorRepository.STATEMENTS);
      assertEquals(expected, authors);
      assertEquals(size, authors.size());
      assertTrue(authors.stream().allMatch(a -> a.numBooks() == a.books().size()));
      assertTrue(authors.stream().anyMatch(a -> a.numBooks() > 0), "the data has books");
    }
  }

  /**
   * The naive loop would run 200,001 statements here; findAll runs 2 (every author, then the
   * whole book table: no key is sent). Then the same authors by key: 2 on H2 and PostgreSQL (one
   * array of 100,000 keys), and on MariaDB one more per IN list past the first; and streamed in
   * chunks.
   */
  @Test
  void aHundredThousandAuthorsByFindAllAndByFindAllById() {
    int size = 100_000;
    try (ScratchDatabase scratch = database.fresh("authors")) {
      Jdbi jdbi = scratch.jdbi();
      StatementCounter counter = new StatementCounter();
      jdbi.setSqlLogger(counter);
      long books = jdbi.inTransaction(handle -> {
        ArticleSchema.create(handle);
        ArticleSchema.fill(handle, size, 7);
        return handle.createQuery("SELECT COUNT(*) FROM book").mapTo(Long.class).one();
      });
      counter.reset();

      AuthorRepository repository = new AuthorRepository(jdbi);
      List<Author> authors = repository.findAll();

      assertEquals(2, counter.count());
      assertEquals(size, authors.size());
      assertEquals(books, authors.stream().mapToLong(a -> a.books().size()).sum());
      assertTrue(authors.stream().allMatch(a -> a.numBooks() == a.books().size()));
      for (int i = 0; i < size; i++) {
        assertEquals(i + 1, authors.get(i).id(), "in key order");
      }

      // Every key, shuffled: no parameter limit is hit, and the rows come in the keys' order.
      List<Long> keys = new ArrayList<>(LongStream.rangeClosed(1, size).boxed().toList());
      Collections.shuffle(keys, new Random(size));
      counter.reset();
      List<Author> byId = repository.findAllById(keys);

      assertEquals(2L * database.keySetStatements(size), counter.count());
      assertEquals(keys, byId.stream().map(Author::id).toList());
      Map<Long, Author> loaded = authors.stream().collect(toMap(Author::id, a -> a));
      assertTrue(byId.stream().allMatch(a -> a.equals(loaded.get(a.id()))), "same authors");

      // Streamed in chunks of 1,000, each chunk complete: 2 statements a chunk, and one root
      // statement to find that the 100th full chunk was the last.
      counter.reset();
      long[] streamed = {0};
      repository.query().chunkSize(1_000).useStream(stream -> stream.forEach(author -> {
        assertEquals(loaded.get(author.id()), author, "author " + author.id());
        assertEquals(++streamed[0], author.id(), "in key order");
      }));

      assertEquals(size, streamed[0]);
      assertEquals(2L * size / 1_000 + 1, counter.count());
    }
  }
}
