package dev.sheaf.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sheaf.processor.Sources.compile;
import static dev.sheaf.processor.Sources.dto;
import static dev.sheaf.processor.Sources.generated;

import com.google.testing.compile.Compilation;
import dev.sheaf.processor.report.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code List} of a scalar type reads an SQL array column when it says so with {@code @Column},
 * or when the schema declares the column an array; without either it is still a forgotten
 * {@code @Aggregate} (LAZY_PATH), whose message now says how to mark an array column.
 */
class ArrayColumnTest {
  @TempDir Path folder;

  private Compilation compileWithSchema(String ddl, JavaFileObject... sources) throws IOException {
    Path schema = Files.writeString(folder.resolve("schema.sql"), ddl);
    return Javac.sheaf().schema(schema).compile(sources);
  }

  @Test
  void aListWithAColumnAnnotationReadsAnArray() {
    JavaFileObject post = dto("Post", """
        @Projection(table = "post")
        public record Post(long id, @Column("tags") List<String> tags,
            @Column("scores") List<Integer> scores, String[] labels) {}
        """);

    Compilation compilation = compile(post);

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.PostRepository");
    assertThat(repository).contains("Columns.getList(rs, 2, String.class)");
    assertThat(repository).contains("Columns.getList(rs, 3, Integer.class)");
  }

  @Test
  void aListOfAnArrayColumnInTheSchemaNeedsNoColumnAnnotation() throws IOException {
    JavaFileObject post = dto("Post", """
        @Projection(table = "post")
        public record Post(long id, List<String> tags, List<Long> ids) {}
        """);

    Compilation compilation = compileWithSchema(
        "CREATE TABLE post (id BIGINT PRIMARY KEY, tags TEXT[], ids BIGINT[]);", post);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "shapes.PostRepository"))
        .contains("Columns.getList(rs, 2, String.class)");
  }

  @Test
  void aListWithoutAColumnAnnotationIsStillALazyPathAndSaysHowToMarkAnArray() {
    JavaFileObject post = dto("Post", """
        @Projection(table = "post")
        public record Post(long id,
            List<String> tags) {}
        """);

    Compilation compilation = compile(post);

    assertThat(compilation).hadErrorContaining(Message.LAZY_PATH.format("Post.tags",
        "a collection", " If it reads an array column, annotate it with @Column(\"tags\")."))
        .inFile(post).onLineContaining("List<String> tags");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aListOfProjectionsWithAColumnAnnotationIsNoArray() {
    JavaFileObject post = dto("Post", """
        @Projection(table = "post")
        public record Post(long id,
            @Column("tags") List<Post> tags) {}
        """);

    assertThat(compile(post)).hadErrorContaining(
        Message.LAZY_PATH.format("Post.tags", "a collection", ""));
  }

  @Test
  void anArrayListOnAColumnThatIsNoArrayIsAColumnTypeError() throws IOException {
    JavaFileObject post = dto("Post", """
        @Projection(table = "post")
        public record Post(long id,
            @Column("tags") List<String> tags) {}
        """);

    Compilation compilation = compileWithSchema(
        "CREATE TABLE post (id BIGINT PRIMARY KEY, tags TEXT);", post);

    assertThat(compilation).hadErrorContaining("[sheaf:COLUMN_TYPE] Post.tags is "
        + "java.util.List<java.lang.String>, but column post.tags is TEXT")
        .inFile(post).onLineContaining("@Column(\"tags\")");
    assertThat(compilation).hadErrorCount(1);
  }
}
