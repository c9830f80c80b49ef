package dev.sheaf.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaReaderTest {
  private static Schema read(String ddl) {
    Schema schema = new Schema("test");
    SchemaReader.apply(schema, Path.of("V1__test.sql"), ddl);
    return schema;
  }

  private static Table table(Schema schema, String name) {
    return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name));
  }

  private static List<String> columns(Table table) {
    return table.columns().stream().map(c -> c.name() + " " + c.kind()).toList();
  }

  @Test
  void postgresqlTablesWithInlineAndTableForeignKeys() {
    Schema schema = read("""
        -- the article's tables
        CREATE TABLE author (id BIGSERIAL PRIMARY KEY, name VARCHAR(100) NOT NULL, "Born" date);
        CREATE TABLE IF NOT EXISTS public.book (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          author_id bigint NOT NULL REFERENCES author(id) ON DELETE CASCADE,
          editor_id bigint,
          title text DEFAULT 'untitled' CHECK (title <> ''),
          price numeric(10, 2),
          rating double precision,
          published timestamp with time zone,
          isbn uuid,
          tags text[],
          cover bytea,
          CONSTRAINT book_editor FOREIGN KEY (editor_id) REFERENCES author (id)
        );
        CREATE INDEX book_author ON book USING btree (author_id);
        COMMENT ON TABLE book IS 'books';
        CREATE TYPE mood AS ENUM ('happy', 'sad');
        CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql;
        INSERT INTO author (id, name) VALUES (1, 'Ann');
        """);

    assertThat(columns(table(schema, "author"))).containsExactly("id INTEGER", "name TEXT", "Born DATE")
        .inOrder();
    assertThat(columns(table(schema, "book"))).containsExactly("id INTEGER", "author_id INTEGER",
        "editor_id INTEGER", "title TEXT", "price DECIMAL", "rating FLOAT", "published TIMESTAMP",
        "isbn UUID", "tags OTHER", "cover BINARY").inOrder();
    Table book = table(schema, "public.book");
    assertThat(schema.foreignKeys(book, table(schema, "author"))).containsExactly(
        new ForeignKey("public.book", "author_id", "author"),
        new ForeignKey("public.book", "editor_id", "author"));
  }

  @Test
  void mariadbTablesWithBackticksAndEngineOptions() {
    Schema schema = read("""
        CREATE TABLE `tag` (
          `id` int NOT NULL AUTO_INCREMENT,
          `name` varchar(40) COLLATE utf8mb4_bin NOT NULL,
          `hidden` tinyint(1) DEFAULT 0,
          `created` datetime(6),
          PRIMARY KEY (`id`),
          UNIQUE KEY `tag_name` (`name`)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
        CREATE TABLE book_tag (
          book_id BIGINT NOT NULL, tag_id INT NOT NULL,
          PRIMARY KEY (book_id, tag_id),
          KEY tag_idx (tag_id),
          CONSTRAINT fk_tag FOREIGN KEY (tag_id) REFERENCES tag (id)
        );
        """);

    assertThat(schema.table("TAG")).isEmpty(); // MySQL on Linux: table names keep their case
    assertThat(columns(table(schema, "tag")))
        .containsExactly("id INTEGER", "name TEXT", "hidden INTEGER", "created TIMESTAMP").inOrder();
    assertThat(schema.foreignKeysTo(table(schema, "tag")))
        .containsExactly(new ForeignKey("book_tag", "tag_id", "tag"));
  }

  @Test
  void migrationsAlterTablesInOrder() {
    Schema schema = read("""
        CREATE TABLE author (id bigint PRIMARY KEY, name text);
        CREATE TABLE book (id bigint PRIMARY KEY, writer bigint, title text, meta jsonb);
        ALTER TABLE book ADD COLUMN pages int, ADD COLUMN isbn varchar(13);
        ALTER TABLE book ADD CONSTRAINT book_author FOREIGN KEY (writer) REFERENCES author (id);
        ALTER TABLE book RENAME COLUMN writer TO author_id;
        ALTER TABLE book DROP COLUMN meta;
        ALTER TABLE book ALTER COLUMN pages TYPE bigint;
        ALTER TABLE author RENAME TO writer;
        CREATE TABLE scratch (id int);
        DROP TABLE scratch;
        """);

    Table book = table(schema, "book");
    assertThat(columns(book)).containsExactly("id INTEGER", "author_id INTEGER", "title TEXT",
        "pages INTEGER", "isbn TEXT").inOrder();
    assertThat(book.column("pages").orElseThrow().declaredType()).isEqualTo("bigint");
    assertThat(schema.table("author")).isEmpty();
    assertThat(schema.foreignKeys(book, table(schema, "writer")))
        .containsExactly(new ForeignKey("book", "author_id", "writer"));
    assertThat(schema.table("scratch")).isEmpty();
  }

  @Test
  void compositeForeignKeysAreNotSingleColumnRelations() {
    Schema schema = read("""
        CREATE TABLE edition (book_id bigint, number int, PRIMARY KEY (book_id, number));
        CREATE TABLE printing (id bigint, book_id bigint, number int,
          FOREIGN KEY (book_id, number) REFERENCES edition (book_id, number));
        """);

    assertThat(table(schema, "printing").foreignKeys()).isEmpty();
  }

  @Test
  void alteringTheColumnsOfAnUnknownTableIsSkippedWithItsLine() {
    Schema schema = read("CREATE TABLE author (id bigint);\n\nALTER TABLE book ADD COLUMN pages int;");

    assertThat(schema.skipped()).containsExactly(new SkippedStatement(Path.of("V1__test.sql"), 3,
        "ALTER TABLE book ADD COLUMN pages int",
        "it alters book, which no CREATE TABLE before it declares"));
    assertThat(schema.table("author")).isPresent();
  }

  @Test
  void ownerChangesOfSequencesAndViewsAreNotTableChanges() {
    Schema schema = read("""
        CREATE SEQUENCE public.author_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
        ALTER TABLE public.author_id_seq OWNER TO postgres;
        CREATE VIEW public.names AS SELECT 1 AS one;
        ALTER TABLE public.names OWNER TO postgres;
        """);

    assertThat(schema.skipped()).isEmpty();
    assertThat(schema.tables()).isEmpty();
  }

  @Test
  void aTableStatementThatCannotBeParsedIsSkippedAndTheRestIsRead() {
    Schema schema = read("""
        CREATE TABLE author (id bigint);
        -- a comment; with a semicolon
        CREATE TABLE book (id bigint,
          , title text);
        CREATE TABLE tag (id int);
        """);

    assertThat(schema.skipped()).hasSize(1);
    SkippedStatement skipped = schema.skipped().get(0);
    assertThat(skipped.file()).isEqualTo(Path.of("V1__test.sql"));
    assertThat(skipped.line()).isEqualTo(3);
    assertThat(skipped.statement()).isEqualTo("CREATE TABLE book (id bigint, , title text)");
    assertThat(skipped.reason()).endsWith(", on line 4");
    assertThat(schema.tables().stream().map(Table::name).toList()).containsExactly("author", "tag");
  }

  @Test
  void inheritedColumnsComeFirstAndForeignKeysAreNotInherited() {
    Schema schema = read("""
        CREATE TABLE customer (id int PRIMARY KEY);
        CREATE TABLE payment (id int, customer_id int REFERENCES customer (id), amount numeric(5,2));
        CREATE TABLE payment_2007 (
            CONSTRAINT in_2007 CHECK ((amount > (0)::numeric))
        )
        INHERITS (payment);
        CREATE TABLE payment_noted (note text, CHECK (note <> '')) INHERITS (public.payment);
        CREATE TABLE orphan (x int) INHERITS (nowhere);
        """);

    assertThat(columns(table(schema, "payment_2007")))
        .containsExactly("id INTEGER", "customer_id INTEGER", "amount DECIMAL").inOrder();
    assertThat(columns(table(schema, "payment_noted")))
        .containsExactly("id INTEGER", "customer_id INTEGER", "amount DECIMAL", "note TEXT").inOrder();
    assertThat(table(schema, "payment_2007").foreignKeys()).isEmpty();
    assertThat(schema.table("orphan")).isEmpty();
    assertThat(schema.skipped()).hasSize(1);
    assertThat(schema.skipped().get(0).reason())
        .isEqualTo("it inherits nowhere, which no CREATE TABLE before it declares");
  }

  @Test
  void pgDumpOfARentalSchema() throws Exception {
    Path dump = Path.of(SchemaReaderTest.class.getResource("/schema/rental-pgdump.sql").toURI());
    Schema schema = new Schema("dump");
    SchemaReader.apply(schema, dump, Files.readString(dump));

    assertThat(schema.tables().stream().map(Table::name).toList()).containsExactly("public.category",
        "public.film", "public.film_category", "public.inventory", "public.customer", "public.payment",
        "public.payment_p2007_01", "public.payment_p2007_02", "public.staff", "public.rental").inOrder();
    assertThat(columns(table(schema, "film"))).containsExactly("film_id INTEGER", "title TEXT",
        "description TEXT", "release_year OTHER", "rental_rate DECIMAL", "length INTEGER",
        "rating OTHER", "special_features OTHER", "fulltext OTHER", "last_update TIMESTAMP").inOrder();
    assertThat(columns(table(schema, "inventory"))).containsExactly("inventory_id INTEGER",
        "film_id INTEGER", "store_id INTEGER", "last_update TIMESTAMP").inOrder();
    assertThat(table(schema, "inventory").column("inventory_id").orElseThrow().declaredType())
        .isEqualTo("integer");
    assertThat(columns(table(schema, "payment_p2007_02"))).containsExactly("payment_id INTEGER",
        "customer_id INTEGER", "rental_id INTEGER", "amount DECIMAL", "payment_date TIMESTAMP",
        "note TEXT").inOrder();
    assertThat(columns(table(schema, "rental"))).hasSize(5);
    assertThat(schema.foreignKeysTo(table(schema, "film"))).containsExactly(
        new ForeignKey("public.film_category", "film_id", "public.film"),
        new ForeignKey("public.inventory", "film_id", "public.film"));
    assertThat(schema.foreignKeysTo(table(schema, "customer"))).containsExactly(
        new ForeignKey("public.payment_p2007_01", "customer_id", "public.customer"));
    assertThat(schema.table("film_list")).isEmpty();
    assertThat(schema.table("category_category_id_seq")).isEmpty();
    // pg_dump adds keys by ALTER TABLE ONLY ... ADD CONSTRAINT, and indexes USING a method
    assertThat(table(schema, "film_category").indexStartsWith("film_id")).isTrue();
    assertThat(table(schema, "film_category").indexStartsWith("category_id")).isFalse();
    assertThat(table(schema, "film").indexStartsWith("fulltext")).isTrue();
    assertThat(table(schema, "inventory").indexStartsWith("film_id")).isFalse();

    // the one statement JSqlParser cannot read: an exclusion constraint
    assertThat(schema.skipped()).hasSize(1);
    SkippedStatement skipped = schema.skipped().get(0);
    assertThat(skipped.line()).isEqualTo(lineOf(dump, "CREATE TABLE public.shift ("));
    assertThat(skipped.statement()).startsWith("CREATE TABLE public.shift (");
  }

  @Test
  void mysqldumpOfAMusicSchema() throws Exception {
    Path dump = Path.of(SchemaReaderTest.class.getResource("/schema/music-mysqldump.sql").toURI());
    Schema schema = new Schema("dump");
    SchemaReader.apply(schema, dump, Files.readString(dump));

    assertThat(schema.skipped()).isEmpty();
    assertThat(schema.tables().stream().map(Table::name).toList())
        .containsExactly("artist", "album", "track", "playlist", "playlisttrack").inOrder();
    assertThat(columns(table(schema, "Track"))).containsExactly("TrackId INTEGER", "Name TEXT",
        "AlbumId INTEGER", "Milliseconds INTEGER", "UnitPrice DECIMAL", "Explicit INTEGER",
        "Added TIMESTAMP").inOrder();
    assertThat(schema.table("track")).isEmpty();
    assertThat(schema.foreignKeysTo(table(schema, "Track")))
        .containsExactly(new ForeignKey("PlaylistTrack", "TrackId", "Track"));
    assertThat(schema.foreignKeysTo(table(schema, "Album")))
        .containsExactly(new ForeignKey("Track", "AlbumId", "Album"));
    // mysqldump's KEY `IFK_TrackAlbumId` (`AlbumId`), and InnoDB's index of a foreign key
    assertThat(table(schema, "Track").indexStartsWith("AlbumId")).isTrue();
    assertThat(table(schema, "Track").indexStartsWith("Name")).isFalse();
    assertThat(table(schema, "PlaylistTrack").indexStartsWith("TrackId")).isTrue();
  }

  @Test
  void aBooleanIsATinyintOnlyInAMySqlFile() {
    Schema mysql = read("CREATE TABLE `playlist` (`id` int, `shared` BOOLEAN, `hidden` bool) ENGINE=InnoDB;");
    Schema postgres = read("CREATE TABLE playlist (id int, shared BOOLEAN, hidden bool);");

    assertThat(columns(table(mysql, "playlist"))).containsExactly("id INTEGER", "shared INTEGER",
        "hidden INTEGER").inOrder();
    assertThat(table(mysql, "playlist").column("shared").orElseThrow().declaredType())
        .isEqualTo("BOOLEAN (TINYINT(1) on MySQL)");
    assertThat(columns(table(postgres, "playlist"))).containsExactly("id INTEGER", "shared BOOLEAN",
        "hidden BOOLEAN").inOrder();
    Schema quotedInData = read("""
        CREATE TABLE playlist (id int, shared BOOLEAN);
        COMMENT ON TABLE playlist IS 'the `shared` flag';
        COPY playlist (id, shared) FROM stdin;
        1	t `engine=x`
        \\.
        """);
    assertThat(columns(table(quotedInData, "PLAYLIST"))).containsExactly("id INTEGER", "shared BOOLEAN")
        .inOrder();
  }

  private static int lineOf(Path file, String text) throws Exception {
    List<String> lines = Files.readAllLines(file);
    return lines.indexOf(text) + 1;
  }

  @Test
  void aTableOfTheSameNameInOneSchemaOnlyIsFoundWithoutTheSchema() {
    Schema schema = read("""
        CREATE TABLE sales.book (id bigint);
        CREATE TABLE archive.book (id bigint);
        CREATE TABLE sales.author (id bigint);
        """);

    assertThat(schema.table("author").map(Table::name)).hasValue("sales.author");
    assertThat(schema.table("book")).isEmpty();
    assertThat(schema.table("ARCHIVE.\"book\"").map(Table::name)).hasValue("archive.book");
  }

  @Test
  void folderRunsInFlywayOrder(@TempDir Path folder) throws Exception {
    Files.createDirectories(folder.resolve("nested"));
    for (String name : List.of("V10__later.sql", "V2__second.sql", "V1.1__patch.sql", "V1__init.sql",
        "R__views.sql", "U2__undo.sql", "schema.sql", "nested/V3__deep.sql", "notes.txt")) {
      Files.writeString(folder.resolve(name), "-- " + name);
    }

    List<String> order = SchemaFiles.resolve(folder.toString(), Path.of("/")).stream()
        .map(p -> folder.relativize(p).toString())
        .toList();

    assertThat(order).containsExactly("schema.sql", "V1__init.sql", "V1.1__patch.sql",
        "V2__second.sql", "nested/V3__deep.sql", "V10__later.sql", "R__views.sql").inOrder();
  }

  @Test
  void missingPathSaysWhereRelativePathsAreRead(@TempDir Path folder) {
    SchemaException failure = assertThrows(SchemaException.class,
        () -> SchemaFiles.resolve("db/schema.sql", folder));

    assertThat(failure).hasMessageThat().contains("does not exist");
    assertThat(failure).hasMessageThat().contains("${project.basedir}");
  }
}
