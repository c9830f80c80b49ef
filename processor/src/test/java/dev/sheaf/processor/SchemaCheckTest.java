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
 * {@code -Asheaf.schema}: projections are checked against the DDL, each mistake reported on its
 * element with what to write instead, and foreign keys (and tables) left out are inferred from
 * the one FOREIGN KEY that links two tables.
 */
class SchemaCheckTest {
  /** The article's library; book has two keys to person, so that one is ambiguous. */
  private static final String LIBRARY = """
      CREATE TABLE publisher (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);
      CREATE TABLE author (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, born DATE);
      CREATE TABLE book (
        id BIGINT PRIMARY KEY,
        author_id BIGINT NOT NULL REFERENCES author (id),
        publisher_id BIGINT REFERENCES publisher (id),
        title TEXT NOT NULL,
        pages INT,
        price NUMERIC(8, 2)
      );
      CREATE INDEX book_author ON book (author_id);
      CREATE INDEX book_publisher ON book USING btree (publisher_id);
      CREATE TABLE tag (id INT PRIMARY KEY, name VARCHAR(40));
      CREATE TABLE book_tag (
        book_id BIGINT NOT NULL,
        tag_id INT NOT NULL,
        CONSTRAINT book_tag_book FOREIGN KEY (book_id) REFERENCES book (id),
        CONSTRAINT book_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id),
        PRIMARY KEY (book_id, tag_id)
      );
      CREATE TABLE loan (
        id BIGINT PRIMARY KEY,
        book_id BIGINT REFERENCES book (id),
        lender_id BIGINT REFERENCES author (id),
        borrower_id BIGINT REFERENCES author (id)
      );
      CREATE INDEX loan_book ON loan (book_id);
      """;

  @TempDir Path folder;
  private Path schema;

  @BeforeEach
  void writeSchema() throws IOException {
    schema = Files.writeString(folder.resolve("V1__library.sql"), LIBRARY);
  }

  private Compilation compile(JavaFileObject... sources) {
    return compileWith(schema.toString(), sources);
  }

  private static Compilation compileWith(String option, JavaFileObject... sources) {
    return Javac.sheaf().schema(option).compile(sources);
  }

  /** Fails with {@code message}, once, on the line holding {@code line}, and nothing else. */
  private static void assertOnlyError(Compilation compilation, JavaFileObject source,
      String line, String text) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(text).inFile(source).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  // ---------------------------------------------------------------- inference

  @Test
  void foreignKeysAndTablesLeftOutAreInferred() {
    JavaFileObject author = dto("Author", """
        @Projection(table = "author")
        public record Author(
            long id,
            String name,
            @Aggregate(table = "book") long bookCount,
            @Aggregate(orderBy = "title") List<Book> books) {}
        """);
    JavaFileObject book = dto("Book", """
        @Projection(table = "book")
        public record Book(
            long id,
            String title,
            @Aggregate(through = "book_tag", table = "tag", column = "name") List<String> tags,
            @Aggregate(through = "book_tag", column = "name") Set<String> tagSet,
            @Reference Publisher publisher) {}
        """);
    JavaFileObject publisher = dto("Publisher", """
        @Projection(table = "publisher")
        public record Publisher(long id, String name, @Aggregate long titles) {}
        """);

    Compilation compilation = compile(author, book, publisher);

    assertThat(compilation).succeededWithoutWarnings();
    String authors = generated(compilation, "shapes.AuthorRepository");
    assertThat(statement(authors, "BOOKS")).contains("WHERE book.author_id = ANY(:keys)");
    assertThat(statement(authors, "BOOKS_TAGS")).contains("JOIN tag ON tag.id = sheaf_link.sheaf_target");
    assertThat(statement(authors, "BOOKS_TAGS"))
        .contains("SELECT book_tag.book_id AS sheaf_parent, book_tag.tag_id AS sheaf_target");
    assertThat(statement(authors, "BOOKS_TAG_SET")).contains("JOIN tag ON tag.id = sheaf_link.sheaf_target");
    assertThat(statement(authors, "BOOKS_PUBLISHER")).contains("book.publisher_id");
    String publishers = generated(compilation, "shapes.PublisherRepository");
    assertThat(statement(publishers, "PUBLISHER")).contains("GROUP BY book.publisher_id)");
  }

  @Test
  void aForeignKeyTwoConstraintsCouldMeanIsNotGuessed() {
    JavaFileObject author = dto("Author", """
        @Projection(table = "author")
        public record Author(
            long id,
            @Aggregate(table = "loan")
            long loans) {}
        """);

    assertOnlyError(compile(author), author, "@Aggregate(table = \"loan\")",
        Message.NOT_INFERRED.format("Author.loans", "foreignKey",
            "2 FOREIGN KEYs link loan to author (loan.lender_id, loan.borrower_id); name the one to use"));
  }

  @Test
  void aTableManyForeignKeysReferenceIsNotGuessed() {
    JavaFileObject book = dto("Book", """
        @Projection(table = "book")
        public record Book(
            long id,
            @Aggregate
            long mentions) {}
        """);

    assertOnlyError(compile(book), book, "@Aggregate",
        Message.NOT_INFERRED.format("Book.mentions", "table",
            "2 FOREIGN KEYs reference book (book_tag.book_id, loan.book_id); name the table"));
  }

  @Test
  void aReferenceWithNoForeignKeyConstraintIsNotInferred() {
    JavaFileObject tag = dto("Tag", """
        @Projection(table = "tag")
        public record Tag(
            int id,
            @Reference
            Publisher publisher) {}
        """);
    JavaFileObject publisher = dto("Publisher", """
        @Projection(table = "publisher")
        public record Publisher(long id, String name) {}
        """);

    assertOnlyError(compile(tag, publisher), tag, "@Reference",
        Message.NOT_INFERRED.format("Tag.publisher", "foreignKey",
            "the schema has no FOREIGN KEY from tag to publisher"));
  }

  // ---------------------------------------------------------------- names

  @Test
  void unknownTableOnTheProjectionSuggestsTheNearestName() {
    JavaFileObject author = dto("Author", """
        @Projection(
            table = "authr")
        public record Author(long id, String name) {}
        """);

    assertOnlyError(compile(author), author, "table = \"authr\"",
        Message.UNKNOWN_TABLE.format("@Projection Author", schema.toString(), "authr",
            " (did you mean \"author\"?)"));
  }

  @Test
  void unknownColumnOfAFieldListsTheTablesColumns() {
    JavaFileObject author = dto("Author", """
        @Projection(table = "author")
        public record Author(
            long id,
            String nmae) {}
        """);

    assertOnlyError(compile(author), author, "String nmae",
        Message.UNKNOWN_COLUMN.format("Author.nmae", "author", "nmae", " (did you mean \"name\"?)",
            "id, name, born"));
  }

  @Test
  void unknownColumnInAColumnAnnotationIsReportedOnIt() {
    JavaFileObject author = dto("Author", """
        @Projection(table = "author")
        public record Author(
            long id,
            @Column("birth_date")
            LocalDate born) {}
        """);

    assertOnlyError(compile(author), author, "@Column(\"birth_date\")",
        Message.UNKNOWN_COLUMN.format("Author.born", "author", "birth_date", "", "id, name, born"));
  }

  @Test
  void unknownNamesInAnAggregateAreReportedOnTheirAttributes() {
    JavaFileObject book = dto("Book", """
        @Projection(table = "book")
        public record Book(
            long id,
            @Aggregate(through = "book_tags",
                foreignKey = "book_id",
                inverseForeignKey = "tag_id",
                table = "tag", column = "name") List<String> tags,
            @Aggregate(table = "loan",
                foreignKey = "book")
            long loans) {}
        """);

    Compilation compilation = compile(book);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(Message.UNKNOWN_TABLE.format("through on Book.tags",
            schema.toString(), "book_tags", " (did you mean \"book_tag\"?)"))
        .inFile(book).onLineContaining("through = \"book_tags\"");
    assertThat(compilation).hadErrorContaining(Message.UNKNOWN_COLUMN.format(
            "foreignKey on Book.loans", "loan", "book", " (did you mean \"book_id\"?)",
            "id, book_id, lender_id, borrower_id"))
        .inFile(book).onLineContaining("foreignKey = \"book\")");
    assertThat(compilation).hadErrorCount(2);
  }

  /** Every table and column a path names is checked, and reported on the path. */
  @Test
  void aPathsTablesAndColumnsMustExist() {
    JavaFileObject author = Sources.dto("Author", """
        @Projection(table = "author")
        public record Author(long id,
            @Aggregate(path = {"book.author_id", "book.id = loan.book_id"}) long loans,
            @Aggregate(path = {"book.author_id", "book.id = loan.bok_id"}) long misspelt) {}
        """);

    Compilation compilation = compile(author);

    assertThat(compilation).hadErrorContaining(Message.UNKNOWN_COLUMN.format(
            "path on Author.misspelt", "loan", "bok_id", " (did you mean \"book_id\"?)",
            "id, book_id, lender_id, borrower_id"))
        .inFile(author).onLineContaining("loan.bok_id");
    assertThat(compilation).hadErrorCount(1);
  }

  // ---------------------------------------------------------------- types

  @Test
  void aStringOnAnIntegerColumnSaysWhichTypesFit() {
    JavaFileObject book = dto("Book", """
        @Projection(table = "book")
        public record Book(
            long id,
            String pages) {}
        """);

    assertOnlyError(compile(book), book, "String pages",
        Message.COLUMN_TYPE.format("Book.pages", "java.lang.String", "book", "pages", "INT",
            "long, int or a boxed Long/Integer"));
  }

  @Test
  void anIntOnABigintColumnIsAWarning() {
    JavaFileObject author = dto("Author", """
        @Projection(table = "author")
        public record Author(
            int id,
            String name) {}
        """);

    Compilation compilation = compile(author);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(Message.COLUMN_NARROWING.format("Author.id", "int",
        "author", "id", "BIGINT")).inFile(author).onLineContaining("int id,");
  }

  @Test
  void aSumOfTextIsReportedOnItsColumn() {
    JavaFileObject author = dto("Author", """
        @Projection(table = "author")
        public record Author(
            long id,
            @Aggregate(table = "book", foreignKey = "author_id", function = Function.SUM,
                column = "title")
            long titles) {}
        """);

    assertOnlyError(compile(author), author, "column = \"title\")",
        Message.NUMERIC_COLUMN.format("SUM", "Author.titles", "book", "title", "TEXT"));
  }

  @Test
  void aMaximumIsCheckedAgainstItsFieldsType() {
    JavaFileObject author = dto("Author", """
        @Projection(table = "author")
        public record Author(
            long id,
            @Aggregate(table = "book", foreignKey = "author_id", function = Function.MAX,
                column = "title")
            Optional<LocalDate> lastTitle) {}
        """);

    assertOnlyError(compile(author), author, "column = \"title\")",
        Message.COLUMN_TYPE.format("Author.lastTitle", "java.util.Optional<java.time.LocalDate>",
            "book", "title", "TEXT", "String"));
  }

  @Test
  void typesThatFitOrThatSheafCannotJudgePass() {
    JavaFileObject book = dto("Book", """
        @Projection(table = "book")
        public record Book(
            long id,
            Long authorId,
            Optional<String> title,
            OptionalDouble pages,
            BigDecimal price,
            @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
                table = "tag", column = "name") Set<String> tags,
            @Aggregate(table = "loan", foreignKey = "book_id", function = Function.MIN,
                column = "lender_id") Optional<Long> firstLender) {}
        """);

    assertThat(compile(book)).succeededWithoutWarnings();
  }

  // ---------------------------------------------------------------- the option

  @Test
  void migrationsFolderIsReadInVersionOrder() throws IOException {
    Path migrations = Files.createDirectories(folder.resolve("migrations"));
    Files.writeString(migrations.resolve("V2__rename.sql"),
        "ALTER TABLE author RENAME COLUMN name TO full_name;");
    Files.writeString(migrations.resolve("V1__init.sql"),
        "CREATE TABLE author (id BIGINT PRIMARY KEY, name VARCHAR(100));");
    JavaFileObject author = dto("Author", """
        @Projection(table = "author")
        public record Author(
            long id,
            String name) {}
        """);

    assertOnlyError(compileWith(migrations.toString(), author), author, "String name",
        Message.UNKNOWN_COLUMN.format("Author.name", "author", "name", "", "id, full_name"));
  }

  @Test
  void aStatementThatCannotBeReadIsAWarningAndTheRestIsChecked() throws IOException {
    Path broken = Files.writeString(folder.resolve("broken.sql"),
        "CREATE TABLE author (id BIGINT PRIMARY KEY);\nCREATE TABLE book (id BIGINT,, title TEXT);");
    JavaFileObject author = dto("Author", """
        @Projection(table = "nowhere")
        public record Author(long id) {}
        """);

    Compilation compilation = compileWith(broken.toString(), author);

    assertThat(compilation).failed();
    assertThat(compilation).hadWarningContaining("[sheaf:SCHEMA_STATEMENT_SKIPPED] -Asheaf.schema: "
        + broken + ":2: cannot read CREATE TABLE book (id BIGINT,, title TEXT) (");
    assertThat(compilation).hadErrorContaining("[sheaf:UNKNOWN_TABLE]").inFile(author)
        .onLineContaining("@Projection(table = \"nowhere\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aFileThatCannotBeReadIsOneErrorAndNoCheck() throws IOException {
    Path notText = Files.write(folder.resolve("binary.sql"), new byte[] {(byte) 0xC3, (byte) 0x28});
    JavaFileObject author = dto("Author", """
        @Projection(table = "nowhere")
        public record Author(long id) {}
        """);

    Compilation compilation = compileWith(notText.toString(), author);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[sheaf:SCHEMA_UNREADABLE] -Asheaf.schema: cannot read "
        + notText);
    assertThat(compilation).hadErrorCount(1);
  }

  // ---------------------------------------------------------------- a pg_dump

  private Path rentalDump() throws IOException {
    try (var in = SchemaCheckTest.class.getResourceAsStream("/schema/rental-pgdump.sql")) {
      return Files.write(folder.resolve("rental.sql"), in.readAllBytes());
    }
  }

  @Test
  void projectionsOnAPgDumpAreCheckedAndInferred() throws IOException {
    JavaFileObject film = dto("Film", """
        @Projection(table = "film", key = "film_id")
        public record Film(
            int filmId,
            String title,
            BigDecimal rentalRate,
            @Aggregate(table = "inventory") long copies,
            @Aggregate(through = "film_category", table = "category", column = "name")
            List<String> categories) {}
        """);
    JavaFileObject payment = dto("Payment", """
        @Projection(table = "payment_p2007_02", key = "payment_id")
        public record Payment(int paymentId, BigDecimal amount, String note) {}
        """);

    Compilation compilation = compileWith(rentalDump().toString(), film, payment);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation).hadWarningContaining("[sheaf:SCHEMA_STATEMENT_SKIPPED] -Asheaf.schema: "
        + folder.resolve("rental.sql") + ":287: cannot read CREATE TABLE public.shift (");
    // The dump's one index on inventory starts with store_id, as the published one does.
    assertThat(compilation).hadWarningContaining(Message.MISSING_INDEX.format("Film.copies",
        "public.inventory", "public.inventory.film_id", folder.resolve("rental.sql"),
        "public.inventory", "inventory_film_id_idx", "public.inventory", "film_id"));
    String films = generated(compilation, "shapes.FilmRepository");
    assertThat(films).contains("inventory.film_id");
  }

  @Test
  void everyMistakeOfADtoOnAPgDumpIsReportedInOneBuild() throws IOException {
    JavaFileObject film = dto("Film", """
        @Projection(table = "film", key = "film_id")
        public record Film(
            int filmId,
            String titel,
            LocalDate rentalRate,
            @Aggregate(table = "inventory", foreignKey = "film") long copies) {}
        """);

    Compilation compilation = compileWith(rentalDump().toString(), film);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(Message.UNKNOWN_COLUMN.format("Film.titel",
        "public.film", "titel", " (did you mean \"title\"?)",
        "film_id, title, description, release_year, rental_rate, length, rating, special_features,"
            + " fulltext, last_update")).inFile(film).onLineContaining("String titel");
    assertThat(compilation).hadErrorContaining("[sheaf:COLUMN_TYPE] Film.rentalRate is java.time.LocalDate")
        .inFile(film).onLineContaining("LocalDate rentalRate");
    assertThat(compilation).hadErrorContaining("[sheaf:UNKNOWN_COLUMN] foreignKey on Film.copies")
        .inFile(film).onLineContaining("foreignKey = \"film\"");
    assertThat(compilation).hadErrorCount(3);
  }

  // ---------------------------------------------------------------- MySQL

  @Test
  void aMySqlBooleanReadsIntoAnIntOrABoolean() throws IOException {
    Path mysql = Files.writeString(folder.resolve("mysql.sql"),
        "CREATE TABLE `playlist` (`id` int NOT NULL, `shared` BOOLEAN NOT NULL) ENGINE=InnoDB;");
    JavaFileObject counted = dto("Counted", """
        @Projection(table = "playlist")
        public record Counted(int id, int shared) {}
        """);
    JavaFileObject flagged = dto("Flagged", """
        @Projection(table = "playlist")
        public record Flagged(int id, Boolean shared) {}
        """);

    assertThat(compileWith(mysql.toString(), counted, flagged)).succeededWithoutWarnings();
  }

  @Test
  void aPostgresqlBooleanDoesNotReadIntoAnInt() throws IOException {
    Path postgres = Files.writeString(folder.resolve("postgres.sql"),
        "CREATE TABLE playlist (id int NOT NULL, shared BOOLEAN NOT NULL);");
    JavaFileObject counted = dto("Counted", """
        @Projection(table = "playlist")
        public record Counted(
            int id,
            int shared) {}
        """);

    assertOnlyError(compileWith(postgres.toString(), counted), counted, "int shared",
        Message.COLUMN_TYPE.format("Counted.shared", "int", "playlist", "shared", "BOOLEAN",
            "boolean or Boolean"));
  }

  private Path musicDump() throws IOException {
    try (var in = SchemaCheckTest.class.getResourceAsStream("/schema/music-mysqldump.sql")) {
      return Files.write(folder.resolve("music.sql"), in.readAllBytes());
    }
  }

  @Test
  void aMySqlTableNameInAnotherCaseSaysHowItWasCreated() throws IOException {
    Path dump = musicDump();
    JavaFileObject track = dto("Track", """
        @Projection(
            table = "track", key = "TrackId")
        public record Track(@Column("TrackId") int id) {}
        """);

    assertOnlyError(compileWith(dump.toString(), track), track, "table = \"track\"",
        Message.NAME_CASE.format("@Projection Track", dump.toString(), "table", "Track", "`Track`",
            "MariaDB and MySQL on Linux find only in that case (lower_case_table_names=0)",
            "Track"));
  }

  @Test
  void columnsOfAMySqlDumpAreListedAsCreated() throws IOException {
    JavaFileObject track = dto("Track", """
        @Projection(table = "Track", key = "TrackId")
        public record Track(
            @Column("TrackId") int id,
            @Column("Title")
            String name) {}
        """);

    assertOnlyError(compileWith(musicDump().toString(), track), track, "@Column(\"Title\")",
        Message.UNKNOWN_COLUMN.format("Track.name", "Track", "Title", "",
            "TrackId, Name, AlbumId, Milliseconds, UnitPrice, Explicit, Added"));
  }

  @Test
  void aKeyInferredOnAMySqlDumpNamesTheTableAsCreated() throws IOException {
    JavaFileObject album = dto("Album", """
        @Projection(table = "Album", key = "AlbumId")
        public record Album(@Column("AlbumId") int id, @Column("Title") String title,
            @Aggregate List<Song> songs) {}
        """);
    JavaFileObject song = dto("Song", """
        @Projection(table = "Track", key = "TrackId")
        public record Song(@Column("TrackId") int id, @Column("Name") String name,
            @Column("Explicit") boolean explicit) {}
        """);

    Compilation compilation = compileWith(musicDump().toString(), album, song);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(statement(generated(compilation, "shapes.AlbumRepository"), "SONGS"))
        .contains("Track.AlbumId");
  }

  @Test
  void aMissingSchemaFileSaysHowToNameIt() {
    JavaFileObject author = dto("Author", """
        @Projection(table = "author")
        public record Author(long id) {}
        """);

    Compilation compilation = compileWith("no/such/schema.sql", author);

    assertThat(compilation).hadErrorContaining("[sheaf:SCHEMA_UNREADABLE]");
    assertThat(compilation).hadErrorContaining("${project.basedir}");
    assertThat(compilation).hadErrorCount(1);
  }
}
