package dev.sheaf.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A projection that reaches a type javac cannot resolve yet waits for the round that brings it,
 * as AutoValue and MapStruct do, and is judged only in the last round.
 */
class DeferralTest {
  /** Written by another processor in the first round: a column type and a collected projection. */
  private static final Map<String, String> LATER = Map.of(
      "shapes.Label", """
          package shapes;

          public record Label(String text) {}
          """,
      "shapes.Tag", """
          package shapes;

          @dev.sheaf.Projection(table = "tag")
          public record Tag(long id, String name) {}
          """,
      "shapes.Tables", """
          package shapes;

          public final class Tables {
            public static final String POST = "post";
          }
          """);

  /** Reaches two generated types; Blog reaches them only through Post, its related projection. */
  private static final JavaFileObject POST = Sources.dto("Post", """
      @Projection(table = "post")
      public record Post(
          long id,
          Optional<Label> label,
          @Aggregate(foreignKey = "post_id") List<Tag> tags) {}
      """);
  private static final JavaFileObject BLOG = Sources.dto("Blog", """
      @Projection(table = "blog")
      public record Blog(long id, @Aggregate(foreignKey = "blog_id") List<Post> posts) {}
      """);

  @Test
  void projectionReachingATypeOfALaterRoundGetsItsRepositoryOnce() {
    Compilation compilation = Javac.sheaf().withProcessor(new LaterRoundTypesProcessor(LATER))
        .compile(POST, BLOG, Sources.caller("""
                java.util.List<Blog> blogs = new BlogRepository(jdbi).findAll();
                java.util.List<Post> posts = new PostRepository(jdbi).findAll();
                java.util.List<Tag> tags = new TagRepository(jdbi).findAll();
            """));

    assertThat(compilation).succeededWithoutWarnings();
    for (String repository : new String[] {"shapes.PostRepository", "shapes.BlogRepository",
        "shapes.TagRepository"}) {
      assertThat(compilation.generatedSourceFiles().stream()
          .filter(file -> file.getName().endsWith(repository.replace('.', '/') + ".java"))
          .count()).isEqualTo(1);
    }
    // Blog's repository loads Post's tags too: it was written from Post complete.
    assertThat(Sources.generated(compilation, "shapes.BlogRepository")).contains("\"Post.tags\"");
  }

  /** A constant of a later round's type, in an annotation: the table name. */
  @Test
  void annotationValueOfALaterRoundWaitsForIt() {
    JavaFileObject post = Sources.dto("Post", """
        @Projection(table = Tables.POST)
        public record Post(long id, String title) {}
        """);

    Compilation compilation = Javac.sheaf().withProcessor(new LaterRoundTypesProcessor(LATER))
        .compile(post);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Sources.generated(compilation, "shapes.PostRepository")).contains("\"post\"");
  }

  /**
   * A type that never appears is javac's "cannot find symbol", on the field that names it; Sheaf
   * adds no error of its own (no UNSUPPORTED_TYPE, COLLECT_ELEMENT, INTERNAL_ERROR), neither on
   * Post nor on Blog, which reaches it, and writes neither repository.
   */
  @Test
  void typeThatNeverAppearsIsJavacsErrorOnly() {
    Compilation compilation = Javac.sheaf().compile(POST, BLOG);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(POST)
        .onLineContaining("Optional<Label> label,");
    assertThat(compilation.errors().stream()
        .map(error -> error.getMessage(Locale.ROOT))
        .filter(message -> message.contains("[sheaf:"))
        .toList()).isEmpty();
    assertThat(compilation).hadErrorCount(2); // Label and Tag
    assertThat(MisuseTest.writtenSources(POST, BLOG)).isEmpty();
  }

  /** So is a constant that never appears, in an annotation; Sheaf adds nothing to it. */
  @Test
  void annotationConstantThatNeverAppearsIsJavacsErrorOnly() {
    JavaFileObject post = Sources.dto("Post", """
        @Projection(table = Tables.POST)
        public record Post(long id, String title) {}
        """);

    Compilation compilation = Javac.sheaf().compile(post);

    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(post)
        .onLineContaining("Tables.POST");
    assertThat(compilation).hadErrorCount(1);
    assertThat(MisuseTest.writtenSources(post)).isEmpty();
  }

  /** In the last round the waiting projection is judged: its other mistakes are reported, once. */
  @Test
  void projectionStillWaitingInTheLastRoundGetsItsOtherErrorsOnce() {
    JavaFileObject post = Sources.dto("Post", """
        @Projection(table = "post")
        public record Post(
            long id,
            Optional<Label> label,
            @Aggregate(foreignKey = "post_id") long tagCount) {}
        """);

    Compilation compilation = Javac.sheaf().compile(post);

    assertThat(compilation).hadErrorContaining("[sheaf:MISSING_TABLE]").inFile(post)
        .onLineContaining("long tagCount");
    assertThat(compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(message -> message.contains("[sheaf:"))
        .count()).isEqualTo(1);
  }

  /**
   * A type missing from the classpath, in a projection from the classpath, is one javac does not
   * report, so Sheaf's error stays: once, on the field in source that reaches it.
   */
  @Test
  void typeMissingFromAClassFileGetsSheafsErrorOnce(@TempDir Path classes) throws IOException {
    Compilation library = Javac.withoutSheaf().compile(
        JavaFileObjects.forSourceString("lib.Label", """
            package lib;

            public record Label(String text) {}
            """),
        JavaFileObjects.forSourceString("lib.Book", """
            package lib;

            @dev.sheaf.Projection(table = "book")
            public record Book(long id, Label label) {}
            """));
    assertThat(library).succeeded();
    MisuseTest.writeClasses(library, classes);
    Files.delete(classes.resolve("lib/Label.class"));
    JavaFileObject author = JavaFileObjects.forSourceString("app.Author", """
        package app;

        import dev.sheaf.Aggregate;
        import dev.sheaf.Projection;
        import java.util.List;
        import lib.Book;

        @Projection(table = "author")
        public final class Author {
          final long id;
          @Aggregate(foreignKey = "author_id")
          final List<Book> books;

          Author(long id, List<Book> books) {
            this.id = id;
            this.books = books;
          }
        }
        """);

    Compilation compilation = Javac.sheaf().withClasses(classes).compile(author);

    assertThat(compilation).hadErrorContaining("In lib.Book (from the classpath)")
        .inFile(author).onLineContaining("final List<Book> books;");
    assertThat(compilation).hadErrorCount(1);
  }
}
