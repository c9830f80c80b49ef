package dev.sheaf.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sheaf.processor.Sources.caller;
import static dev.sheaf.processor.Sources.compile;
import static dev.sheaf.processor.Sources.dto;
import static dev.sheaf.processor.Sources.generated;
import static dev.sheaf.processor.Sources.statement;
import static dev.sheaf.processor.Sources.statements;

import com.google.common.io.Resources;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What Sheaf generates for each DTO shape it accepts: the repository is there, it compiles with
 * every lint on and no warning, its public API has the types a caller expects (a {@code Caller}
 * class in the same compilation uses it), and it reads and builds what the shape declares. One
 * golden file pins the whole text of the article's {@code AuthorRepository}. The SQL each shape
 * asks for is {@code PlannerTest}'s, on models built by hand; the model each DTO reads as,
 * {@code ProjectionReaderTest}'s.
 */
class GeneratedSourceTest {

  private static final JavaFileObject BOOK = dto("Book", """
      @Projection(table = "book")
      public record Book(long id, String title) {}
      """);

  // ---------------------------------------------------------------- the whole text, once

  /**
   * The article's endpoint (the same Author and Book as in examples/), compared as text, so that
   * correct but unreadable output shows up in review. To update: take the processor's output from
   * the failure message, read it, and replace the expected file.
   */
  @Test
  void authorRepositoryMatchesTheGoldenFile() throws IOException {
    Compilation compilation = compile(
        JavaFileObjects.forResource("golden/Author.java"),
        JavaFileObjects.forResource("golden/Book.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("dev.sheaf.examples.AuthorRepository")
        .contentsAsUtf8String()
        .isEqualTo(Resources.toString(
            Resources.getResource("expected/AuthorRepository.java"), StandardCharsets.UTF_8));
  }

  @Test
  void generatedSourceIsTheSameOnEveryBuild() {
    JavaFileObject author = JavaFileObjects.forResource("golden/Author.java");
    JavaFileObject book = JavaFileObjects.forResource("golden/Book.java");

    String first = generated(compile(author, book), "dev.sheaf.examples.AuthorRepository");
    String second = generated(compile(book, author), "dev.sheaf.examples.AuthorRepository");

    assertThat(second).isEqualTo(first);
  }

  // ---------------------------------------------------------------- DTO kinds

  @Test
  void recordWithItsCanonicalConstructor() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author", orderBy = "name")
            public record Author(long id, String name, @Column("country_code") String country) {}
            """),
        caller("""
            AuthorRepository authors = new AuthorRepository(jdbi);
            List<Author> all = authors.findAll();
            Optional<Author> one = authors.findById(42L);
            List<Author> some = authors.findAllById(List.of(7L, 3L, 9L));
            List<Author> page = authors.query().where("country_code = :c").bind("c", "NZ")
                .orderBy("name").limit(20).offset(40).list();
            List<Author> inTransaction = authors.attach(handle).findAll();
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.AuthorRepository");
    assertThat(statements(repository)).isEqualTo(1);
    // The projection's orderBy is the default order of root loads (PlannerTest has the SQL).
    assertThat(repository).contains(".orderBy(\"name\")");
    assertThat(repository).contains("load.root(AUTHOR, filter, AuthorRow::reader)");
  }

  @Test
  void classWithAnAllFieldsConstructor() {
    Compilation compilation = compile(
        dto("Edition", """
            @Projection(table = "edition")
            public final class Edition {
              public static final int MAX_TITLE = 200;

              private final long id;
              private final String title;
              private final int pages;
              private final BigDecimal price;

              public Edition(long id, String title, int pages, BigDecimal price) {
                this.id = id;
                this.title = title;
                this.pages = pages;
                this.price = price;
              }

              Edition(long id) {
                this(id, "", 0, BigDecimal.ZERO);
              }

              public long id() {
                return id;
              }
            }
            """),
        caller("""
            Optional<Edition> one = new EditionRepository(jdbi).findById(1L);
            """));

    assertThat(compilation).succeededWithoutWarnings();
    // Built through the constructor taking every field (ProjectionReaderTest has which).
    assertThat(generated(compilation, "shapes.EditionRepository")).contains("new Edition(");
  }

  // ---------------------------------------------------------------- key types

  @Test
  void longKey() {
    assertKey("long", "42L", "List.of(1L, 2L)", "Long");
  }

  @Test
  void intKey() {
    assertKey("int", "42", "List.of(1, 2)", "Integer");
  }

  @Test
  void stringKey() {
    assertKey("String", "\"sql\"", "List.of(\"a\", \"b\")", "String");
  }

  @Test
  void uuidKey() {
    assertKey("UUID", "UUID.randomUUID()", "Set.of(UUID.randomUUID())", "UUID");
  }

  @Test
  void boxedLongKey() {
    assertKey("Long", "Long.valueOf(42)", "List.of(1L, 2L)", "Long");
  }

  @Test
  void boxedIntegerKey() {
    assertKey("Integer", "Integer.valueOf(42)", "List.of(1, 2)", "Integer");
  }

  /**
   * A root of key type {@code javaType} with a count and a collection: the API takes that type,
   * and the root's key-set statement binds keys of its boxed type {@code boxed}.
   */
  private static void assertKey(String javaType, String key, String keys, String boxed) {
    Compilation compilation = compile(
        dto("Keyed", """
            @Projection(table = "keyed")
            public record Keyed(
                %s id,
                String name,
                @Aggregate(table = "part", foreignKey = "keyed_id", where = "weight > 10") int heavyParts,
                @Aggregate(foreignKey = "keyed_id") List<Part> parts) {}
            """.formatted(javaType)),
        dto("Part", """
            @Projection(table = "part")
            public record Part(long id, String label) {}
            """),
        caller("""
            KeyedRepository repository = new KeyedRepository(jdbi);
            Optional<Keyed> one = repository.findById(%s);
            List<Keyed> some = repository.findAllById(%s);
            """.formatted(key, keys)));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.KeyedRepository");
    assertThat(statements(repository)).isEqualTo(2);
    assertThat(repository).contains("Select.root(1, \"Keyed\", \"keyed\", \"id\")");
    assertThat(repository).contains("load.byKeys(KEYED, " + boxed + ".class, keys, KeyedRow::reader)");
  }

  // ---------------------------------------------------------------- scalar aggregates

  @Test
  void countIntoEveryIntegralType() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(
                long id,
                @Aggregate(table = "book", foreignKey = "author_id") long books,
                @Aggregate(table = "book", foreignKey = "author_id", where = "pages > 300") int longBooks,
                @Aggregate(table = "book", foreignKey = "author_id", where = "pages < 100") Long shortBooks,
                @Aggregate(table = "book", foreignKey = "author_id", function = Function.COUNT,
                    column = "isbn") Integer booksWithIsbn) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.AuthorRepository");
    // Never null (PlannerTest): read as the primitive or boxed type each field is.
    assertThat(repository).contains("rs.getLong(2)");
    assertThat(repository).contains("rs.getInt(3)");
    assertThat(repository).contains("Columns.getLong(rs, 4)");
    assertThat(repository).contains("Columns.getInt(rs, 5)");
  }

  @Test
  void countDistinct() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(
                long id,
                @Aggregate(table = "book", foreignKey = "author_id",
                    function = Function.COUNT_DISTINCT, column = "genre") int genres) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "shapes.AuthorRepository")).contains("rs.getInt(2)");
  }

  /** SUM into a primitive is 0 for no rows: the SQL says so, not a null read as 0 by accident. */
  @Test
  void sumIntoLong() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(
                long id,
                @Aggregate(table = "book", foreignKey = "author_id",
                    function = Function.SUM, column = "pages") long totalPages) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "shapes.AuthorRepository")).contains("rs.getLong(2)");
  }

  /** SUM into a boxed, BigDecimal or OptionalLong field is null (empty) for no rows. */
  @Test
  void sumIntoNullableTypes() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(
                long id,
                @Aggregate(table = "book", foreignKey = "author_id",
                    function = Function.SUM, column = "pages") Long totalPages,
                @Aggregate(table = "book", foreignKey = "author_id",
                    function = Function.SUM, column = "price") BigDecimal totalPrice,
                @Aggregate(table = "book", foreignKey = "author_id",
                    function = Function.SUM, column = "sold") OptionalLong totalSold) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.AuthorRepository");
    // Read null-aware: rs.getLong would turn SQL NULL into 0.
    assertThat(repository).contains("Columns.getLong(rs, 2)");
    assertThat(repository).contains("bigDecimalMapper.map(rs, 3, ctx)");
    assertThat(repository).contains("Columns.getOptionalLong(rs, 4)");
  }

  @Test
  void averageIntoDoubleAndOptionalDouble() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(
                long id,
                @Aggregate(table = "book", foreignKey = "author_id",
                    function = Function.AVG, column = "pages") Double averagePages,
                @Aggregate(table = "book", foreignKey = "author_id", where = "pages > 0",
                    function = Function.AVG, column = "rating") OptionalDouble averageRating) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.AuthorRepository");
    assertThat(repository).contains("Columns.getDouble(rs, 2)");
    assertThat(repository).contains("Columns.getOptionalDouble(rs, 3)");
  }

  @Test
  void minAndMaxIntoBoxedAndOptional() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(
                long id,
                @Aggregate(table = "book", foreignKey = "author_id",
                    function = Function.MIN, column = "pages") Integer fewestPages,
                @Aggregate(table = "book", foreignKey = "author_id",
                    function = Function.MAX, column = "published") Optional<LocalDate> lastPublished,
                @Aggregate(table = "book", foreignKey = "author_id",
                    function = Function.MIN, column = "title") Optional<String> firstTitle,
                @Aggregate(table = "book", foreignKey = "author_id",
                    function = Function.MAX, column = "price") BigDecimal highestPrice) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.AuthorRepository");
    assertThat(repository).contains("Columns.getInt(rs, 2)");
    assertThat(repository).contains("Optional.ofNullable(localDateMapper.map(rs, 3, ctx))");
    assertThat(repository).contains("Optional.ofNullable(rs.getString(4))");
  }

  @Test
  void existsWithWhere() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(
                long id,
                @Aggregate(table = "book", foreignKey = "author_id", where = "pages > 300")
                boolean writesLongBooks,
                @Aggregate(table = "award", foreignKey = "author_id", function = Function.EXISTS)
                Boolean awarded) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.AuthorRepository");
    assertThat(repository).contains("rs.getBoolean(2)");
    assertThat(repository).contains("Columns.getBoolean(rs, 3)");
  }

  @Test
  void scalarAggregatesOverManyToMany() {
    Compilation compilation = compile(
        dto("Book", """
            @Projection(table = "book")
            public record Book(
                long id,
                @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
                    table = "tag") int tagCount,
                @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
                    table = "tag", where = "tag.name = 'classic'") boolean classic,
                @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
                    table = "tag", function = Function.MAX, column = "name") Optional<String> lastTag) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(statements(generated(compilation, "shapes.BookRepository"))).isEqualTo(1);
  }

  // ---------------------------------------------------------------- collections

  /**
   * An AVG over the rows a whole List of records holds, of a column each record reads, is the
   * mean of the list's values: no SQL. Beside a List with a where, or of a class, SQL computes it.
   */
  @Test
  void averageOfAColumnAWholeListOfRecordsReadsIsComputedFromTheList() {
    Compilation compilation = compile(
        dto("Book", """
            @Projection(table = "book")
            public record Book(
                long id,
                @Aggregate(table = "review", foreignKey = "book_id", function = Function.AVG,
                    column = "stars") Double averageStars,
                @Aggregate(table = "review", foreignKey = "book_id", function = Function.AVG,
                    column = "stars", where = "stars > 1") Double averageAboveOne,
                @Aggregate(foreignKey = "book_id") List<Review> reviews) {}
            """),
        dto("Review", """
            @Projection(table = "review")
            public record Review(long id, int stars) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.BookRepository");
    // The list is looked up once per row, for the list and its average alike.
    assertThat(repository).contains(
        "List<Review> rowReviews = reviews.getOrDefault(row.id(), List.of());");
    assertThat(repository).contains("Rows.average(rowReviews, Review::stars)");
  }

  @Test
  void listOfProjectionsOneToMany() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(long id, @Aggregate(foreignKey = "author_id") List<Book> books) {}
            """),
        BOOK,
        caller("""
            List<Book> books = new AuthorRepository(jdbi).findAll().get(0).books();
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.AuthorRepository");
    assertThat(statements(repository)).isEqualTo(2);
    assertThat(repository).contains("books.getOrDefault(row.id(), List.of())");
    // Ordered by its whole-number key: sorted in Java, exactly as the database would.
    assertThat(repository).contains("rows.sort(Comparator.comparingLong(BooksRow::id));");
    assertThat(repository).contains(".keyOrderInJava()");
  }

  @Test
  void setOfProjectionsManyToMany() {
    Compilation compilation = compile(
        dto("Book", """
            @Projection(table = "book")
            public record Book(
                long id,
                @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id")
                Set<Tag> tags) {}
            """),
        dto("Tag", """
            @Projection(table = "tag")
            public record Tag(long id, String name) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.BookRepository");
    assertThat(statements(repository)).isEqualTo(2);
    assertThat(repository).contains("tags.getOrDefault(row.id(), Set.of())");
  }

  @Test
  void collectionOfProjections() {
    Compilation compilation = compile(
        dto("Book", """
            @Projection(table = "book")
            public record Book(long id, @Aggregate(foreignKey = "book_id") Collection<Review> reviews) {}
            """),
        dto("Review", """
            @Projection(table = "review")
            public record Review(long id, int stars) {}
            """),
        caller("""
            Collection<Review> reviews = new BookRepository(jdbi).findAll().get(0).reviews();
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.BookRepository");
    assertThat(statements(repository)).isEqualTo(2);
  }

  @Test
  void collectionsOfScalarColumns() {
    Compilation compilation = compile(
        dto("Book", """
            @Projection(table = "book")
            public record Book(
                long id,
                @Aggregate(table = "review", foreignKey = "book_id", column = "headline",
                    orderBy = "stars DESC") List<String> headlines,
                @Aggregate(through = "book_tag", foreignKey = "book_id", inverseForeignKey = "tag_id",
                    table = "tag", column = "name") Set<String> tags,
                @Aggregate(table = "printing", foreignKey = "book_id", column = "printed_on")
                Collection<LocalDate> printings) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.BookRepository");
    assertThat(statements(repository)).isEqualTo(4);
    assertThat(repository).contains("Rows.toSets(rows, TagsRow::parentKey, TagsRow::value)");
  }

  /** Top-N per parent: ordered by the given order then the key, so the N are deterministic. */
  @Test
  void orderByAndLimit() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(
                long id,
                @Aggregate(foreignKey = "author_id", orderBy = "published DESC", limit = 3)
                List<Book> latestBooks,
                @Aggregate(foreignKey = "author_id", where = "pages > 300", orderBy = "pages DESC",
                    limit = 1) List<Book> longestBook) {}
            """),
        BOOK);

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.AuthorRepository");
    assertThat(statements(repository)).isEqualTo(3);
    // A first load reads the rows in order (PlannerTest) and the repository cuts them; the
    // Javadoc says when the database takes the cut over.
    assertThat(repository).contains("cut them with ROW_NUMBER().");
    assertThat(repository).contains(
        "rows = Rows.firstPerParent(rows, LatestBooksRow::parentKey, 3);");
    assertThat(repository).contains(
        "rows = Rows.firstPerParent(rows, LongestBookRow::parentKey, 1);");
  }

  // ---------------------------------------------------------------- depth and references

  @Test
  void nestingThreeLevelsDeepWithAggregatesAtEachLevel() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(
                long id,
                @Aggregate(table = "book", foreignKey = "author_id", where = "pages > 300") int longBooks,
                @Aggregate(foreignKey = "author_id") List<Book> books) {}
            """),
        dto("Book", """
            @Projection(table = "book")
            public record Book(
                long id,
                @Aggregate(table = "review", foreignKey = "book_id", where = "stars = 5") int fiveStars,
                @Aggregate(foreignKey = "book_id") List<Review> reviews) {}
            """),
        dto("Review", """
            @Projection(table = "review")
            public record Review(
                long id,
                @Aggregate(table = "vote", foreignKey = "review_id", function = Function.SUM,
                    column = "weight") long votes,
                @Aggregate(foreignKey = "review_id", orderBy = "posted") List<Comment> comments) {}
            """),
        dto("Comment", """
            @Projection(table = "comment")
            public record Comment(
                long id,
                String text,
                @Aggregate(table = "flag", foreignKey = "comment_id") boolean flagged) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.AuthorRepository");
    assertThat(statements(repository)).isEqualTo(4);
    // Each level is loaded for the keys of every row the level above loaded; a level that leaves
    // out no row passes on whether those are every row of its table.
    assertThat(repository).contains("List<Long> rowKeys = Rows.keys(rows, BooksRow::id);");
    assertThat(repository).contains("booksReviews(load, rowKeys, everyParent)");
    assertThat(repository).contains("List<Long> rowKeys = Rows.keys(rows, BooksReviewsRow::id);");
    assertThat(repository).contains("booksReviewsComments(load, rowKeys, everyParent)");
  }

  @Test
  void onlyALevelThatLeavesOutNoRowPassesOnThatItsParentsAreEveryRow() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(
                long id,
                @Aggregate(foreignKey = "author_id") List<Book> books,
                @Aggregate(foreignKey = "author_id", where = "pages > 300") List<Book> longBooks,
                @Aggregate(foreignKey = "author_id", orderBy = "pages DESC", limit = 1)
                    List<Book> longest,
                @Aggregate(through = "author_tag", foreignKey = "author_id",
                    inverseForeignKey = "tag_id") List<Tag> tags,
                @Reference(foreignKey = "agent_id") Optional<Agent> agent) {}
            """),
        dto("Book", """
            @Projection(table = "book")
            public record Book(long id, @Aggregate(table = "review", foreignKey = "book_id",
                column = "stars") List<Integer> stars) {}
            """),
        dto("Tag", """
            @Projection(table = "tag")
            public record Tag(long id, @Aggregate(table = "alias", foreignKey = "tag_id",
                column = "name") List<String> aliases) {}
            """),
        dto("Agent", """
            @Projection(table = "agent")
            public record Agent(long id, @Aggregate(table = "client", foreignKey = "agent_id",
                column = "name") List<String> clients) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.AuthorRepository");
    // The root passes on what its filter says; findAllById never reads every row.
    assertThat(repository).contains("author(load, rows, filter.everyRow())");
    assertThat(repository).contains("author(load, Rows.inKeyOrder(keys, rows, AuthorRow::id), false)");
    assertThat(repository).contains("books(part, rowKeys, everyRow)");
    assertThat(repository).contains("booksStars(load, rowKeys, everyParent)");
    // A where, a limit or a junction leaves rows out; a reference reads only what is referenced.
    assertThat(repository).contains("longBooksStars(load, rowKeys, false)");
    assertThat(repository).contains("longestStars(load, rowKeys, false)");
    assertThat(repository).contains("tagsAliases(load, rowKeys, false)");
    assertThat(repository).contains("agentClients(load, rowKeys, false)");
    assertThat(repository).contains("agent(load, Rows.keys(rows, AuthorRow::agentKey))");
  }

  @Test
  void nullableAndOptionalReferencesWithTheirOwnAggregatesAndCollections() {
    Compilation compilation = compile(
        dto("Book", """
            @Projection(table = "book")
            public record Book(
                long id,
                String title,
                @Reference(foreignKey = "publisher_code") Publisher publisher,
                @Reference(foreignKey = "editor_id") Optional<Editor> editor) {}
            """),
        dto("Publisher", """
            @Projection(table = "publisher", key = "code")
            public record Publisher(
                String code,
                String name,
                @Aggregate(table = "book", foreignKey = "publisher_code", where = "pages > 300")
                long longBooks,
                @Aggregate(foreignKey = "publisher_code") Set<Imprint> imprints) {}
            """),
        dto("Imprint", """
            @Projection(table = "imprint")
            public record Imprint(int id, String name) {}
            """),
        dto("Editor", """
            @Projection(table = "editor")
            public record Editor(UUID id, String name, @Aggregate(table = "book", foreignKey = "editor_id") int edited) {}
            """),
        caller("""
            Book book = new BookRepository(jdbi).findById(1L).orElseThrow();
            Publisher publisher = book.publisher();
            Optional<Editor> editor = book.editor();
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.BookRepository");
    assertThat(statements(repository)).isEqualTo(4);
    assertThat(repository).contains(
        "Optional.ofNullable(row.editorKey() == null ? null : editor.get(row.editorKey()))");
  }

  // ---------------------------------------------------------------- column types

  @Test
  void columnsOfEveryKindJdbiMaps() {
    Compilation compilation = compile(
        dto("Genre", """
            public enum Genre { NOVEL, POETRY }
            """),
        dto("Book", """
            @Projection(table = "book")
            public record Book(
                long id,
                boolean inPrint,
                byte edition,
                short volume,
                int pages,
                float weight,
                double rating,
                Boolean signed,
                Integer sequel,
                Long isbn13,
                Double discount,
                String title,
                Optional<String> subtitle,
                OptionalLong printRun,
                OptionalDouble score,
                Optional<BigDecimal> listPrice,
                BigDecimal price,
                LocalDate published,
                LocalDate withdrawn,
                LocalDateTime updated,
                Instant created,
                OffsetDateTime reviewed,
                Genre genre,
                UUID externalId,
                byte[] cover) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.BookRepository");
    for (String read : new String[] {
        "rs.getBoolean(2)", "rs.getByte(3)", "rs.getShort(4)", "rs.getInt(5)", "rs.getFloat(6)",
        "rs.getDouble(7)", "Columns.getBoolean(rs, 8)", "Columns.getInt(rs, 9)",
        "Columns.getLong(rs, 10)", "Columns.getDouble(rs, 11)", "rs.getString(12)",
        "Optional.ofNullable(rs.getString(13))", "Columns.getOptionalLong(rs, 14)",
        "Columns.getOptionalDouble(rs, 15)", "Optional.ofNullable(bigDecimalMapper.map(rs, 16, ctx))",
        "bigDecimalMapper.map(rs, 17, ctx)", "localDateMapper.map(rs, 18, ctx)",
        "localDateMapper.map(rs, 19, ctx)", ".map(rs, 20, ctx)", "instantMapper.map(rs, 21, ctx)",
        ".map(rs, 22, ctx)", "genreMapper.map(rs, 23, ctx)", ".map(rs, 24, ctx)",
        ".map(rs, 25, ctx)"}) {
      assertThat(repository).contains(read);
    }
    // Column mappers are looked up once per statement, not once per column or row.
    assertThat(occurrences(repository, "Columns.mapper(ctx, BigDecimal.class)")).isEqualTo(1);
    assertThat(occurrences(repository, "Columns.mapper(ctx, LocalDate.class)")).isEqualTo(1);
    assertThat(repository).contains("Columns.mapper(ctx, byte[].class)");
    assertThat(repository).contains("Columns.mapper(ctx, Genre.class)");
  }

  // ---------------------------------------------------------------- names and sharing

  @Test
  void dtoNestedInAnotherClassGetsAnOuterPrefixedRepository() {
    Compilation compilation = compile(
        dto("Catalog", """
            public final class Catalog {
              private Catalog() {}

              @Projection(table = "entry")
              public record Entry(long id, String title, @Aggregate(foreignKey = "entry_id") List<Note> notes) {}

              @Projection(table = "note")
              static final class Note {
                private final long id;
                private final String text;

                Note(long id, String text) {
                  this.id = id;
                  this.text = text;
                }
              }
            }
            """),
        caller("""
            Optional<Catalog.Entry> entry = new Catalog_EntryRepository(jdbi).findById(1L);
            List<?> notes = new Catalog_NoteRepository(jdbi).findAll();
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String repository = generated(compilation, "shapes.Catalog_EntryRepository");
    assertThat(repository).contains("public final class Catalog_EntryRepository {");
    assertThat(repository).contains("new Catalog.Entry(");
    assertThat(repository).contains("new Catalog.Note(");
    assertThat(generated(compilation, "shapes.Catalog_NoteRepository"))
        .contains("public List<Catalog.Note> findAll()");
  }

  @Test
  void twoProjectionsShareAnElementType() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(long id, @Aggregate(foreignKey = "author_id") List<Book> books) {}
            """),
        dto("Publisher", """
            @Projection(table = "publisher")
            public record Publisher(long id, @Aggregate(foreignKey = "publisher_id") Set<Book> books) {}
            """),
        BOOK,
        caller("""
            List<Book> byAuthor = new AuthorRepository(jdbi).findAll().get(0).books();
            Set<Book> byPublisher = new PublisherRepository(jdbi).findAll().get(0).books();
            List<Book> all = new BookRepository(jdbi).findAll();
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "shapes.AuthorRepository"))
        .contains("Select.children(2, \"Author.books\", \"book\", \"id\", \"author_id\")");
    assertThat(generated(compilation, "shapes.PublisherRepository")).contains(
        "Select.children(2, \"Publisher.books\", \"book\", \"id\", \"publisher_id\")");
    assertThat(statements(generated(compilation, "shapes.BookRepository"))).isEqualTo(1);
  }

  /** Generated locals and row components keep clear of the DTO's own names. */
  @Test
  void fieldsNamedLikeGeneratedLocals() {
    Compilation compilation = compile(
        dto("Shelf", """
            @Projection(table = "shelf")
            public record Shelf(
                long id,
                String rowKey,
                @Aggregate(foreignKey = "shelf_id") List<Slot> rows,
                @Aggregate(foreignKey = "shelf_id", where = "free") List<Slot> keys,
                @Aggregate(foreignKey = "shelf_id", where = "NOT free") Set<Slot> load,
                @Reference(foreignKey = "owner_id") Person row,
                @Reference(foreignKey = "keeper_id") Optional<Person> built) {}
            """),
        dto("Slot", """
            @Projection(table = "slot")
            public record Slot(long id, long parentKey, String value) {}
            """),
        dto("Person", """
            @Projection(table = "person")
            public record Person(long id, String name) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(statements(generated(compilation, "shapes.ShelfRepository"))).isEqualTo(6);
  }

  /** DTOs may share simple names with the java.util types the repository uses. */
  @Test
  void dtosNamedLikeJavaUtilTypes() {
    Compilation compilation = compile(
        JavaFileObjects.forSourceString("shapes.Map", """
            package shapes;

            import dev.sheaf.Aggregate;
            import dev.sheaf.Projection;

            @Projection(table = "map")
            public record Map(long id, @Aggregate(foreignKey = "map_id") java.util.Set<List> layers) {}
            """),
        JavaFileObjects.forSourceString("shapes.List", """
            package shapes;

            import dev.sheaf.Projection;
            import dev.sheaf.Reference;

            @Projection(table = "layer")
            public record List(long id, @Reference(foreignKey = "style_id") java.util.Optional<Optional> style) {}
            """),
        JavaFileObjects.forSourceString("shapes.Optional", """
            package shapes;

            import dev.sheaf.Projection;

            @Projection(table = "style")
            public record Optional(long id, String name) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(statements(generated(compilation, "shapes.MapRepository"))).isEqualTo(3);
  }

  /** A condition may hold backslashes and triple quotes; the text block keeps them as written. */
  @Test
  void conditionWithBackslashesAndTripleQuotes() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(
                long id,
                @Aggregate(table = "book", foreignKey = "author_id",
                    where = "title LIKE '%\\\\_%' ESCAPE '\\\\' OR title = '\\"\\"\\"'") int odd) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(statement(generated(compilation, "shapes.AuthorRepository"), "AUTHOR"))
        .contains("WHERE (title LIKE '%\\_%' ESCAPE '\\' OR title = '\"\"\"')\n");
  }

  // ---------------------------------------------------------------- known bugs

  @Test
  void characterColumn() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(long id, Character initial) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(statement(generated(compilation, "shapes.AuthorRepository"), "AUTHOR"))
        .contains("author.initial");
  }

  @Test
  void collectionNamedStatements() {
    Compilation compilation = compile(
        dto("Account", """
            @Projection(table = "account")
            public record Account(long id, @Aggregate(foreignKey = "account_id") List<Line> statements) {}
            """),
        dto("Line", """
            @Projection(table = "statement_line")
            public record Line(long id, BigDecimal amount) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(statements(generated(compilation, "shapes.AccountRepository"))).isEqualTo(2);
  }

  @Test
  void orderByEndingInAQuotedName() {
    Compilation compilation = compile(
        dto("Book", """
            @Projection(table = "book")
            public record Book(
                long id,
                @Aggregate(table = "tag", foreignKey = "book_id", column = "name",
                    orderBy = "name COLLATE \\"C\\"") List<String> tags) {}
            """));

    // The quotes are escaped in the Java literal (PlannerTest has the SQL).
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "shapes.BookRepository"))
        .contains(".orderBy(\"name COLLATE \\\"C\\\"\")");
  }

  /** Names reach the Javadoc, where JavaPoet reads '$' as a placeholder unless given as $L. */
  @Test
  void dollarSignsInNames() {
    Compilation compilation = compile(
        dto("Price$Card", """
            @Projection(table = "price")
            public record Price$Card(
                long id,
                String a$b,
                @Aggregate(table = "tag", foreignKey = "card_id", column = "name") List<String> tag$s) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "shapes.Price$CardRepository"))
        .contains("{@code Price$Card.tag$s}, for the keys of the level above");
  }

  /**
   * A DTO whose lowered name is a Java keyword (Case, Class, Double, Switch...) or yield, and
   * a collection named yield: the generated methods are named for them.
   */
  @Test
  void namesThatLowerToJavaKeywordsOrYield() {
    Compilation compilation = compile(
        dto("Case", """
            @Projection(table = "court_case")
            public record Case(long id, @Aggregate(foreignKey = "case_id") List<Yield> yield) {}
            """),
        dto("Yield", """
            @Projection(table = "yield")
            public record Yield(long id, @Aggregate(foreignKey = "yield_id") Set<Double> doubles) {}
            """),
        dto("Double", """
            @Projection(table = "double_entry")
            public record Double(long id) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "shapes.CaseRepository")).contains("case_(load, rows, filter.everyRow())");
    assertThat(generated(compilation, "shapes.YieldRepository")).contains("yield_(load, rows, filter.everyRow())");
  }

  /** A class may have fields named like Object's methods; a row record may not have such components. */
  @Test
  void classFieldsNamedLikeObjectMethods() {
    Compilation compilation = compile(
        dto("Signal", """
            @Projection(table = "signal")
            public final class Signal {
              final long id;
              final boolean wait;
              final String toString;
              final int hashCode;
              final java.time.Instant getClass;

              Signal(long id, boolean wait, String toString, int hashCode, java.time.Instant getClass) {
                this.id = id;
                this.wait = wait;
                this.toString = toString;
                this.hashCode = hashCode;
                this.getClass = getClass;
              }
            }
            """));

    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * A type of the DTO's package named like a java.lang type hides it from the repository, which
   * must then write java.lang.String (or Long...) in full; here neither type is a column.
   */
  @Test
  void packageTypesNamedLikeJavaLangTypes() {
    Compilation compilation = compile(
        dto("Author", """
            @Projection(table = "author")
            public record Author(long id, java.lang.String name) {}
            """),
        dto("String", """
            public enum String { PLAIN, BOLD }
            """),
        dto("Long", """
            public final class Long {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "shapes.AuthorRepository"))
        .contains("Loads {@link Author}s complete");
  }

  /**
   * A projection of another package, reached through one of the same package as it: the root's
   * repository builds both, through their public constructors.
   */
  @Test
  void projectionsOfAnotherPackage() {
    Compilation compilation = compile(
        dto("Library", """
            @Projection(table = "library")
            public record Library(long id, @Aggregate(foreignKey = "library_id") List<lib.Shelf> shelves) {}
            """),
        JavaFileObjects.forSourceString("lib.Shelf", """
            package lib;

            @dev.sheaf.Projection(table = "shelf")
            public final class Shelf {
              final long id;
              @dev.sheaf.Aggregate(foreignKey = "shelf_id") final java.util.List<Slot> slots;

              public Shelf(long id, java.util.List<Slot> slots) {
                this.id = id;
                this.slots = slots;
              }
            }
            """),
        JavaFileObjects.forSourceString("lib.Slot", """
            package lib;

            @dev.sheaf.Projection(table = "slot")
            public record Slot(long id, String label) {}
            """));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(statements(generated(compilation, "shapes.LibraryRepository"))).isEqualTo(3);
  }

  /**
   * Parameters named in a where, at any depth, are the repository's: listed once each in name
   * order, with the fields that use them, and bound through {@code bind}; the SQL keeps them as
   * they were written.
   */
  @Test
  void callTimeParameters() {
    Compilation compilation = compile(
        dto("Customer", """
            @Projection(table = "customer")
            public record Customer(long id,
                @Aggregate(table = "rental", foreignKey = "customer_id",
                    where = "rented_at >= :since AND rented_at < :until") int rentals,
                @Aggregate(foreignKey = "customer_id", where = "rented_at >= :since")
                    List<Rental> recent) {}
            """),
        dto("Rental", """
            @Projection(table = "rental")
            public record Rental(long id,
                @Aggregate(table = "payment", foreignKey = "rental_id",
                    where = "amount >= :min") int bigPayments) {}
            """),
        caller("""
            CustomerRepository customers = new CustomerRepository(jdbi)
                .bind("since", java.time.LocalDate.of(2024, 1, 1));
            List<Customer> all = customers.bind("until", null).bind("min", 5).findAll();
            List<Customer> some = customers.query().bind("min", 5).bind("until", null).list();
            """));

    assertThat(compilation).succeededWithoutWarnings();
    String customers = generated(compilation, "shapes.CustomerRepository");
    assertThat(customers).contains(
        "public static final Set<String> PARAMETERS = Set.of(\"min\", \"since\", \"until\");");
    assertThat(customers).contains("<li>{@code :since}, in {@code Customer.rentals},"
        + " {@code Customer.recent}</li>");
    assertThat(customers).contains(
        "this(Loader.of(jdbi).declaring(\"CustomerRepository\", PARAMETERS));");
    assertThat(customers).contains("public CustomerRepository bind(String name, Object value) {");
    // The nested projection's own repository takes only the parameter its tree names.
    assertThat(generated(compilation, "shapes.RentalRepository"))
        .contains("PARAMETERS = Set.of(\"min\");");
  }

  /** A repository whose annotations name no parameter has no PARAMETERS and no bind. */
  @Test
  void noParametersNoBind() {
    Compilation compilation = compile(BOOK);

    assertThat(compilation).succeededWithoutWarnings();
    String books = generated(compilation, "shapes.BookRepository");
    assertThat(books).doesNotContain("PARAMETERS");
    assertThat(books).doesNotContain(" bind(");
    assertThat(books).contains("this(Loader.of(jdbi));");
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
