package dev.sheaf.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.common.io.Resources;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.sheaf.processor.report.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each misuse in the {@link Message} catalogue, written as a user would write it
 * ({@code src/test/resources/misuse/<CONSTANT>.java}): the build fails with that message, once, on
 * the element (annotation, attribute) that is wrong, and with no other error. In the sources the
 * annotation, the attribute at fault and the component sit on lines of their own, so a location
 * test tells them apart, and the line the diagnostic must point at ends with {@code // error}
 * ({@code // warning}), so each source says where its mistake is.
 */
class MisuseTest {
  /** Messages no DTO can provoke: the processor's own failures ({@link ProcessorFailureTest}). */
  private static final Set<Message> NOT_FROM_A_DTO =
      EnumSet.of(Message.INTERNAL_ERROR, Message.WRITE_FAILED);

  /** Messages that only a schema (-Asheaf.schema) can give: {@code SchemaCheckTest} has them. */
  /** Ends the line of a misuse source its diagnostic points at. */
  private static final Pattern MARKER = Pattern.compile("// (error|warning)$");

  static final Set<Message> NEED_A_SCHEMA = EnumSet.of(Message.UNKNOWN_TABLE,
      Message.UNKNOWN_COLUMN, Message.COLUMN_TYPE, Message.COLUMN_NARROWING,
      Message.NUMERIC_COLUMN, Message.NOT_INFERRED, Message.NAME_CASE, Message.MISSING_INDEX,
      Message.SCHEMA_UNREADABLE,
      Message.SCHEMA_STATEMENT_SKIPPED);

  /**
   * Javac on JDK 17 gives a diagnostic printed on a record component no position, so every
   * misuse of a record's field is reported without file and line.
   */
  static Stream<Message> fromADto() {
    return Stream.of(Message.values())
        .filter(m -> !NOT_FROM_A_DTO.contains(m) && !NEED_A_SCHEMA.contains(m));
  }

  private static JavaFileObject misuse(Message message) {
    return JavaFileObjects.forResource("misuse/" + message.name() + ".java");
  }

  private static Compilation compile(JavaFileObject... sources) {
    return Javac.sheaf().compile(sources);
  }

  /** The misuse source of {@code message} fails with it, once, on its marked line. */
  private static void assertReported(Message message) {
    JavaFileObject source = misuse(message);
    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[sheaf:" + message.name() + "]")
        .inFile(source)
        .onLine(markedLine(source));
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * The number of the line a misuse source ends with {@code // error} (or {@code // warning}):
   * the one its diagnostic must point at. The source says it where it is read.
   */
  private static long markedLine(JavaFileObject source) {
    List<Long> marked = markedLines(source);
    if (marked.size() != 1) {
      throw new AssertionError(source.getName() + " marks " + marked.size()
          + " lines with " + MARKER + "; mark the one line its diagnostic points at");
    }
    return marked.get(0);
  }

  private static List<Long> markedLines(JavaFileObject source) {
    List<String> lines;
    try {
      lines = source.getCharContent(true).toString().lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Long> marked = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (MARKER.matcher(lines.get(i)).find()) {
        marked.add(i + 1L);
      }
    }
    return marked;
  }

  // ---------------------------------------------------------------- the catalogue is covered

  @Test
  void everyMessageADtoCanCauseHasAMisuseSource() {
    List<String> missing = fromADto()
        .filter(m -> MisuseTest.class.getClassLoader().getResource("misuse/" + m.name() + ".java") == null)
        .map(Message::name)
        .toList();

    assertThat(missing).isEmpty();
  }

  @Test
  void everyMisuseSourceIsNamedForAMessage() throws IOException, URISyntaxException {
    Path folder = Path.of(Resources.getResource("misuse").toURI());
    Set<String> stale = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.map(f -> f.getFileName().toString().replaceFirst("\\.java$", "")).forEach(stale::add);
    }
    fromADto().map(Message::name).forEach(stale::remove);

    assertThat(stale).isEmpty();
  }

  static Stream<Message> errorsFromADto() {
    return fromADto().filter(m -> m.kind() == Diagnostic.Kind.ERROR);
  }

  /** So that a test can tell the annotation, the attribute at fault and the component apart. */
  @ParameterizedTest
  @MethodSource("fromADto")
  void everyMisuseSourceMarksTheOneLineItsDiagnosticPointsAt(Message message) {
    assertThat(markedLines(misuse(message))).hasSize(1);
  }

  /** Each misuse gives its own message and nothing else, on the line its source marks. */
  @ParameterizedTest
  @MethodSource("errorsFromADto")
  void eachMisuseFailsWithItsMessageOnlyOnItsMarkedLine(Message message) {
    assertReported(message);
  }

  // ---------------------------------------------------------------- what the messages say

  @Test
  void projectionKind() {
    assertThat(compile(misuse(Message.PROJECTION_KIND)))
        .hadErrorContaining(Message.PROJECTION_KIND.format("AuthorView"));
  }

  @Test
  void noConstructor() {
    assertThat(compile(misuse(Message.NO_CONSTRUCTOR)))
        .hadErrorContaining(Message.NO_CONSTRUCTOR.format("Author", "long id, java.lang.String name"));
  }

  @Test
  void noKeyField() {
    assertThat(compile(misuse(Message.NO_KEY_FIELD)))
        .hadErrorContaining(Message.NO_KEY_FIELD.format("Author", "id"));
  }

  @Test
  void missingReferenceKey() {
    assertThat(compile(misuse(Message.MISSING_REFERENCE_KEY)))
        .hadErrorContaining(Message.MISSING_REFERENCE_KEY.format("Book.publisher", "book", "Publisher"));
  }

  @Test
  void parameterInSql() {
    assertThat(compile(misuse(Message.PARAMETER_IN_SQL)))
        .hadErrorContaining(Message.PARAMETER_IN_SQL.format("where", "Author.longBooks", "?"));
  }

  /** An order is fixed at build time: a named parameter in it is refused too. */
  @Test
  void parameterInAnOrder() {
    JavaFileObject source = JavaFileObjects.forSourceLines("misuse.Shelf",
        "package misuse;",
        "import dev.sheaf.Aggregate;",
        "import dev.sheaf.Projection;",
        "import java.util.List;",
        "@Projection(table = \"author\")",
        "record Shelf(long id,",
        "    @Aggregate(table = \"book\", foreignKey = \"author_id\", column = \"title\",",
        "        orderBy = \"title <> :first\")",
        "    List<String> titles) {}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
        Message.PARAMETER_IN_SQL.format("orderBy", "Shelf.titles", ":first"));
    assertThat(compilation).hadErrorContaining("[sheaf:PARAMETER_IN_SQL]").inFile(source)
        .onLineContaining("orderBy = ");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void badPath() {
    assertThat(compile(misuse(Message.BAD_PATH))).hadErrorContaining(Message.BAD_PATH.format(
        "Film.revenue", "does not join: \"inventory.rental_id = payment.rental_id\" starts from"
            + " inventory, and the table before it is rental"));
  }

  /** A path names every key: the attributes it replaces are refused beside it. */
  @Test
  void aPathBesideItsKeys() {
    Compilation compilation = compile(JavaFileObjects.forSourceLines("misuse.Film",
        "package misuse;",
        "import dev.sheaf.Aggregate;",
        "import dev.sheaf.Projection;",
        "@Projection(table = \"film\", key = \"film_id\")",
        "record Film(long filmId,",
        "    @Aggregate(table = \"rental\", foreignKey = \"film_id\",",
        "        path = {\"inventory.film_id\", \"inventory.inventory_id = rental.inventory_id\"})",
        "    int rentals) {}"));

    assertThat(compilation).hadErrorContaining(Message.BAD_PATH.format("Film.rentals",
        "names every key; foreignKey says it again"));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void reservedParameter() {
    assertThat(compile(misuse(Message.RESERVED_PARAMETER)))
        .hadErrorContaining(Message.RESERVED_PARAMETER.format("where", "Author.chosenBooks", "keys"));
  }

  /** A warning: the build succeeds, and says which attribute to remove, on it. */
  @Test
  void ignoredAttribute() {
    JavaFileObject source = misuse(Message.IGNORED_ATTRIBUTE);
    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(Message.IGNORED_ATTRIBUTE.format("column", "Author.hasBooks",
            "EXISTS reads no column"))
        .inFile(source).onLine(markedLine(source));
  }

  @Test
  void columnOnAnAggregateIsIgnoredWithAWarningOnIt() {
    JavaFileObject source = JavaFileObjects.forSourceString("misuse.Author", """
        package misuse;

        import dev.sheaf.Aggregate;
        import dev.sheaf.Column;
        import dev.sheaf.Projection;

        @Projection(table = "author")
        record Author(
            long id,
            @Column("books")
            @Aggregate(table = "book", foreignKey = "author_id") long bookCount) {}
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[sheaf:IGNORED_ATTRIBUTE] @Column on Author.bookCount")
        .inFile(source).onLineContaining("@Column(\"books\")");
  }

  /** Each function refuses a type that cannot hold its result, and says which types can. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "SUM     | String  | FUNCTION_TYPE | a sum is a number",
      "EXISTS  | int     | FUNCTION_TYPE | existence is a boolean",
      "COUNT   | boolean | FUNCTION_TYPE | a count is an int or a long",
      "COLLECT | long    | COLLECT_TYPE  | its type must be a List, Set or Collection"})
  void functionsIntoTypesThatCannotHoldThem(String function, String type, Message message,
      String advice) {
    JavaFileObject source = JavaFileObjects.forSourceString("misuse.Author", """
        package misuse;

        import dev.sheaf.Aggregate;
        import dev.sheaf.Aggregate.Function;
        import dev.sheaf.Projection;

        @Projection(table = "author")
        record Author(
            long id,
            @Aggregate(table = "book", foreignKey = "author_id", column = "pages",
                function = Function.%s)
            %s value) {}
        """.formatted(function, type));
    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[sheaf:" + message.name() + "]")
        .inFile(source).onLineContaining("function = Function." + function + ")");
    assertThat(compilation).hadErrorContaining(advice);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void limitParameterOnScalar() {
    Compilation compilation = compile(JavaFileObjects.forSourceLines("misuse.Author",
        "package misuse;",
        "import dev.sheaf.Aggregate;",
        "import dev.sheaf.Projection;",
        "@Projection(table = \"author\")",
        "record Author(long id,",
        "    @Aggregate(table = \"book\", foreignKey = \"author_id\", limitParameter = \"n\")",
        "    long books) {}"));

    assertThat(compilation).hadErrorContaining(Message.LIMIT_ON_SCALAR.format(
        "limitParameter = \"n\"", "Author.books"));
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void limitTwice() {
    assertThat(compile(misuse(Message.LIMIT_TWICE)))
        .hadErrorContaining(Message.LIMIT_TWICE.format("Author.titles", 3, "n"));
  }

  @Test
  void badParameterName() {
    assertThat(compile(misuse(Message.BAD_PARAMETER_NAME)))
        .hadErrorContaining(Message.BAD_PARAMETER_NAME.format(":n", "Author.titles"));
  }

  /** Reported on the root, whose repository (in its package) would build the other package's DTO. */
  @Test
  void notPublic() {
    assertThat(compile(misuse(Message.NOT_PUBLIC))).hadErrorContaining(Message.NOT_PUBLIC.format(
        "Library", "dev.sheaf.processor.fixtures.Shelf", "Library.shelves", "Shelf"));
  }

  /** MySQL's backticks are not standard SQL: the message gives the name in double quotes. */
  @Test
  void aNameInBackticksIsShownInDoubleQuotes() {
    JavaFileObject source = JavaFileObjects.forSourceString("misuse.Track", """
        package misuse;

        import dev.sheaf.Projection;

        @Projection(
            table = "`Track`")
        record Track(long id) {}
        """);

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(Message.BAD_IDENTIFIER.format("table", "`Track`",
        "Track", "; here: \"\\\"Track\\\"\"")).inFile(source).onLineContaining("table = ");
    assertThat(compilation).hadErrorCount(1);
  }

  /** A cycle through two projections stays refused, and says what covers one level. */
  @Test
  void cycle() {
    assertThat(compile(misuse(Message.CYCLE))).hadErrorContaining(Message.CYCLE.format(
        "Task.owner", "Employee", "Employee -> Task -> Employee", "Employee"));
  }

  @Test
  void treeShape() {
    assertThat(compile(misuse(Message.TREE_SHAPE))).hadErrorContaining(
        "a second @Projection on the same table");
  }

  /** Two fields of one projection that collect it would make every row hold two walks. */
  @Test
  void twoTreesInOneProjection() {
    JavaFileObject source = JavaFileObjects.forSourceString("misuse.Person", """
        package misuse;

        import dev.sheaf.Aggregate;
        import dev.sheaf.Projection;
        import java.util.List;

        @Projection(table = "person")
        record Person(long id,
            @Aggregate(foreignKey = "manager_id") List<Person> reports,
            @Aggregate(foreignKey = "mentor_id") List<Person> mentees) {}
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[sheaf:TREE_SHAPE]").inFile(source)
        .onLineContaining("List<Person> mentees");
    assertThat(compilation).hadErrorContaining("Person already loads as a tree through reports");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * A chain up and a tree down in one projection: the manager's reports would hold the row
   * again, which no finite DTO can.
   */
  @Test
  void aChainAndATreeInOneProjection() {
    JavaFileObject source = JavaFileObjects.forSourceString("misuse.Employee", """
        package misuse;

        import dev.sheaf.Aggregate;
        import dev.sheaf.Projection;
        import dev.sheaf.Reference;
        import java.util.List;

        @Projection(table = "employee")
        record Employee(long id,
            @Aggregate(foreignKey = "manager_id") List<Employee> reports,
            @Reference(foreignKey = "manager_id") Employee manager) {}
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[sheaf:TREE_SHAPE]").inFile(source)
        .onLineContaining("Employee manager");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aChainDepthBelowOne() {
    JavaFileObject source = JavaFileObjects.forSourceString("misuse.Employee", """
        package misuse;

        import dev.sheaf.Projection;
        import dev.sheaf.Reference;

        @Projection(table = "employee")
        record Employee(long id,
            @Reference(foreignKey = "manager_id", depth = -1) Employee manager) {}
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(Message.DEPTH_BELOW_ONE.format(-1,
        "Employee.manager"));
    assertThat(compilation).hadErrorCount(1);
  }

  /** A depth on a field that is no tree does nothing, and says so. */
  @Test
  void aDepthOnAnotherFieldIsIgnored() {
    JavaFileObject source = JavaFileObjects.forSourceString("misuse.Author", """
        package misuse;

        import dev.sheaf.Aggregate;
        import dev.sheaf.Projection;
        import java.util.List;

        @Projection(table = "author")
        record Author(long id,
            @Aggregate(foreignKey = "author_id", depth = 2) List<Book> books) {}

        @Projection(table = "book")
        record Book(long id) {}
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[sheaf:IGNORED_ATTRIBUTE] depth on Author.books"
        + " has no effect: only a collection of the projection that holds it is a tree");
  }

  /** A quoted name holds what a plain one does: the message says so. */
  @Test
  void aQuotedNameWithASpaceSaysWhatQuotesMayHold() {
    JavaFileObject source = JavaFileObjects.forSourceString("misuse.Line", """
        package misuse;

        import dev.sheaf.Projection;

        @Projection(
            table = "\\"Order Details\\"")
        record Line(long id) {}
        """);

    assertThat(compile(source)).hadErrorContaining(
        "; a name in quotes may hold letters, digits, _ and $ only.");
  }

  // ---------------------------------------------------------------- how errors are reported

  /**
   * On a class's fields the reporter's three kinds of origin land where they should: the
   * attribute, the annotation, the field. Every error of the DTO is reported, and nothing is
   * generated for it.
   */
  @Test
  void everyErrorOfADtoOnItsElementAnnotationOrAttribute() {
    JavaFileObject source = JavaFileObjects.forSourceString("misuse.Author", """
        package misuse;

        import dev.sheaf.Aggregate;
        import dev.sheaf.Projection;
        import java.util.Map;

        @Projection(table = "author")
        final class Author {
          final long id;
          @Aggregate(table = "book",
              foreignKey = "author_id OR 1=1")
          final long bookCount;
          @Aggregate(foreignKey = "author_id")
          final long awardCount;
          final Map<String, String> attributes;

          Author(long id, long bookCount, long awardCount, Map<String, String> attributes) {
            this.id = id;
            this.bookCount = bookCount;
            this.awardCount = awardCount;
            this.attributes = attributes;
          }
        }
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[sheaf:BAD_IDENTIFIER]")
        .inFile(source).onLineContaining("foreignKey = \"author_id OR 1=1\"");
    assertThat(compilation).hadErrorContaining("[sheaf:MISSING_TABLE]")
        .inFile(source).onLineContaining("@Aggregate(foreignKey = \"author_id\")");
    assertThat(compilation).hadErrorContaining("[sheaf:UNSUPPORTED_TYPE]")
        .inFile(source).onLineContaining("Map<String, String> attributes;");
    assertThat(compilation).hadErrorCount(3);
    assertThat(writtenSources(source)).isEmpty();
  }

  /** A broken projection that two others collect is reported once; none of the three is written. */
  @Test
  void brokenProjectionReachedTwiceIsReportedOnce() {
    JavaFileObject book = JavaFileObjects.forSourceString("misuse.Book", """
        package misuse;

        import dev.sheaf.Projection;

        @Projection(table = "book")
        public record Book(long bookId, String title) {}
        """);
    JavaFileObject[] sources = {
        JavaFileObjects.forSourceString("misuse.Author", """
            package misuse;

            import dev.sheaf.Aggregate;
            import dev.sheaf.Projection;
            import java.util.List;

            @Projection(table = "author")
            public record Author(long id, @Aggregate(foreignKey = "author_id") List<Book> books) {}
            """),
        book,
        JavaFileObjects.forSourceString("misuse.Publisher", """
            package misuse;

            import dev.sheaf.Aggregate;
            import dev.sheaf.Projection;
            import java.util.Set;

            @Projection(table = "publisher")
            public record Publisher(long id, @Aggregate(foreignKey = "publisher_id") Set<Book> books) {}
            """),
        JavaFileObjects.forSourceString("misuse.Tag", """
            package misuse;

            import dev.sheaf.Projection;

            @Projection(table = "tag")
            public record Tag(long id, String name) {}
            """)};
    Compilation compilation = compile(sources);

    assertThat(compilation).hadErrorContaining("[sheaf:NO_KEY_FIELD]")
        .inFile(book).onLineContaining("@Projection(table = \"book\")");
    assertThat(compilation).hadErrorCount(1);
    // Only the projection that does not reach Book is written.
    assertThat(writtenSources(sources)).containsExactly("misuse/TagRepository.java");
  }

  /** A cycle through two projections is one error, naming the path, whichever is read first. */
  @Test
  void cycleThroughTwoProjectionsIsOneError() {
    JavaFileObject[] sources = {
        JavaFileObjects.forSourceString("misuse.Author", """
            package misuse;

            import dev.sheaf.Aggregate;
            import dev.sheaf.Projection;
            import java.util.List;

            @Projection(table = "author")
            public record Author(long id, @Aggregate(foreignKey = "author_id") List<Book> books) {}
            """),
        JavaFileObjects.forSourceString("misuse.Book", """
            package misuse;

            import dev.sheaf.Projection;
            import dev.sheaf.Reference;

            @Projection(table = "book")
            public record Book(long id, @Reference(foreignKey = "author_id") Author author) {}
            """)};
    Compilation compilation = compile(sources);

    assertThat(compilation).hadErrorContaining("[sheaf:CYCLE]");
    assertThat(compilation).hadErrorContainingMatch("Author -> Book -> Author|Book -> Author -> Book");
    assertThat(compilation).hadErrorCount(1);
    assertThat(writtenSources(sources)).isEmpty();
  }

  @Test
  void projectionInsideAPrivateClass() {
    JavaFileObject source = JavaFileObjects.forSourceString("misuse.Holder", """
        package misuse;

        import dev.sheaf.Projection;

        public class Holder {
          private static class Hidden {
            @Projection(table = "tag")
            record Tag(long id, String name) {}
          }
        }
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining("[sheaf:PROJECTION_PRIVATE]")
        .inFile(source).onLineContaining("class Hidden");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * STYLE.md section 4: a broken @Projection from a jar gets its error on the field that uses it,
   * since the jar has no source to point at.
   */
  @Test
  void brokenProjectionOnTheClasspathIsReportedOnTheFieldThatUsesIt(@TempDir Path classes)
      throws IOException {
    Compilation library = Javac.withoutSheaf().compile(JavaFileObjects.forSourceString("lib.Book", """
        package lib;

        import dev.sheaf.Projection;

        @Projection(table = "book")
        public record Book(long bookId, String title) {}
        """));
    assertThat(library).succeeded();
    writeClasses(library, classes);
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

    assertThat(compilation).hadErrorContaining("[sheaf:NO_KEY_FIELD]")
        .inFile(author).onLineContaining("final List<Book> books;");
    assertThat(compilation).hadErrorCount(1);
  }

  /**
   * An annotation javac cannot complete (a required attribute missing, a value of the wrong
   * type, an unknown function) is javac's error to report; Sheaf adds no INTERNAL_ERROR to it.
   * javac runs no processor after such an error by default; it does when told to go on
   * (should-stop.ifError), as here, and so may a tool that processes code as it is typed.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "@Projection public record Author(long id) {}",
      "@Projection(table = \"author\") public record Author(long id,"
          + " @Aggregate(table = \"book\", foreignKey = \"author_id\", limit = \"3\") int books) {}",
      "@Projection(table = \"author\") public record Author(long id,"
          + " @Aggregate(function = Aggregate.Function.MEDIAN, table = \"book\","
          + " foreignKey = \"author_id\", column = \"pages\") int pages) {}"})
  void annotationJavacCannotCompleteGetsJavacsErrorsOnly(String dto) {
    Compilation compilation = Javac.sheaf()
        .withOptions("-XDshould-stop.ifError=FLOW")
        .compile(JavaFileObjects.forSourceString("misuse.Author",
            "package misuse;\n\nimport dev.sheaf.Aggregate;\nimport dev.sheaf.Projection;\n\n" + dto));

    assertThat(compilation).failed();
    assertThat(compilation.errors().stream()
        .map(error -> error.getMessage(Locale.ROOT))
        .filter(message -> message.contains("[sheaf:"))
        .toList()).isEmpty();
  }

  /**
   * The names of the source files Sheaf writes when {@code sources} are compiled. compile-testing
   * hides the generated files of a failed compilation, so this runs javac on a temporary folder.
   */
  static List<String> writtenSources(JavaFileObject... sources) {
    try {
      Path generated = Files.createTempDirectory("sheaf-generated");
      Javac.sheaf().compileInto(generated, sources);
      try (Stream<Path> written = Files.walk(generated)) {
        return written.filter(f -> f.toString().endsWith(".java"))
            .map(f -> generated.relativize(f).toString())
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void writeClasses(Compilation compilation, Path folder) {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      Path target = folder.resolve(file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", ""));
      try (InputStream in = file.openInputStream()) {
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
