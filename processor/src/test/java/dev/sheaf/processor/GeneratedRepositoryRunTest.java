package dev.sheaf.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sheaf.processor.Sources.compile;
import static dev.sheaf.processor.Sources.dto;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.UUID;
import javax.tools.JavaFileObject;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs a generated repository on an in-memory H2 database, for what only shows at run time. The
 * integration suite in examples/ covers loads at large; this pins generated-code bugs found here.
 */
class GeneratedRepositoryRunTest {
  private static final JavaFileObject[] BOOK_WITH_REFERENCES = {
      dto("Book", """
          @Projection(table = "book")
          public record Book(
              long id,
              String title,
              @Reference(foreignKey = "publisher_id") Publisher publisher,
              @Reference(foreignKey = "editor_id") Optional<Editor> editor) {}
          """),
      dto("Publisher", """
          @Projection(table = "publisher")
          public record Publisher(long id, String name) {}
          """),
      dto("Editor", """
          @Projection(table = "editor")
          public record Editor(long id, String name) {}
          """)};

  private Jdbi jdbi;
  /** Keeps the in-memory database alive for the test; closing it drops the database. */
  private Handle keepAlive;

  @BeforeEach
  void createDatabase() {
    jdbi = Jdbi.create("jdbc:h2:mem:" + UUID.randomUUID());
    keepAlive = jdbi.open();
    jdbi.useHandle(handle -> {
      handle.execute("CREATE TABLE publisher (id BIGINT PRIMARY KEY, name VARCHAR(50))");
      handle.execute("CREATE TABLE editor (id BIGINT PRIMARY KEY, name VARCHAR(50))");
      handle.execute("CREATE TABLE book (id BIGINT PRIMARY KEY, title VARCHAR(50),"
          + " publisher_id BIGINT REFERENCES publisher (id), editor_id BIGINT REFERENCES editor (id))");
      handle.execute("INSERT INTO publisher VALUES (7, 'Ace')");
      handle.execute("INSERT INTO editor VALUES (3, 'Ann')");
    });
  }

  @AfterEach
  void dropDatabase() {
    keepAlive.close();
  }

  @Test
  void referencesLoadTheRowsTheirForeignKeysPointAt() throws Exception {
    jdbi.useHandle(handle -> {
      handle.execute("INSERT INTO book VALUES (1, 'Dune', NULL, NULL)");
      handle.execute("INSERT INTO book VALUES (2, 'Emma', 7, 3)");
    });

    List<?> books = findAll("shapes.BookRepository", BOOK_WITH_REFERENCES);

    assertThat(books.stream().map(Object::toString).toList()).containsExactly(
        "Book[id=1, title=Dune, publisher=null, editor=Optional.empty]",
        "Book[id=2, title=Emma, publisher=Publisher[id=7, name=Ace],"
            + " editor=Optional[Editor[id=3, name=Ann]]]").inOrder();
  }

  /**
   * No row has a foreign key, so the reference's statement is skipped and its map is empty; a
   * null key is never looked up in it (Map.of()'s get(null) throws).
   */
  @Test
  void referencesWhoseForeignKeysAreAllNull() throws Exception {
    jdbi.useHandle(handle -> handle.execute("INSERT INTO book VALUES (1, 'Dune', NULL, NULL)"));

    List<?> books = findAll("shapes.BookRepository", BOOK_WITH_REFERENCES);

    assertThat(books.stream().map(Object::toString).toList()).containsExactly(
        "Book[id=1, title=Dune, publisher=null, editor=Optional.empty]");
  }

  /** Compiles {@code sources} with Sheaf and runs {@code repository}'s findAll on the database. */
  private List<?> findAll(String repository, JavaFileObject... sources) throws Exception {
    Compilation compilation = compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> type = new CompiledClassLoader(compilation).loadClass(repository);
    Object instance = type.getConstructor(Jdbi.class).newInstance(jdbi);
    try {
      return (List<?>) type.getMethod("findAll").invoke(instance);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
