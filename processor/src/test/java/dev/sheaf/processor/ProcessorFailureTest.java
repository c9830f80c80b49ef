package dev.sheaf.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.sheaf.processor.SheafInEnvironment.Environment;
import dev.sheaf.processor.report.Message;
import dev.sheaf.processor.write.RepositoryIndex;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor never throws (STYLE.md section 5): a file it cannot write is WRITE_FAILED, any
 * other failure INTERNAL_ERROR, each on the DTO being processed, and the other DTOs still get
 * their repositories. compile-testing would rethrow anything the processor threw.
 */
class ProcessorFailureTest {
  private static final JavaFileObject AUTHOR = Sources.dto("Author", """
      @Projection(table = "author")
      public record Author(long id, String name) {}
      """);
  private static final JavaFileObject BOOK = Sources.dto("Book", """
      @Projection(table = "book")
      public record Book(long id, String title) {}
      """);

  /** Sheaf, with javac's Filer failing to create {@code file} with {@code failure}. */
  private static Javac failingToCreate(String file, Exception failure) {
    return Javac.withoutSheaf().withProcessor(new SheafInEnvironment(javac ->
        Environment.withFiler(javac, new FailingFiler(javac.getFiler(), file, failure))));
  }

  @Test
  void aRepositoryThatCannotBeWrittenIsWriteFailedOnItsDto() {
    Compilation compilation = failingToCreate("shapes.AuthorRepository",
        new IOException("disk full")).compile(AUTHOR, BOOK);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(Message.WRITE_FAILED.format("AuthorRepository",
            "java.io.IOException: disk full"))
        .inFile(AUTHOR).onLineContaining("public record Author(");
    assertThat(compilation).hadErrorCount(1);
  }

  /** Book's repository is still written, and the index lists it alone. */
  @Test
  void theOtherDtosAreWrittenAndIndexedWhenOneCannotBe(@TempDir Path output) throws IOException {
    List<Diagnostic<? extends JavaFileObject>> diagnostics = failingToCreate(
        "shapes.AuthorRepository", new IOException("disk full")).compileInto(output, AUTHOR, BOOK);

    assertThat(errors(diagnostics)).hasSize(1);
    assertThat(Files.exists(output.resolve("shapes/BookRepository.java"))).isTrue();
    assertThat(Files.exists(output.resolve("shapes/AuthorRepository.java"))).isFalse();
    assertThat(Files.readAllLines(output.resolve(RepositoryIndex.RESOURCE)))
        .containsExactly("shapes.BookRepository");
  }

  /** The index is about no one DTO: its error has no element. */
  @Test
  void anIndexThatCannotBeWrittenIsWriteFailedOnTheBuild() {
    Compilation compilation = failingToCreate(RepositoryIndex.RESOURCE,
        new IOException("read-only")).compile(AUTHOR);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(Message.WRITE_FAILED.format(
        RepositoryIndex.RESOURCE, "java.io.IOException: read-only"));
    assertThat(compilation.errors().get(0).getSource()).isNull();
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anUnexpectedFailureWhileWritingIsAnInternalErrorOnTheDto() {
    Compilation compilation = failingToCreate("shapes.AuthorRepository",
        new IllegalStateException("a Filer with a bug")).compile(AUTHOR, BOOK);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[sheaf:INTERNAL_ERROR] Sheaf failed on shapes.Author")
        .inFile(AUTHOR).onLineContaining("public record Author(");
    // The trace, for the report the message asks for.
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT))
        .containsMatch("java.lang.IllegalStateException: a Filer with a bug\\s+at ");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * While reading, before anything is written: each DTO gets its own error. Classes, since only a
   * class's constructor is compared with its fields through {@link Types}.
   */
  @Test
  void anUnexpectedFailureWhileReadingIsAnInternalErrorOnEachDto() {
    JavaFileObject author = Sources.dto("Author", """
        @Projection(table = "author")
        public final class Author {
          final long id;

          public Author(long id) {
            this.id = id;
          }
        }
        """);
    JavaFileObject book = Sources.dto("Book", """
        @Projection(table = "book")
        public final class Book {
          final long id;

          public Book(long id) {
            this.id = id;
          }
        }
        """);

    Compilation compilation = Javac.withoutSheaf().withProcessor(new SheafInEnvironment(javac ->
        new Environment(javac, javac.getFiler(), failing(javac.getTypeUtils()))))
        .compile(author, book);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[sheaf:INTERNAL_ERROR] Sheaf failed on shapes.Author")
        .inFile(author).onLineContaining("public final class Author {");
    assertThat(compilation)
        .hadErrorContaining("[sheaf:INTERNAL_ERROR] Sheaf failed on shapes.Book")
        .inFile(book).onLineContaining("public final class Book {");
    assertThat(compilation).hadErrorContaining("java.lang.UnsupportedOperationException: Types."
        + "isSameType");
    assertThat(compilation).hadErrorCount(2);
  }

  /** javac's Types, except that comparing two types throws, as a buggy compiler might. */
  private static Types failing(Types types) {
    return (Types) Proxy.newProxyInstance(
        Types.class.getClassLoader(), new Class<?>[] {Types.class},
        (proxy, method, args) -> {
          if (method.getName().equals("isSameType")) {
            throw new UnsupportedOperationException("Types.isSameType");
          }
          try {
            return method.invoke(types, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private static List<String> errors(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT))
        .toList();
  }
}
