package dev.sheaf.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static dev.sheaf.processor.model.Models.STRING;
import static dev.sheaf.processor.model.Models.column;
import static dev.sheaf.processor.model.Models.columns;
import static dev.sheaf.processor.model.Models.count;
import static dev.sheaf.processor.model.Models.id;
import static dev.sheaf.processor.model.Models.list;
import static dev.sheaf.processor.model.Models.oneToMany;
import static dev.sheaf.processor.model.Models.optionalReference;
import static dev.sheaf.processor.model.Models.record;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import dev.sheaf.Aggregate.Function;
import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.plan.CollectionLevel;
import dev.sheaf.processor.plan.EveryRow;
import dev.sheaf.processor.plan.FieldLevel;
import dev.sheaf.processor.plan.Planner;
import dev.sheaf.processor.plan.RepositoryPlan;
import dev.sheaf.processor.plan.RootLevel;
import dev.sheaf.processor.plan.TopN;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Element;
import org.junit.jupiter.api.Test;

/**
 * The code {@link RepositoryWriter} writes for plans of models built by hand, piece by piece: a
 * statement's {@code Select}, a level's method, a row record. Whole files are
 * {@code GeneratedSourceTest}'s golden; that they compile and run, its and the examples' tests.
 */
class RepositoryWriterTest {
  private static final ProjectionModel BOOK = record("Book", "book", id(), column("title", STRING));
  private static final ProjectionModel AGENT =
      record("Agent", "agent", id(), column("name", STRING));
  /** A root with a count of a collection it loads, a reference and a column collection. */
  private static final ProjectionModel AUTHOR = record("Author", "author", id(),
      column("name", STRING),
      count("numBooks", oneToMany("book", "author_id")),
      list("books", BOOK, oneToMany("book", "author_id")),
      optionalReference("agent", AGENT, "agent_id"),
      columns("aliases", STRING, oneToMany("alias", "author_id"), "alias"));
  /**
   * Stands for the DTO; the writer only hands it to JavaPoet as the originating element, so any
   * question about it but identity fails.
   */
  private static final Element DTO = (Element) Proxy.newProxyInstance(
      Element.class.getClassLoader(), new Class<?>[] {Element.class}, (proxy, method, args) ->
          switch (method.getName()) {
            case "toString" -> "the DTO";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException(method.getName());
          });

  private static JavaFile write(ProjectionModel model) {
    return write(model, name -> false);
  }

  private static JavaFile write(ProjectionModel model, Predicate<String> packageDeclares) {
    return new RepositoryWriter(packageDeclares).write(new Planner().plan(model), DTO);
  }

  @Test
  void eachStatementIsASelectNumberedInTheOrderTheLoadRunsIt() {
    JavaFile file = write(AUTHOR);

    assertThat(part(file, "public static final int STATEMENTS")).isEqualTo(
        "public static final int STATEMENTS = 4;\n");
    // The count is the size of the books the load reads anyway: no aggregate in the root's SQL.
    assertThat(part(file, "private static final Select AUTHOR")).isEqualTo("""
        private static final Select AUTHOR = Select.root(1, "Author", "author", "id")
            .column("id")
            .column("name")
            .column("agent_id");
        """);
    assertThat(part(file, "private static final Select BOOKS")).isEqualTo("""
        private static final Select BOOKS = Select.children(2, "Author.books", "book", "id", "author_id")
            .column("id")
            .column("title")
            .keyOrderInJava();
        """);
    assertThat(part(file, "private static final Select AGENT")).isEqualTo("""
        private static final Select AGENT = Select.referenced(3, "Author.agent", "agent", "id")
            .column("id")
            .column("name");
        """);
    assertThat(part(file, "private static final Select ALIASES")).isEqualTo("""
        private static final Select ALIASES =
            Select.children(4, "Author.aliases", "alias", null, "author_id")
                .column("alias")
                .tieBreaker("alias");
        """);
  }

  @Test
  void theClassJavadocStatesTheStatementCount() {
    assertThat(write(AUTHOR).toString()).contains(
        " * Loads {@link Author}s complete, in at most 4 statements, whatever the number of rows:");
    assertThat(write(BOOK).toString()).contains(
        " * Loads {@link Book}s complete, in at most 1 statement, whatever the number of rows:");
  }

  /**
   * Each row gets its children by its key, an absent reference being empty, not a lookup. The
   * siblings but the last are forks, which the runtime may run on other connections.
   */
  @Test
  void theRootBuildsEachDtoFromItsRowAndItsChildren() {
    assertThat(part(write(AUTHOR), "private List<Author> author(")).isEqualTo("""
        private List<Author> author(Load load, List<AuthorRow> rows, boolean everyRow) {
          List<Long> rowKeys = Rows.keys(rows, AuthorRow::id);
          Fork<Map<Long, List<Book>>> booksFork =
              load.fork(rowKeys, part -> books(part, rowKeys, everyRow));
          List<Long> agentKeys = Rows.keys(rows, AuthorRow::agentKey);
          Fork<Map<Long, Agent>> agentFork = load.fork(agentKeys, part -> agent(part, agentKeys));
          Map<Long, List<String>> aliases = aliases(load, rowKeys, everyRow);
          Map<Long, List<Book>> books = booksFork.join();
          Map<Long, Agent> agent = agentFork.join();
          List<Author> built = new ArrayList<>(rows.size());
          for (AuthorRow row : rows) {
            List<Book> rowBooks = books.getOrDefault(row.id(), List.of());
            built.add(new Author(
                row.id(),
                row.name(),
                (long) rowBooks.size(),
                rowBooks,
                Optional.ofNullable(row.agentKey() == null ? null : agent.get(row.agentKey())),
                aliases.getOrDefault(row.id(), List.of())));
          }
          return built;
        }
        """);
  }

  /** Elements in their key's order, sorted in Java; grouped by the parent key rows start with. */
  @Test
  void aCollectionOfProjectionsIsOneMethodGroupingRowsByParent() {
    JavaFile file = write(AUTHOR);

    assertThat(part(file, "private Map<Long, List<Book>> books(")).isEqualTo("""
        private Map<Long, List<Book>> books(Load load, List<Long> keys, boolean everyParent) {
          List<BooksRow> rows = load.children(BOOKS, Long.class, keys, everyParent, BooksRow::reader);
          rows.sort(Comparator.comparingLong(BooksRow::id));
          return Rows.toLists(rows, BooksRow::parentKey, row -> new Book(
              row.id(),
              row.title()));
        }
        """);
    assertThat(part(file, "private record BooksRow(")).isEqualTo("""
        private record BooksRow(long parentKey, long id, String title) {
          static RowReader<BooksRow> reader(StatementContext ctx) {
            return rs -> new BooksRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3));
          }
        }
        """);
  }

  /** The root row holds the reference's key boxed, since a row may have none. */
  @Test
  void aReferenceIsLoadedByTheKeysTheRootRowsHold() {
    JavaFile file = write(AUTHOR);

    assertThat(part(file, "private record AuthorRow(")).isEqualTo("""
        private record AuthorRow(long id, String name, Long agentKey) {
          static RowReader<AuthorRow> reader(StatementContext ctx) {
            return rs -> new AuthorRow(
                rs.getLong(1),
                rs.getString(2),
                Columns.getLong(rs, 3));
          }
        }
        """);
    assertThat(part(file, "private Map<Long, Agent> agent(")).isEqualTo("""
        private Map<Long, Agent> agent(Load load, List<Long> keys) {
          List<AgentRow> rows = load.byKeys(AGENT, Long.class, keys, AgentRow::reader);
          return Rows.byKey(rows, AgentRow::id, row -> new Agent(
              row.id(),
              row.name()));
        }
        """);
  }

  @Test
  void aColumnCollectionsRowIsItsParentKeyAndTheValue() {
    JavaFile file = write(AUTHOR);

    assertThat(part(file, "private record AliasesRow(")).startsWith(
        "private record AliasesRow(long parentKey, String value) {\n");
    assertThat(part(file, "private Map<Long, List<String>> aliases(")).endsWith("""
          return Rows.toLists(rows, AliasesRow::parentKey, AliasesRow::value);
        }
        """);
  }

  /**
   * The writer follows the plan's decisions, not the model's: whether a collection's rows are
   * every row, which it passes on to the levels below, and its top-N, cut in Java.
   */
  @Test
  void aCollectionsMethodWritesWhatThePlanDecided() {
    ProjectionModel review = record("Review", "review", id());
    ProjectionModel book = record("Book", "book", id(),
        list("reviews", review, oneToMany("review", "book_id")));
    ProjectionModel author = record("Author", "author", id(),
        list("books", book, oneToMany("book", "author_id")));
    RepositoryPlan plan = new Planner().plan(author);

    String asPlanned = part(write(plan), "private Map<Long, List<Book>> books(");
    String decidedOtherwise = part(write(withFirstChild(plan, books -> new CollectionLevel(
            books.statement(), books.name(), books.select(), books.keyType(), books.field(),
            books.projection(), books.row(), books.children(), books.fromLists(), EveryRow.NEVER,
            new TopN.Fixed(2), false))),
        "private Map<Long, List<Book>> books(");

    assertThat(asPlanned).contains("rows.sort(");
    assertThat(asPlanned).doesNotContain("firstPerParent");
    assertThat(asPlanned).contains("booksReviews(load, rowKeys, everyParent)");
    assertThat(decidedOtherwise).doesNotContain("rows.sort(");
    assertThat(decidedOtherwise).contains(
        "rows = Rows.firstPerParent(rows, BooksRow::parentKey, 2);");
    assertThat(decidedOtherwise).contains("booksReviews(load, rowKeys, false)");
  }

  /** Each parameter once, with the fields that use it; the loader refuses a load without them. */
  @Test
  void callTimeParametersAreListedAndDeclaredToTheLoader() {
    ProjectionModel author = record("Author", "author", id(),
        new AggregateField("recentBooks", TypeName.LONG, Function.COUNT,
            oneToMany("book", "author_id"), "", "published >= :since"),
        new AggregateField("recentPages", TypeName.LONG, Function.SUM,
            oneToMany("book", "author_id"), "pages", "published >= :since AND pages < :most"));

    JavaFile file = write(author);

    assertThat(part(file, "public static final Set<String> PARAMETERS")).isEqualTo(
        "public static final Set<String> PARAMETERS = Set.of(\"most\", \"since\");\n");
    assertThat(file.toString()).contains("""
           *   <li>{@code :most}, in {@code Author.recentPages}</li>
           *   <li>{@code :since}, in {@code Author.recentBooks}, {@code Author.recentPages}</li>
        """);
    assertThat(part(file, "public AuthorRepository(Jdbi jdbi)")).isEqualTo("""
        public AuthorRepository(Jdbi jdbi) {
          this(Loader.of(jdbi).declaring("AuthorRepository", PARAMETERS));
        }
        """);
    assertThat(part(write(BOOK), "public BookRepository(Jdbi jdbi)")).isEqualTo("""
        public BookRepository(Jdbi jdbi) {
          this(Loader.of(jdbi));
        }
        """);
  }

  /** Gradle's incremental build deletes the repository when this DTO goes. */
  @Test
  void theDtoIsTheOneOriginatingElement() {
    assertThat(write(AUTHOR).typeSpec().originatingElements()).containsExactly(DTO);
  }

  /** A type String in the DTO's package would hide java.lang.String from the repository. */
  @Test
  void aJavaLangNameTheDtosPackageDeclaresIsWrittenInFull() {
    JavaFile file = write(AUTHOR, "String"::equals);

    assertThat(part(file, "private record AuthorRow(")).startsWith(
        "private record AuthorRow(long id, java.lang.String name, Long agentKey) {\n");
    assertThat(part(write(AUTHOR), "private record AuthorRow(")).startsWith(
        "private record AuthorRow(long id, String name, Long agentKey) {\n");
  }

  private static JavaFile write(RepositoryPlan plan) {
    return new RepositoryWriter(name -> false).write(plan, DTO);
  }

  /** {@code plan} with its root's first level, a collection, changed by {@code change}. */
  private static RepositoryPlan withFirstChild(
      RepositoryPlan plan, UnaryOperator<CollectionLevel> change) {
    RootLevel root = plan.root();
    List<FieldLevel> children = new ArrayList<>(root.children());
    children.set(0, change.apply((CollectionLevel) children.get(0)));
    return new RepositoryPlan(plan.repository(), plan.projection(), new RootLevel(root.name(),
        root.select(), root.projection(), root.row(), children, root.fromLists()),
        plan.statements(), plan.parameters());
  }

  /**
   * The member of {@code file} whose first line starts with {@code start}, unindented: a field to
   * its semicolon, a method or type to its closing brace.
   */
  /**
   * Long names push calls past 100 columns; the writer breaks them between arguments. The SQL
   * the Javadoc shows is the runtime's text, as it renders it, so not judged here.
   */
  @Test
  void codeStaysWithinOneHundredColumns() {
    ProjectionModel chapter = record("ChapterSummary", "chapter", id(),
        column("headingAsPrinted", STRING));
    ProjectionModel book = record("BookWithChapterSummaries", "book_with_chapters", id(),
        column("titleAsPrinted", STRING),
        count("numberOfChapters", oneToMany("chapter", "book_with_chapters_id")),
        list("chapterSummaries", chapter, oneToMany("chapter", "book_with_chapters_id")),
        optionalReference("representingAgent", AGENT, "representing_agent_id"),
        columns("alternativeTitles", STRING,
            oneToMany("alternative_title", "book_with_chapters_id"), "alternative_title"));

    String source = SourceFile.text(write(book));

    List<String> code = source.lines().filter(line -> !line.strip().startsWith("*")).toList();
    assertThat(code.stream().filter(line -> line.length() > 100).toList()).isEmpty();
    assertThat(source.lines().filter(line -> line.endsWith(" ")).toList()).isEmpty();
    assertThat(source).contains("Select.children(2, \"BookWithChapterSummaries.chapterSummaries\",");
  }

  private static String part(JavaFile file, String start) {
    List<String> lines = SourceFile.text(file).lines().toList();
    int first = 0;
    while (first < lines.size() && !lines.get(first).strip().startsWith(start)) {
      first++;
    }
    if (first == lines.size()) {
      throw new AssertionError("no line starting with " + start + " in\n" + file);
    }
    int indent = indent(lines.get(first));
    List<String> member = new ArrayList<>(List.of(lines.get(first)));
    for (int i = first + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
      String line = lines.get(i);
      if (indent(line) > indent) {
        member.add(line);
      } else {
        if (line.strip().startsWith("}")) {
          member.add(line);
        }
        break;
      }
    }
    StringBuilder text = new StringBuilder();
    member.forEach(line -> text.append(line.substring(indent)).append('\n'));
    return text.toString();
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }
}
