package dev.sheaf.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaReaderTest {
  private static Schema read(String ddl) throws SchemaException {
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
  void postgresqlTablesWithInlineAndTableForeignKeys() throws SchemaException {
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

    assertThat(columns(table(schema, "author"))).containsExactly("id INTEGER", "name TEXT", "born DATE")
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
  void mariadbTablesWithBackticksAndEngineOptions() throws SchemaException {
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

    assertThat(columns(table(schema, "TAG")))
        .containsExactly("id INTEGER", "name TEXT", "hidden INTEGER", "created TIMESTAMP").inOrder();
    assertThat(schema.foreignKeysTo(table(schema, "tag")))
        .containsExactly(new ForeignKey("book_tag", "tag_id", "tag"));
  }

  @Test
  void migrationsAlterTablesInOrder() throws SchemaException {
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
  void compositeForeignKeysAreNotSingleColumnRelations() throws SchemaException {
    Schema schema = read("""
        CREATE TABLE edition (book_id bigint, number int, PRIMARY KEY (book_id, number));
        CREATE TABLE printing (id bigint, book_id bigint, number int,
          FOREIGN KEY (book_id, number) REFERENCES edition (book_id, number));
        """);

    assertThat(table(schema, "printing").foreignKeys()).isEmpty();
  }

  @Test
  void alteringAnUnknownTableNamesTheFile() {
    SchemaException failure = assertThrows(SchemaException.class,
        () -> read("ALTER TABLE book ADD COLUMN pages int;"));

    assertThat(failure).hasMessageThat()
        .isEqualTo("V1__test.sql:1: ALTER TABLE book comes before any CREATE TABLE book");
  }

  @Test
  void brokenSqlNamesTheFileAndTheLine() {
    SchemaException failure = assertThrows(SchemaException.class,
        () -> read("CREATE TABLE author (id bigint);\nCREATE TABLE book (id bigint,, title text);"));

    assertThat(failure).hasMessageThat().startsWith("V1__test.sql");
    assertThat(failure).hasMessageThat().contains("V1__test.sql:2: cannot parse CREATE TABLE book");
  }

  @Test
  void aTableOfTheSameNameInOneSchemaOnlyIsFoundWithoutTheSchema() throws SchemaException {
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
