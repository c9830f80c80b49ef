package dev.sheaf.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.sheaf.processor.write.RepositoryIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index of generated repositories that sheaf-spring reads: every repository of every round,
 * each once, and nothing for a DTO that got none.
 */
class RepositoryIndexTest {
  @Test
  void listsTheRepositoriesOfEveryRoundOnceSorted() throws IOException {
    // Tag appears only in the second round; Post waits for it (DeferralTest); Author is nested.
    Compilation compilation = Javac.sheaf()
        .withProcessor(new LaterRoundTypesProcessor(Map.of(
            "shapes.Tag", """
                package shapes;

                @dev.sheaf.Projection(table = "tag")
                public record Tag(long id, String name) {}
                """)))
        .compile(
            Sources.dto("Post", """
                @Projection(table = "post")
                public record Post(long id, @Aggregate(foreignKey = "post_id") List<Tag> tags) {}
                """),
            Sources.dto("Library", """
                public final class Library {
                  private Library() {}

                  @Projection(table = "author")
                  public record Author(long id, String name) {}
                }
                """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(index(compilation)).hasValue(List.of(
        "shapes.Library_AuthorRepository", "shapes.PostRepository", "shapes.TagRepository"));
  }

  /** Written also when another DTO has errors; compile-testing hides a failed build's files. */
  @Test
  void leavesOutADtoWithErrors(@TempDir Path output) throws IOException {
    var diagnostics = Javac.sheaf().compileInto(output,
        Sources.dto("Book", """
            @Projection(table = "book")
            public record Book(long id, String title) {}
            """),
        Sources.dto("Broken", """
            @Projection(table = "broken")
            public record Broken(
                long id, @Aggregate(foreignKey = "x", limit = -1) List<Book> books) {}
            """));

    assertThat(diagnostics.toString()).contains("[sheaf:NEGATIVE_LIMIT]");
    assertThat(Files.readAllLines(output.resolve(RepositoryIndex.RESOURCE)))
        .containsExactly("shapes.BookRepository");
  }

  @Test
  void noRepositoryNoIndex() throws IOException {
    Compilation compilation = Sources.compile(Sources.dto("Plain", """
        public record Plain(long id) {}
        """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(index(compilation)).isEmpty();
  }

  private static Optional<List<String>> index(Compilation compilation) throws IOException {
    Optional<JavaFileObject> file =
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, RepositoryIndex.RESOURCE);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(file.get().getCharContent(true).toString().lines().toList());
  }
}
