package dev.sheaf.processor.read;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sheaf.processor.Sources.dto;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.sheaf.Aggregate.Function;
import dev.sheaf.processor.Javac;
import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.CollectionField.CollectionKind;
import dev.sheaf.processor.model.CollectionField.ColumnElement;
import dev.sheaf.processor.model.CollectionField.ProjectionElement;
import dev.sheaf.processor.model.ColumnField;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.ReferenceField;
import dev.sheaf.processor.model.Relation;
import dev.sheaf.processor.model.Relation.Hop;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The model read and judged ({@link dev.sheaf.processor.validate.ProjectionValidator}) from each
 * shape of DTO: what the planner and writer are given, compared whole, so a default filled in (a
 * column name, a function, a key) is pinned where it is decided.
 */
class ProjectionReaderTest {
  private static final TypeName STRING = ClassName.get(String.class);
  private static final ColumnField ID = new ColumnField("id", TypeName.LONG, "id");

  /** The models of {@code sources}, read as Sheaf reads them; the sources must be valid. */
  private static ModelCapture read(JavaFileObject... sources) {
    ModelCapture capture = new ModelCapture();
    Compilation compilation = Javac.withoutSheaf().withProcessor(capture).compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return capture;
  }

  private static ClassName shape(String name) {
    return ClassName.get("shapes", name);
  }

  @Test
  void recordWithAColumnRenamedAndOneNamedForItsComponent() {
    ProjectionModel author = read(dto("Author", """
        @Projection(table = "author")
        public record Author(long id, @Column("full_name") String name, LocalDate bornOn,
            Long isbn13) {}
        """)).model("shapes.Author");

    ColumnField name = new ColumnField("name", STRING, "full_name");
    ColumnField bornOn = new ColumnField("bornOn", ClassName.get("java.time", "LocalDate"),
        "born_on");
    ColumnField isbn13 = new ColumnField("isbn13", ClassName.get(Long.class), "isbn13");
    assertThat(author).isEqualTo(new ProjectionModel(shape("Author"), "author", ID, "",
        List.of(ID, name, bornOn, isbn13), true));
  }

  /**
   * A class's instance fields in declaration order, read through the constructor taking them
   * all; a static constant is no column. Its values are not read back: {@code record} is false.
   */
  @Test
  void classWithItsKeyAndOrderNamed() {
    ProjectionModel edition = read(dto("Edition", """
        @Projection(table = "edition", key = "isbn", orderBy = "published DESC")
        public final class Edition {
          public static final int MAX_PAGES = 2000;

          final String isbn;
          final int pages;

          public Edition(String isbn, int pages) {
            this.isbn = isbn;
            this.pages = pages;
          }

          Edition(String isbn) {
            this(isbn, 0);
          }
        }
        """)).model("shapes.Edition");

    ColumnField isbn = new ColumnField("isbn", STRING, "isbn");
    assertThat(edition).isEqualTo(new ProjectionModel(shape("Edition"), "edition", isbn,
        "published DESC", List.of(isbn, new ColumnField("pages", TypeName.INT, "pages")), false));
  }

  /** AUTO on a long is a COUNT of rows; COUNT reads no column. */
  @Test
  void scalarAggregatesWithTheirFunctionsResolved() {
    ProjectionModel author = read(dto("Author", """
        @Projection(table = "author")
        public record Author(long id,
            @Aggregate(table = "book", foreignKey = "author_id", where = "pages > 300")
            long longBooks,
            @Aggregate(table = "book", foreignKey = "author_id", column = "pages",
                function = Function.AVG) OptionalDouble averagePages) {}
        """)).model("shapes.Author");

    Relation books = new Relation("book", "author_id", "", "", "id");
    assertThat(author.fields()).containsExactly(ID,
        new AggregateField("longBooks", TypeName.LONG, Function.COUNT, books, "", "pages > 300"),
        new AggregateField("averagePages", ClassName.get("java.util", "OptionalDouble"),
            Function.AVG, books, "pages", "")).inOrder();
  }

  /**
   * The element's model is read too, and its table and key are the relation's when the field
   * names neither.
   */
  @Test
  void listOfAProjectionWithItsOrderAndLimit() {
    ModelCapture models = read(
        dto("Author", """
            @Projection(table = "author")
            public record Author(long id,
                @Aggregate(foreignKey = "author_id", orderBy = "published DESC", limit = 3)
                List<Book> latestBooks) {}
            """),
        dto("Book", """
            @Projection(table = "book", key = "book_id")
            public record Book(long bookId, String title) {}
            """));

    ProjectionModel book = models.model("shapes.Book");
    assertThat(book.key()).isEqualTo(new ColumnField("bookId", TypeName.LONG, "book_id"));
    assertThat(models.model("shapes.Author").fields().get(1)).isEqualTo(new CollectionField(
        "latestBooks", ParameterizedTypeName.get(ClassName.get(List.class), shape("Book")),
        CollectionKind.LIST, new Relation("book", "author_id", "", "", "book_id"),
        new ProjectionElement(book), "", "published DESC", 3));
  }

  @Test
  void setOfAColumnThroughAJunction() {
    ProjectionModel book = read(dto("Book", """
        @Projection(table = "book")
        public record Book(long id,
            @Aggregate(through = "book_tag", foreignKey = "book_id",
                inverseForeignKey = "tag_id", table = "tag", column = "name",
                where = "name <> 'draft'") Set<String> tags) {}
        """)).model("shapes.Book");

    assertThat(book.fields().get(1)).isEqualTo(new CollectionField("tags",
        ParameterizedTypeName.get(ClassName.get(Set.class), STRING), CollectionKind.SET,
        new Relation("tag", "book_id", "book_tag", "tag_id", "id"),
        new ColumnElement("name", STRING), "name <> 'draft'", "", 0));
  }

  @Test
  void referencesPlainAndOptional() {
    ModelCapture models = read(
        dto("Book", """
            @Projection(table = "book")
            public record Book(long id,
                @Reference(foreignKey = "publisher_id") Publisher publisher,
                @Reference(foreignKey = "editor_id") Optional<Publisher> editor) {}
            """),
        dto("Publisher", """
            @Projection(table = "publisher")
            public record Publisher(long id, String name) {}
            """));

    ProjectionModel publisher = models.model("shapes.Publisher");
    assertThat(models.model("shapes.Book").fields()).containsExactly(ID,
        new ReferenceField("publisher", shape("Publisher"), "publisher_id", publisher, false),
        new ReferenceField("editor",
            ParameterizedTypeName.get(ClassName.get(Optional.class), shape("Publisher")),
            "editor_id", publisher, true)).inOrder();
  }

  /**
   * A path's first step is the junction and the owner's key in it; each join after it but the
   * last is a hop; the last names the related table, and the columns it joins on.
   */
  @Test
  void aPathThroughThreeTables() {
    ProjectionModel film = read(dto("Film", """
        @Projection(table = "film")
        public record Film(long id,
            @Aggregate(function = Function.SUM, column = "amount",
                path = {"inventory.film_id", "inventory.inventory_id = rental.stock_id",
                    "rental.rental_id = payment.rental_ref"}) BigDecimal revenue) {}
        """)).model("shapes.Film");

    Relation path = new Relation("payment", "film_id", "inventory", "rental_id", "rental_ref",
        List.of(new Hop("rental", "inventory_id", "stock_id")));
    assertThat(film.fields().get(1)).isEqualTo(new AggregateField("revenue",
        ClassName.get(BigDecimal.class), Function.SUM, path, "amount", ""));
  }
}
