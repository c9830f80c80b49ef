package dev.sheaf.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sheaf.processor.Sources.dto;

import com.google.testing.compile.Compilation;
import dev.sheaf.processor.report.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a schema, a column that a collection or aggregate finds its rows by, and that no index
 * starts with, is a warning naming the index to add; the build still succeeds.
 */
class MissingIndexTest {
  private static final JavaFileObject AUTHOR = dto("Author", """
      @Projection(table = "author")
      public record Author(long id,
          @Aggregate(table = "book",
              foreignKey = "author_id") long books) {}
      """);

  private static final JavaFileObject TAGGED = dto("Tagged", """
      @Projection(table = "book")
      public record Tagged(long id,
          @Aggregate(through = "book_tag", inverseForeignKey = "tag_id", table = "tag",
              column = "name",
              foreignKey = "book_id") List<String> tags) {}
      """);

  @TempDir Path folder;

  private Compilation compile(String ddl, JavaFileObject... sources) throws IOException {
    Path schema = Files.writeString(folder.resolve("schema.sql"), ddl);
    return Javac.sheaf().schema(schema).compile(sources);
  }

  private static final String AUTHORS = """
      CREATE TABLE author (id BIGINT PRIMARY KEY, name TEXT);
      """;

  @Test
  void aForeignKeyWithNoIndexIsAWarningOnTheAttributeNamingTheIndexToAdd() throws IOException {
    Compilation compilation = compile(AUTHORS + """
        CREATE TABLE book (id BIGINT PRIMARY KEY,
          author_id BIGINT REFERENCES author (id), pages INT);
        CREATE INDEX book_pages ON book (pages, author_id);
        """, AUTHOR);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining(Message.MISSING_INDEX.format("Author.books",
        "book", "book.author_id", folder.resolve("schema.sql"), "book", "book_author_id_idx",
        "book", "author_id")).inFile(AUTHOR).onLineContaining("foreignKey = \"author_id\"");
  }

  @Test
  void anIndexAPrimaryKeyOrAUniqueConstraintStartingWithTheColumnServes() throws IOException {
    String book = "CREATE TABLE book (id BIGINT PRIMARY KEY, author_id BIGINT, pages INT%s);\n";
    for (String indexed : new String[] {
        // pg_dump's form, after the table
        String.format(book, "") + "CREATE INDEX idx ON public.book USING btree (author_id, pages);",
        String.format(book, ", UNIQUE (author_id, id)"),
        String.format(book, "") + "ALTER TABLE ONLY public.book ADD CONSTRAINT u UNIQUE (author_id);",
        "CREATE TABLE book (author_id BIGINT UNIQUE, id BIGINT);",
        "CREATE TABLE book (id BIGINT, author_id BIGINT, PRIMARY KEY (author_id, id));",
        String.format(book, "") + "CREATE UNIQUE INDEX idx ON book (author_id);"}) {
      Compilation compilation = compile(AUTHORS + indexed, AUTHOR);

      assertThat(compilation).succeededWithoutWarnings();
    }
  }

  @Test
  void aMySqlForeignKeyIsIndexedByInnoDb() throws IOException {
    for (String mysql : new String[] {
        "CREATE TABLE `book` (`id` BIGINT PRIMARY KEY, `author_id` BIGINT,"
            + " CONSTRAINT fk FOREIGN KEY (`author_id`) REFERENCES `author` (`id`)) ENGINE=InnoDB;",
        "CREATE TABLE `book` (`id` BIGINT PRIMARY KEY, `author_id` BIGINT,"
            + " KEY `ix` (`author_id`)) ENGINE=InnoDB;"}) {
      Compilation compilation = compile(AUTHORS + mysql, AUTHOR);

      assertThat(compilation).succeededWithoutWarnings();
    }
  }

  @Test
  void aJunctionIsReadByItsForeignKey() throws IOException {
    String tables = AUTHORS + """
        CREATE TABLE book (id BIGINT PRIMARY KEY);
        CREATE TABLE tag (id INT PRIMARY KEY, name TEXT);
        """;

    Compilation unindexed = compile(tables + """
        CREATE TABLE book_tag (book_id BIGINT REFERENCES book (id), tag_id INT,
          PRIMARY KEY (tag_id, book_id));
        """, TAGGED);
    Compilation indexed = compile(tables + """
        CREATE TABLE book_tag (book_id BIGINT REFERENCES book (id), tag_id INT,
          PRIMARY KEY (book_id, tag_id));
        """, TAGGED);

    assertThat(unindexed).succeeded();
    assertThat(unindexed).hadWarningCount(1);
    assertThat(unindexed).hadWarningContaining("CREATE INDEX book_tag_book_id_idx ON book_tag (book_id);")
        .inFile(TAGGED).onLineContaining("foreignKey = \"book_id\"");
    assertThat(indexed).succeededWithoutWarnings();
  }

  @Test
  void anIndexOnADroppedAndReaddedColumnIsGone() throws IOException {
    Compilation compilation = compile(AUTHORS + """
        CREATE TABLE book (id BIGINT PRIMARY KEY, author_id BIGINT);
        CREATE INDEX idx ON book (author_id);
        ALTER TABLE book DROP COLUMN author_id;
        ALTER TABLE book ADD COLUMN author_id BIGINT;
        """, AUTHOR);

    assertThat(compilation).hadWarningContaining("[sheaf:MISSING_INDEX]");
  }
}
