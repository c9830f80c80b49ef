package dev.sheaf.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sheaf.processor.Sources.dto;
import static dev.sheaf.processor.Sources.generated;
import static dev.sheaf.processor.Sources.statement;

import com.google.testing.compile.Compilation;
import dev.sheaf.processor.report.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names as they were created: a table or column created in quotes with capitals (the music
 * store's {@code "Album"} on PostgreSQL) is found only when the annotation writes it in quotes,
 * and a schema says how to write a name it has in another case.
 */
class SchemaNamesTest {
  /** The music store as its PostgreSQL script creates it: every name in quotes, with capitals. */
  private static final String MUSIC = """
      CREATE TABLE "Artist" ("ArtistId" INT NOT NULL, "Name" VARCHAR(120),
        CONSTRAINT "PK_Artist" PRIMARY KEY ("ArtistId"));
      CREATE TABLE "Album" ("AlbumId" INT NOT NULL, "Title" VARCHAR(160) NOT NULL,
        "ArtistId" INT NOT NULL, CONSTRAINT "PK_Album" PRIMARY KEY ("AlbumId"));
      ALTER TABLE "Album" ADD CONSTRAINT "FK_AlbumArtistId"
        FOREIGN KEY ("ArtistId") REFERENCES "Artist" ("ArtistId");
      CREATE INDEX "IFK_AlbumArtistId" ON "Album" ("ArtistId");
      CREATE TABLE genre (genre_id INT PRIMARY KEY, Name VARCHAR(120));
      """;

  @TempDir Path folder;
  private Path schema;

  @BeforeEach
  void writeSchema() throws IOException {
    schema = Files.writeString(folder.resolve("music.sql"), MUSIC);
  }

  private Compilation compile(JavaFileObject... sources) {
    return Javac.sheaf().schema(schema).compile(sources);
  }

  private static void assertOnlyError(Compilation compilation, JavaFileObject source,
      String line, String text) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void quotedNamesAreCheckedAndSentInTheirQuotes() {
    JavaFileObject artist = dto("Artist", """
        @Projection(table = "\\"Artist\\"", key = "\\"ArtistId\\"")
        public record Artist(@Column("\\"ArtistId\\"") int id, @Column("\\"Name\\"") String name,
            @Aggregate(foreignKey = "\\"ArtistId\\"", orderBy = "\\"Title\\"") List<Album> albums,
            @Aggregate(table = "\\"Album\\"", foreignKey = "\\"ArtistId\\"") int albumCount) {}
        """);
    JavaFileObject album = dto("Album", """
        @Projection(table = "\\"Album\\"", key = "\\"AlbumId\\"")
        public record Album(@Column("\\"AlbumId\\"") int id, @Column("\\"Title\\"") String title) {}
        """);

    Compilation compilation = compile(artist, album);

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.ArtistRepository");
    assertThat(statement(repository, "ALBUMS")).contains("FROM \"Album\"");
    assertThat(statement(repository, "ALBUMS")).contains("\"Album\".\"ArtistId\"");
    assertThat(statement(repository, "ALBUMS")).contains("\"Album\".\"Title\"");
  }

  @Test
  void keysAndTablesInferredFromQuotedNamesAreSentInTheirQuotes() {
    JavaFileObject artist = dto("Artist", """
        @Projection(table = "\\"Artist\\"", key = "\\"ArtistId\\"")
        public record Artist(@Column("\\"ArtistId\\"") int id,
            @Aggregate List<Album> albums, @Aggregate(table = "\\"Album\\"") long albumCount) {}
        """);
    JavaFileObject album = dto("Album", """
        @Projection(table = "\\"Album\\"", key = "\\"AlbumId\\"")
        public record Album(@Column("\\"AlbumId\\"") int id) {}
        """);

    Compilation compilation = compile(artist, album);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(statement(generated(compilation, "shapes.ArtistRepository"), "ALBUMS"))
        .contains("\"Album\".\"ArtistId\"");
  }

  @Test
  void aQuotedTableWrittenWithoutQuotesSaysHowItWasCreated() {
    JavaFileObject album = dto("Album", """
        @Projection(
            table = "Album", key = "\\"AlbumId\\"")
        public record Album(@Column("\\"AlbumId\\"") int id) {}
        """);

    assertOnlyError(compile(album), album, "table = \"Album\"", Message.NAME_CASE.format(
        "@Projection Album", schema.toString(), "table", "Album", "\"Album\"",
        "keeps its case: the database finds it only when a statement writes it in quotes, in that case",
        "\\\"Album\\\""));
  }

  @Test
  void aQuotedColumnThatAFieldsNameGivesSaysToQuoteIt() {
    JavaFileObject album = dto("Album", """
        @Projection(table = "\\"Album\\"", key = "\\"AlbumId\\"")
        public record Album(@Column("\\"AlbumId\\"") int id,
            String title) {}
        """);

    assertOnlyError(compile(album), album, "String title", "[sheaf:NAME_CASE] Album.title: the "
        + "schema (" + schema + ") has column Album.Title, created as \"Title\"");
  }

  @Test
  void anUnquotedColumnWrittenInQuotesInAnotherCaseSaysItWasFolded() {
    JavaFileObject genre = dto("Genre", """
        @Projection(table = "genre", key = "genre_id")
        public record Genre(int genreId,
            @Column("\\"Name\\"") String name) {}
        """);

    assertOnlyError(compile(genre), genre, "@Column(\"\\\"Name\\\"\")", Message.NAME_CASE.format(
        "Genre.name", schema.toString(), "column", "genre.Name", "Name",
        "the database folded to lower case (name); a quoted name must be written in that case, or"
            + " without quotes", "Name"));
  }

  @Test
  void aQuotedForeignKeyInAnotherCaseIsReportedOnItsAttribute() {
    JavaFileObject artist = dto("Artist", """
        @Projection(table = "\\"Artist\\"", key = "\\"ArtistId\\"")
        public record Artist(@Column("\\"ArtistId\\"") int id,
            @Aggregate(table = "\\"Album\\"",
                foreignKey = "\\"artistId\\"") long albumCount) {}
        """);

    assertOnlyError(compile(artist), artist, "foreignKey = \"\\\"artistId\\\"\"",
        "[sheaf:NAME_CASE] foreignKey on Artist.albumCount: the schema");
  }
}
