package dev.sheaf.processor.plan;

import static com.google.common.truth.Truth.assertThat;
import static dev.sheaf.processor.model.Models.record;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.sheaf.Aggregate.Function;
import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.CollectionField.CollectionKind;
import dev.sheaf.processor.model.CollectionField.ColumnElement;
import dev.sheaf.processor.model.CollectionField.ProjectionElement;
import dev.sheaf.processor.model.CollectionField.TreeElement;
import dev.sheaf.processor.model.ColumnField;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.ReferenceField;
import dev.sheaf.processor.model.Relation;
import java.util.ArrayList;
import dev.sheaf.runtime.Dialect;
import dev.sheaf.runtime.internal.Select;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The statements the planner makes of models built by hand: their SQL, order and number. */
class PlannerTest {
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName LONG_BOXED = ClassName.get(Long.class);
  private static final TypeName UUID_TYPE = ClassName.get(UUID.class);

  // ---------------------------------------------------------------- a whole tree

  /**
   * A root with two aggregates, a collection whose elements have their own collection, and a
   * reference: 1 + 3 statements, numbered in the order the load runs them.
   */
  @Test
  void rootWithAggregatesNestedCollectionsAndAReferenceIsFourStatements() {
    ProjectionModel review = projection("Review", "review", id(), column("stars", TypeName.INT));
    ProjectionModel book = projection("Book", "book", id(), column("title", STRING),
        aggregate("fiveStarReviews", TypeName.INT, Function.COUNT, oneToMany("review", "book_id"),
            "", "stars = 5"),
        list("reviews", review, oneToMany("review", "book_id")));
    ProjectionModel agent = projection("Agent", "agent", id(), column("name", STRING));
    ProjectionModel author = projection("Author", "author", id(), column("name", STRING),
        aggregate("longBooks", TypeName.LONG, Function.COUNT, oneToMany("book", "author_id"), "",
            "pages > 300"),
        aggregate("totalPages", TypeName.LONG, Function.SUM, oneToMany("book", "author_id"), "pages",
            ""),
        list("books", book, oneToMany("book", "author_id")),
        new ReferenceField("agent", agent.type(), "agent_id", agent, false));

    RepositoryPlan plan = new Planner().plan(author);

    assertThat(plan.statements()).isEqualTo(4);
    assertThat(plan.repository()).isEqualTo(ClassName.get("shapes", "AuthorRepository"));
    RootLevel root = plan.root();
    assertThat(root.statement()).isEqualTo(1);
    assertThat(sql(root)).isEqualTo("""
        SELECT author.id,
               author.name,
               COALESCE(sheaf_book.longBooks, 0),
               COALESCE(sheaf_book.totalPages, 0),
               author.agent_id
        FROM author
        LEFT JOIN (SELECT book.author_id AS sheaf_key,
                          COUNT(CASE WHEN (pages > 300) THEN 1 END) AS longBooks,
                          SUM(book.pages) AS totalPages
                   FROM book
                   GROUP BY book.author_id) sheaf_book ON sheaf_book.sheaf_key = author.id
        ORDER BY author.id
        """);
    assertThat(byKeys(plan.root())).isEqualTo("""
        SELECT author.id,
               author.name,
               COALESCE(sheaf_book.longBooks, 0),
               COALESCE(sheaf_book.totalPages, 0),
               author.agent_id
        FROM author
        LEFT JOIN (SELECT book.author_id AS sheaf_key,
                          COUNT(CASE WHEN (pages > 300) THEN 1 END) AS longBooks,
                          SUM(book.pages) AS totalPages
                   FROM book
                   WHERE book.author_id = ANY(:keys)
                   GROUP BY book.author_id) sheaf_book ON sheaf_book.sheaf_key = author.id
        WHERE author.id = ANY(:keys)
        """);
    assertThat(plan.root().select().key()).isEqualTo("id");
    assertThat(plan.root().select().orderBy()).isEmpty();
    // The root's row holds every value but the collection, which its own statement loads.
    assertThat(root.row().fields().stream().map(Field::name).toList())
        .containsExactly("id", "name", "longBooks", "totalPages", "agent").inOrder();

    assertThat(root.children()).hasSize(2);
    Level books = root.children().get(0);
    assertThat(books).isInstanceOf(CollectionLevel.class);
    assertThat(books.statement()).isEqualTo(2);
    assertThat(books.label()).isEqualTo("Author.books");
    assertThat(sql(books)).isEqualTo("""
        SELECT book.author_id,
               book.id,
               book.title,
               COALESCE(sheaf_review.fiveStarReviews, 0)
        FROM book
        LEFT JOIN (SELECT review.book_id AS sheaf_key,
                          COUNT(*) AS fiveStarReviews
                   FROM review
                   WHERE review.book_id IN (SELECT book.id FROM book WHERE book.author_id = ANY(:keys))
                     AND (stars = 5)
                   GROUP BY review.book_id) sheaf_review ON sheaf_review.sheaf_key = book.id
        WHERE book.author_id = ANY(:keys)
        """);

    Level reviews = books.children().get(0);
    assertThat(reviews.statement()).isEqualTo(3);
    assertThat(reviews.label()).isEqualTo("Book.reviews");
    assertThat(sql(reviews)).isEqualTo("""
        SELECT review.book_id,
               review.id,
               review.stars
        FROM review
        WHERE review.book_id = ANY(:keys)
        """);
    assertThat(reviews.children()).isEmpty();

    Level agentLevel = root.children().get(1);
    assertThat(agentLevel).isInstanceOf(ReferenceLevel.class);
    assertThat(agentLevel.statement()).isEqualTo(4);
    assertThat(sql(agentLevel)).isEqualTo("""
        SELECT agent.id,
               agent.name
        FROM agent
        WHERE agent.id = ANY(:keys)
        """);
  }

  /** DESIGN.md section 2: a load costs 1 + (collection and reference fields in the tree). */
  @Test
  void statementCountIsOnePlusEveryCollectionAndReferenceInTheTree() {
    ProjectionModel imprint = projection("Imprint", "imprint", id(), column("name", STRING));
    ProjectionModel publisher = projection("Publisher", "publisher", id(),
        list("imprints", imprint, oneToMany("imprint", "publisher_id")));
    ProjectionModel review = projection("Review", "review", id(),
        new ReferenceField("reviewer", publisher.type(), "reviewer_id", publisher, true));
    ProjectionModel book = projection("Book", "book", id(),
        list("reviews", review, oneToMany("review", "book_id")),
        columns("tags", STRING, manyToMany("book_tag", "book_id", "tag_id", "tag"), "name"),
        new ReferenceField("publisher", publisher.type(), "publisher_id", publisher, false));
    ProjectionModel author = projection("Author", "author", id(),
        list("books", book, oneToMany("book", "author_id")),
        list("drafts", book, oneToMany("book", "author_id")));

    RepositoryPlan plan = new Planner().plan(author);

    // Per books subtree: books, reviews, reviewer, reviewer's imprints, tags, publisher, its imprints.
    assertThat(plan.statements()).isEqualTo(1 + 2 * 7);
    List<Level> levels = new ArrayList<>();
    collect(plan.root(), levels);
    assertThat(levels).hasSize(plan.statements());
    for (int i = 0; i < levels.size(); i++) {
      assertThat(levels.get(i).statement()).isEqualTo(i + 1);
    }
    assertThat(levels.stream().map(Level::name).distinct().count()).isEqualTo(levels.size());
  }

  @Test
  void projectionWithOnlyColumnsIsOneStatement() {
    ProjectionModel tag = projection("Tag", "tag", id(), column("name", STRING));

    RepositoryPlan plan = new Planner().plan(tag);

    assertThat(plan.statements()).isEqualTo(1);
    assertThat(plan.root().children()).isEmpty();
    assertThat(sql(plan.root())).isEqualTo("""
        SELECT tag.id,
               tag.name
        FROM tag
        ORDER BY tag.id
        """);
  }

  // ---------------------------------------------------------------- many-to-many

  @Test
  void manyToManyCollectionJoinsTheJunctionToTheKeysThenTheRelatedTable() {
    ProjectionModel tag = projection("Tag", "tag", id(), column("name", STRING));
    ProjectionModel book = projection("Book", "book", id(),
        set("tags", tag, manyToMany("book_tag", "book_id", "tag_id", "tag")));

    Level tags = new Planner().plan(book).root().children().get(0);

    assertThat(sql(tags)).isEqualTo("""
        SELECT sheaf_link.sheaf_parent,
               tag.id,
               tag.name
        FROM (SELECT book_tag.book_id AS sheaf_parent, book_tag.tag_id AS sheaf_target FROM book_tag WHERE book_tag.book_id = ANY(:keys)) sheaf_link
        JOIN tag ON tag.id = sheaf_link.sheaf_target
        """);
  }

  /** The related table's key is the element projection's key, not "id". */
  @Test
  void manyToManyCollectionJoinsOnTheElementsKey() {
    ColumnField code = new ColumnField("code", STRING, "code");
    ProjectionModel tag = new ProjectionModel(ClassName.get("shapes", "Tag"), "tag", code, "",
        List.of(code, column("name", STRING)));
    ProjectionModel book = projection("Book", "book", id(),
        list("tags", tag, new Relation("tag", "book_id", "book_tag", "tag_code", "code")));

    Level tags = new Planner().plan(book).root().children().get(0);

    assertThat(sql(tags)).contains("JOIN tag ON tag.code = sheaf_link.sheaf_target\n"
        + "ORDER BY tag.code");
  }

  @Test
  void manyToManyScalarAggregateJoinsTheJunctionInsideItsSubquery() {
    ProjectionModel book = projection("Book", "book", id(),
        aggregate("tagCount", TypeName.INT, Function.COUNT,
            manyToMany("book_tag", "book_id", "tag_id", "tag"), "", ""),
        aggregate("classic", TypeName.BOOLEAN, Function.EXISTS,
            manyToMany("book_tag", "book_id", "tag_id", "tag"), "", "tag.name = 'classic'"));

    RepositoryPlan plan = new Planner().plan(book);

    assertThat(plan.statements()).isEqualTo(1);
    assertThat(sql(plan.root())).isEqualTo("""
        SELECT book.id,
               COALESCE(sheaf_tag.tagCount, 0),
               COALESCE(sheaf_tag.classic, 0) > 0
        FROM book
        LEFT JOIN (SELECT sheaf_link.sheaf_parent AS sheaf_key,
                          COUNT(*) AS tagCount,
                          COUNT(CASE WHEN (tag.name = 'classic') THEN 1 END) AS classic
                   FROM (SELECT book_tag.book_id AS sheaf_parent, book_tag.tag_id AS sheaf_target FROM book_tag) sheaf_link
                   JOIN tag ON tag.id = sheaf_link.sheaf_target
                   GROUP BY sheaf_link.sheaf_parent) sheaf_tag ON sheaf_tag.sheaf_key = book.id
        ORDER BY book.id
        """);
  }

  @Test
  void manyToManyColumnCollectionReadsTheParentKeyAndTheValue() {
    ProjectionModel book = projection("Book", "book", id(),
        columns("tags", STRING, manyToMany("book_tag", "book_id", "tag_id", "tag"), "name"));

    Level tags = new Planner().plan(book).root().children().get(0);

    assertThat(tags).isInstanceOf(ColumnValuesLevel.class);
    assertThat(sql(tags)).isEqualTo("""
        SELECT sheaf_link.sheaf_parent,
               tag.name
        FROM (SELECT book_tag.book_id AS sheaf_parent, book_tag.tag_id AS sheaf_target FROM book_tag WHERE book_tag.book_id = ANY(:keys)) sheaf_link
        JOIN tag ON tag.id = sheaf_link.sheaf_target
        ORDER BY tag.name
        """);
  }

  // ---------------------------------------------------------------- where, orderBy, limit

  /**
   * A where, an order and a limit on a collection: the condition filters the related rows, the
   * key breaks ties so the first N per parent are always the same N, and the limit stays on the
   * field for the loader to apply per parent (a LIMIT in SQL would cut across parents).
   */
  @Test
  void whereOrderByAndLimitOnACollection() {
    ProjectionModel book = projection("Book", "book", id(), column("title", STRING));
    CollectionField longest = new CollectionField("longestBooks",
        ParameterizedTypeName.get(ClassName.get(List.class), book.type()), CollectionKind.LIST,
        oneToMany("book", "author_id"), new ProjectionElement(book), "pages > 300", "pages DESC", 3);
    ProjectionModel author = projection("Author", "author", id(), longest);

    CollectionLevel level = (CollectionLevel) new Planner().plan(author).root().children().get(0);

    assertThat(sql(level)).isEqualTo("""
        SELECT book.author_id,
               book.id,
               book.title
        FROM book
        WHERE book.author_id = ANY(:keys)
          AND (pages > 300)
        ORDER BY book.author_id, pages DESC, book.id
        """);
    assertThat(sql(level)).doesNotContain("LIMIT");
    assertThat(level.topN()).isEqualTo(new TopN.Fixed(3));
  }

  @Test
  void whereOnAColumnCollectionAndItsOwnOrder() {
    CollectionField titles = new CollectionField("titles",
        ParameterizedTypeName.get(ClassName.get(List.class), STRING), CollectionKind.LIST,
        oneToMany("book", "author_id"), new ColumnElement("title", STRING), "pages > 300",
        "published DESC", 0);
    ProjectionModel author = projection("Author", "author", id(), titles);

    Level level = new Planner().plan(author).root().children().get(0);

    assertThat(sql(level)).isEqualTo("""
        SELECT book.author_id,
               book.title
        FROM book
        WHERE book.author_id = ANY(:keys)
          AND (pages > 300)
        ORDER BY book.author_id, published DESC, book.title
        """);
  }

  @Test
  void projectionOrderIsTheRootsDefaultOrder() {
    ProjectionModel author = new ProjectionModel(ClassName.get("shapes", "Author"), "author", id(),
        "name DESC", List.of(id(), column("name", STRING)));

    RepositoryPlan plan = new Planner().plan(author);

    assertThat(plan.root().select().orderBy()).isEqualTo("name DESC");
    assertThat(plan.root().select().key()).isEqualTo("id");
    // A load of every row takes it, then the key; a caller's order replaces it.
    assertThat(sql(plan.root())).endsWith("ORDER BY name DESC, author.id\n");
  }

  // ---------------------------------------------------------------- aggregate functions

  @Test
  void everyAggregateFunction() {
    Relation books = oneToMany("book", "author_id");
    ProjectionModel author = projection("Author", "author", id(),
        aggregate("books", TypeName.INT, Function.COUNT, books, "", ""),
        aggregate("isbns", TypeName.INT, Function.COUNT, books, "isbn", ""),
        aggregate("genres", TypeName.LONG, Function.COUNT_DISTINCT, books, "genre", ""),
        aggregate("pages", TypeName.LONG, Function.SUM, books, "pages", ""),
        aggregate("sold", LONG_BOXED, Function.SUM, books, "sold", ""),
        aggregate("rating", ClassName.get(Double.class), Function.AVG, books, "rating", ""),
        aggregate("first", ClassName.get("java.time", "LocalDate"), Function.MIN, books, "published",
            ""),
        aggregate("last", ClassName.get("java.time", "LocalDate"), Function.MAX, books, "published",
            ""),
        aggregate("prolific", TypeName.BOOLEAN, Function.EXISTS, books, "", "pages > 1000"));

    String sql = sql(new Planner().plan(author).root());

    assertThat(sql).isEqualTo("""
        SELECT author.id,
               COALESCE(sheaf_book.books, 0),
               COALESCE(sheaf_book.isbns, 0),
               COALESCE(sheaf_book.genres, 0),
               COALESCE(sheaf_book.pages, 0),
               sheaf_book.sold,
               sheaf_book.rating,
               sheaf_book.first,
               sheaf_book.last,
               COALESCE(sheaf_book.prolific, 0) > 0
        FROM author
        LEFT JOIN (SELECT book.author_id AS sheaf_key,
                          COUNT(*) AS books,
                          COUNT(book.isbn) AS isbns,
                          COUNT(DISTINCT book.genre) AS genres,
                          SUM(book.pages) AS pages,
                          SUM(book.sold) AS sold,
                          AVG(CAST(book.rating AS DOUBLE PRECISION)) AS rating,
                          MIN(book.published) AS first,
                          MAX(book.published) AS last,
                          COUNT(CASE WHEN (pages > 1000) THEN 1 END) AS prolific
                   FROM book
                   GROUP BY book.author_id) sheaf_book ON sheaf_book.sheaf_key = author.id
        ORDER BY author.id
        """);
  }

  /** Counting rows of the owner's own table needs an alias, or the subquery correlates with itself. */
  @Test
  void aggregateOverTheOwnersOwnTableIsGroupedInAScopeOfItsOwn() {
    ProjectionModel employee = projection("Employee", "employee", id(),
        aggregate("reports", TypeName.INT, Function.COUNT, oneToMany("employee", "manager_id"), "",
            ""),
        aggregate("payroll", ClassName.get("java.math", "BigDecimal"), Function.SUM,
            oneToMany("employee", "manager_id"), "salary", ""));

    String sql = sql(new Planner().plan(employee).root());

    // Grouped: the derived table's own scope holds only the related rows.
    assertThat(sql).contains("LEFT JOIN (SELECT employee.manager_id AS sheaf_key,\n"
        + "                  COUNT(*) AS reports,\n"
        + "                  SUM(employee.salary) AS payroll\n"
        + "           FROM employee\n"
        + "           GROUP BY employee.manager_id) sheaf_employee"
        + " ON sheaf_employee.sheaf_key = employee.id\n");
  }

  // ---------------------------------------------------------------- keys

  /** The SQL of a key set is the same for every key type: the runtime binds it by its Java type. */
  @Test
  void keySetsAreOnePredicateLineWhateverTheKeyType() {
    for (TypeName type : List.of(TypeName.LONG, LONG_BOXED, TypeName.INT,
        ClassName.get(Integer.class), STRING, UUID_TYPE)) {
      assertThat(byKeysOf(type)).endsWith("FROM keyed\nWHERE keyed.id = ANY(:keys)\n");
    }
  }

  /** A collection binds its owner's keys; a reference binds its target's keys. */
  @Test
  void childLevelsBindTheKeysTheyAreGiven() {
    ColumnField code = new ColumnField("code", STRING, "code");
    ProjectionModel publisher = new ProjectionModel(ClassName.get("shapes", "Publisher"),
        "publisher", code, "", List.of(code, column("name", STRING)));
    ColumnField uuid = new ColumnField("id", UUID_TYPE, "id");
    ProjectionModel book = new ProjectionModel(ClassName.get("shapes", "Book"), "book", uuid, "",
        List.of(uuid,
            new ReferenceField("publisher", ClassName.get("java.util", "Optional"), "publisher_code",
                publisher, true),
            columns("tags", STRING, oneToMany("book_tag", "book_id"), "tag")));

    Level root = new Planner().plan(book).root();
    Level publisherLevel = root.children().get(0);
    Level tags = root.children().get(1);

    assertThat(publisherLevel.keyType()).isEqualTo(STRING);
    assertThat(sql(publisherLevel)).isEqualTo("""
        SELECT publisher.code,
               publisher.name
        FROM publisher
        WHERE publisher.code = ANY(:keys)
        """);
    assertThat(tags.keyType()).isEqualTo(UUID_TYPE);
    assertThat(sql(tags)).contains("FROM book_tag\nWHERE book_tag.book_id = ANY(:keys)");
    // The root reads the foreign key, which the reference's statement is bound with.
    assertThat(sql(root)).contains("book.publisher_code");
  }

  // ---------------------------------------------------------------- names

  @Test
  void levelNamesAreUniqueInTheRepository() {
    ProjectionModel book = projection("Book", "book", id());
    ProjectionModel books = projection("Books", "shelf", id(),
        list("books", book, oneToMany("book", "shelf_id")));

    RepositoryPlan plan = new Planner().plan(books);

    assertThat(plan.root().name()).isEqualTo("books");
    assertThat(plan.root().children().get(0).name()).isEqualTo("books2");
  }

  @Test
  void nestedDtoRepositoryIsNamedWithItsOuterClass() {
    ColumnField id = id();
    ProjectionModel entry = new ProjectionModel(ClassName.get("shapes", "Catalog", "Entry"), "entry",
        id, "", List.of(id));

    RepositoryPlan plan = new Planner().plan(entry);

    assertThat(plan.repository()).isEqualTo(ClassName.get("shapes", "Catalog_EntryRepository"));
    assertThat(plan.root().label()).isEqualTo("Catalog.Entry");
  }

  /** A table {@code order} with a column {@code key}, reached through a junction {@code group}. */
  @Test
  void reservedNamesAreQuotedWhereverTheStatementWritesThem() {
    ProjectionModel order = projection("Order", "order", id(), column("key", STRING));
    ProjectionModel user = projection("User", "user", id(),
        aggregate("orders", TypeName.INT, Function.COUNT, oneToMany("order", "user"), "", ""),
        list("grouped", order, manyToMany("group", "user", "order", "order")));

    RepositoryPlan plan = new Planner().plan(user);

    assertThat(sql(plan.root())).isEqualTo("""
        SELECT "user".id,
               COALESCE(sheaf_order.orders, 0)
        FROM "user"
        LEFT JOIN (SELECT "order"."user" AS sheaf_key,
                          COUNT(*) AS orders
                   FROM "order"
                   GROUP BY "order"."user") sheaf_order ON sheaf_order.sheaf_key = "user".id
        ORDER BY "user".id
        """);
    assertThat(plan.root().select().table()).isEqualTo("\"user\"");
    assertThat(sql(plan.root().children().get(0))).isEqualTo("""
        SELECT sheaf_link.sheaf_parent,
               "order".id,
               "order"."key"
        FROM (SELECT "group"."user" AS sheaf_parent, "group"."order" AS sheaf_target FROM "group" WHERE "group"."user" = ANY(:keys)) sheaf_link
        JOIN "order" ON "order".id = sheaf_link.sheaf_target
        """);
  }

  // ---------------------------------------------------------------- known bugs

  /**
   * {@code @Aggregate(table = "book_view", foreignKey = "author_id") List<Book> books}: the
   * statement joins book_view but reads book.id, book.title, which are not in its FROM.
   */
  @Test
  void collectionWithItsOwnTableReadsThatTable() {
    ProjectionModel book = projection("Book", "book", id(), column("title", STRING),
        aggregate("reviews", TypeName.INT, Function.COUNT, oneToMany("review", "book_id"), "", ""));
    ProjectionModel author = projection("Author", "author", id(),
        list("books", book, oneToMany("book_view", "author_id")));

    Level books = new Planner().plan(author).root().children().get(0);

    assertThat(sql(books)).doesNotContain("book.");
    assertThat(sql(books)).isEqualTo("""
        SELECT book_view.author_id,
               book_view.id,
               book_view.title,
               COALESCE(sheaf_review.reviews, 0)
        FROM book_view
        LEFT JOIN (SELECT review.book_id AS sheaf_key,
                          COUNT(*) AS reviews
                   FROM review
                   WHERE review.book_id IN (SELECT book_view.id FROM book_view WHERE book_view.author_id = ANY(:keys))
                   GROUP BY review.book_id) sheaf_review ON sheaf_review.sheaf_key = book_view.id
        WHERE book_view.author_id = ANY(:keys)
        """);
  }

  // ---------------------------------------------------------------- what a field's type asks

  /** A count is 0 for no rows, whatever its Java type; a where makes it a CASE beside others. */
  @Test
  void countsIntoEveryIntegralTypeAreZeroForNoRows() {
    Relation books = oneToMany("book", "author_id");
    ProjectionModel author = projection("Author", "author", id(),
        aggregate("books", TypeName.LONG, Function.COUNT, books, "", ""),
        aggregate("longBooks", TypeName.INT, Function.COUNT, books, "", "pages > 300"),
        aggregate("shortBooks", LONG_BOXED, Function.COUNT, books, "", "pages < 100"),
        aggregate("booksWithIsbn", ClassName.get(Integer.class), Function.COUNT, books, "isbn",
            ""));

    assertThat(sql(new Planner().plan(author).root())).isEqualTo("""
        SELECT author.id,
               COALESCE(sheaf_book.books, 0),
               COALESCE(sheaf_book.longBooks, 0),
               COALESCE(sheaf_book.shortBooks, 0),
               COALESCE(sheaf_book.booksWithIsbn, 0)
        FROM author
        LEFT JOIN (SELECT book.author_id AS sheaf_key,
                          COUNT(*) AS books,
                          COUNT(CASE WHEN (pages > 300) THEN 1 END) AS longBooks,
                          COUNT(CASE WHEN (pages < 100) THEN 1 END) AS shortBooks,
                          COUNT(book.isbn) AS booksWithIsbn
                   FROM book
                   GROUP BY book.author_id) sheaf_book ON sheaf_book.sheaf_key = author.id
        ORDER BY author.id
        """);
  }

  /** SUM of no rows into a boxed, BigDecimal or OptionalLong field is null (empty), not 0. */
  @Test
  void sumsIntoNullableTypesAreNullForNoRows() {
    Relation books = oneToMany("book", "author_id");
    ProjectionModel author = projection("Author", "author", id(),
        aggregate("totalPages", LONG_BOXED, Function.SUM, books, "pages", ""),
        aggregate("totalPrice", ClassName.get("java.math", "BigDecimal"), Function.SUM, books,
            "price", ""),
        aggregate("totalSold", ClassName.get("java.util", "OptionalLong"), Function.SUM, books,
            "sold", ""));

    assertThat(sql(new Planner().plan(author).root())).isEqualTo("""
        SELECT author.id,
               sheaf_book.totalPages,
               sheaf_book.totalPrice,
               sheaf_book.totalSold
        FROM author
        LEFT JOIN (SELECT book.author_id AS sheaf_key,
                          SUM(book.pages) AS totalPages,
                          SUM(book.price) AS totalPrice,
                          SUM(book.sold) AS totalSold
                   FROM book
                   GROUP BY book.author_id) sheaf_book ON sheaf_book.sheaf_key = author.id
        ORDER BY author.id
        """);
  }

  /** Rows the where leaves out are NULL to AVG, so they do not count as zeros. */
  @Test
  void anAverageWithAWhereAveragesOnlyTheRowsItMatches() {
    Relation books = oneToMany("book", "author_id");
    ProjectionModel author = projection("Author", "author", id(),
        aggregate("averagePages", ClassName.get(Double.class), Function.AVG, books, "pages", ""),
        aggregate("averageRating", ClassName.get("java.util", "OptionalDouble"), Function.AVG,
            books, "rating", "pages > 0"));

    assertThat(sql(new Planner().plan(author).root())).contains("""
                          AVG(CAST(book.pages AS DOUBLE PRECISION)) AS averagePages,
                          AVG(CAST(CASE WHEN (pages > 0) THEN book.rating END AS DOUBLE PRECISION)) AS averageRating
        """);
  }

  /**
   * Every aggregate of one table sharing a where: the where filters the derived table, no CASE.
   * Each related table has a derived table of its own.
   */
  @Test
  void aWhereEveryAggregateOfATableSharesFiltersItsDerivedTable() {
    ProjectionModel author = projection("Author", "author", id(),
        aggregate("writesLongBooks", TypeName.BOOLEAN, Function.EXISTS,
            oneToMany("book", "author_id"), "", "pages > 300"),
        aggregate("awarded", ClassName.get(Boolean.class), Function.EXISTS,
            oneToMany("award", "author_id"), "", ""));

    assertThat(sql(new Planner().plan(author).root())).isEqualTo("""
        SELECT author.id,
               COALESCE(sheaf_book.writesLongBooks, 0) > 0,
               COALESCE(sheaf_award.awarded, 0) > 0
        FROM author
        LEFT JOIN (SELECT book.author_id AS sheaf_key,
                          COUNT(*) AS writesLongBooks
                   FROM book
                   WHERE (pages > 300)
                   GROUP BY book.author_id) sheaf_book ON sheaf_book.sheaf_key = author.id
        LEFT JOIN (SELECT award.author_id AS sheaf_key,
                          COUNT(*) AS awarded
                   FROM award
                   GROUP BY award.author_id) sheaf_award ON sheaf_award.sheaf_key = author.id
        ORDER BY author.id
        """);
  }

  /**
   * An AVG over exactly the rows a List of records holds, of a column each record reads, is the
   * mean of the list's values, computed in Java: no SQL. With a where, or of a class (whose
   * values generated code cannot read back), SQL computes it.
   */
  @Test
  void anAverageOfAWholeListOfRecordsIsLeftOutOfTheSql() {
    Relation reviews = oneToMany("review", "book_id");
    ProjectionModel review = record("Review", "review", id(), column("stars", TypeName.INT));
    ProjectionModel book = record("Book", "book", id(),
        aggregate("averageStars", ClassName.get(Double.class), Function.AVG, reviews, "stars", ""),
        aggregate("averageAboveOne", ClassName.get(Double.class), Function.AVG, reviews, "stars",
            "stars > 1"),
        list("reviews", review, reviews));
    ProjectionModel reviewClass =
        projection("Review", "review", id(), column("stars", TypeName.INT));
    ProjectionModel bookOfClasses = record("Book", "book", id(),
        aggregate("averageStars", ClassName.get(Double.class), Function.AVG, reviews, "stars", ""),
        list("reviews", reviewClass, reviews));

    String sql = sql(new Planner().plan(book).root());

    assertThat(sql).doesNotContain("averageStars");
    assertThat(sql).contains("AS averageAboveOne");
    assertThat(sql(new Planner().plan(bookOfClasses).root())).contains("AS averageStars");
  }

  /** A column collection is ordered by its value, last, so its order is the same each load. */
  @Test
  void aColumnCollectionIsOrderedByItsValueAfterAnyOrderGiven() {
    TypeName localDate = ClassName.get("java.time", "LocalDate");
    CollectionField printings = columns("printings", localDate, oneToMany("printing", "book_id"),
        "printed_on");
    // A quoted name ends the order written; the value still follows it.
    CollectionField tags = new CollectionField("tags",
        ParameterizedTypeName.get(ClassName.get(List.class), STRING), CollectionKind.LIST,
        oneToMany("tag", "book_id"), new ColumnElement("name", STRING), "", "name COLLATE \"C\"",
        0);
    Level root = new Planner().plan(projection("Book", "book", id(), printings, tags)).root();

    assertThat(sql(root.children().get(0))).isEqualTo("""
        SELECT printing.book_id,
               printing.printed_on
        FROM printing
        WHERE printing.book_id = ANY(:keys)
        ORDER BY printing.book_id, printing.printed_on
        """);
    assertThat(sql(root.children().get(1)))
        .endsWith("ORDER BY tag.book_id, name COLLATE \"C\", tag.name\n");
  }

  // ---------------------------------------------------------------- depth and references

  /**
   * The root reads every row, so its aggregates are grouped whole; below it, each level's are
   * grouped over the rows related to that level's own rows, four levels down as at the second.
   */
  @Test
  void eachLevelsAggregatesAreGroupedOverItsOwnRowsAtAnyDepth() {
    ProjectionModel comment = projection("Comment", "comment", id(), column("text", STRING),
        aggregate("flagged", TypeName.BOOLEAN, Function.EXISTS, oneToMany("flag", "comment_id"),
            "", ""));
    CollectionField comments = new CollectionField("comments",
        ParameterizedTypeName.get(ClassName.get(List.class), comment.type()), CollectionKind.LIST,
        oneToMany("comment", "review_id"), new ProjectionElement(comment), "", "posted", 0);
    ProjectionModel review = projection("Review", "review", id(),
        aggregate("votes", TypeName.LONG, Function.SUM, oneToMany("vote", "review_id"), "weight",
            ""),
        comments);
    ProjectionModel book = projection("Book", "book", id(),
        list("reviews", review, oneToMany("review", "book_id")));
    ProjectionModel author = projection("Author", "author", id(),
        aggregate("longBooks", TypeName.INT, Function.COUNT, oneToMany("book", "author_id"), "",
            "pages > 300"),
        list("books", book, oneToMany("book", "author_id")));

    RepositoryPlan plan = new Planner().plan(author);
    Level reviews = plan.root().children().get(0).children().get(0);

    assertThat(plan.statements()).isEqualTo(4);
    assertThat(sql(plan.root())).contains("""
        LEFT JOIN (SELECT book.author_id AS sheaf_key,
                          COUNT(*) AS longBooks
                   FROM book
                   WHERE (pages > 300)
                   GROUP BY book.author_id) sheaf_book ON sheaf_book.sheaf_key = author.id
        """);
    assertThat(sql(reviews)).contains("""
                   FROM vote
                   WHERE vote.review_id IN (SELECT review.id FROM review WHERE review.book_id = ANY(:keys))
        """);
    assertThat(sql(reviews.children().get(0))).isEqualTo("""
        SELECT comment.review_id,
               comment.id,
               comment.text,
               COALESCE(sheaf_flag.flagged, 0) > 0
        FROM comment
        LEFT JOIN (SELECT flag.comment_id AS sheaf_key,
                          COUNT(*) AS flagged
                   FROM flag
                   WHERE flag.comment_id IN (SELECT comment.id FROM comment WHERE comment.review_id = ANY(:keys))
                   GROUP BY flag.comment_id) sheaf_flag ON sheaf_flag.sheaf_key = comment.id
        WHERE comment.review_id = ANY(:keys)
        ORDER BY comment.review_id, posted, comment.id
        """);
  }

  /**
   * The owner's statement reads the foreign keys; each reference's statement reads the rows
   * with those keys, and its aggregates and collections only for them.
   */
  @Test
  void aReferencesAggregatesAndCollectionsAreLoadedForItsKeysOnly() {
    ColumnField code = new ColumnField("code", STRING, "code");
    ProjectionModel imprint = projection("Imprint", "imprint",
        new ColumnField("id", TypeName.INT, "id"), column("name", STRING));
    ProjectionModel publisher = new ProjectionModel(ClassName.get("shapes", "Publisher"),
        "publisher", code, "", List.of(code, column("name", STRING),
            aggregate("longBooks", TypeName.LONG, Function.COUNT,
                oneToMany("book", "publisher_code"), "", "pages > 300"),
            set("imprints", imprint, oneToMany("imprint", "publisher_code"))));
    ColumnField uuid = new ColumnField("id", UUID_TYPE, "id");
    ProjectionModel editor = new ProjectionModel(ClassName.get("shapes", "Editor"), "editor",
        uuid, "", List.of(uuid, column("name", STRING),
            aggregate("edited", TypeName.INT, Function.COUNT, oneToMany("book", "editor_id"), "",
                "")));
    ProjectionModel book = projection("Book", "book", id(), column("title", STRING),
        new ReferenceField("publisher", publisher.type(), "publisher_code", publisher, false),
        new ReferenceField("editor", ParameterizedTypeName.get(ClassName.get("java.util",
            "Optional"), editor.type()), "editor_id", editor, true));

    RepositoryPlan plan = new Planner().plan(book);
    Level publisherLevel = plan.root().children().get(0);

    assertThat(plan.statements()).isEqualTo(4);
    assertThat(sql(plan.root())).isEqualTo("""
        SELECT book.id,
               book.title,
               book.publisher_code,
               book.editor_id
        FROM book
        ORDER BY book.id
        """);
    assertThat(sql(publisherLevel)).isEqualTo("""
        SELECT publisher.code,
               publisher.name,
               COALESCE(sheaf_book.longBooks, 0)
        FROM publisher
        LEFT JOIN (SELECT book.publisher_code AS sheaf_key,
                          COUNT(*) AS longBooks
                   FROM book
                   WHERE book.publisher_code = ANY(:keys)
                     AND (pages > 300)
                   GROUP BY book.publisher_code) sheaf_book ON sheaf_book.sheaf_key = publisher.code
        WHERE publisher.code = ANY(:keys)
        """);
    assertThat(sql(publisherLevel.children().get(0)))
        .endsWith("FROM imprint\nWHERE imprint.publisher_code = ANY(:keys)\n");
    assertThat(sql(plan.root().children().get(1))).contains("""
                   FROM book
                   WHERE book.editor_id = ANY(:keys)
        """);
    assertThat(sql(plan.root().children().get(1))).endsWith("WHERE editor.id = ANY(:keys)\n");
  }

  // ---------------------------------------------------------------- call-time parameters

  /**
   * Every parameter a where names, at any depth, is the plan's, once, in name order, with the
   * fields that name it; the SQL keeps it as written, for the runtime to bind.
   */
  @Test
  void callTimeParametersAreThePlansAndStayInTheSql() {
    ProjectionModel rental = projection("Rental", "rental", id(),
        aggregate("bigPayments", TypeName.INT, Function.COUNT, oneToMany("payment", "rental_id"),
            "", "amount >= :min"));
    CollectionField recent = new CollectionField("recent",
        ParameterizedTypeName.get(ClassName.get(List.class), rental.type()), CollectionKind.LIST,
        oneToMany("rental", "customer_id"), new ProjectionElement(rental), "rented_at >= :since",
        "", 0);
    ProjectionModel customer = projection("Customer", "customer", id(),
        aggregate("rentals", TypeName.INT, Function.COUNT, oneToMany("rental", "customer_id"), "",
            "rented_at >= :since AND rented_at < :until"),
        recent);

    RepositoryPlan plan = new Planner().plan(customer);

    assertThat(plan.parameters()).containsExactly(
        "min", List.of("Rental.bigPayments"),
        "since", List.of("Customer.rentals", "Customer.recent"),
        "until", List.of("Customer.rentals")).inOrder();
    assertThat(sql(plan.root())).contains("WHERE (rented_at >= :since AND rented_at < :until)\n");
    assertThat(sql(plan.root().children().get(0))).endsWith("""
        WHERE rental.customer_id = ANY(:keys)
          AND (rented_at >= :since)
        """);
    assertThat(new Planner().plan(rental).parameters())
        .containsExactly("min", List.of("Rental.bigPayments"));
  }

  // ---------------------------------------------------------------- what the writer is told

  /**
   * Below a load of every root row, a collection reads its table whole when its parents' rows
   * are every row and it leaves none out: no where, no top-N, no junction (which reaches only
   * the rows some parent links to). A reference's rows are the referenced ones only.
   */
  @Test
  void aLevelsRowsAreEveryRowOfItsTableOnlyWhenNoneAreLeftOut() {
    ProjectionModel book = projection("Book", "book", id(), column("title", STRING));
    ProjectionModel author = projection("Author", "author", id(),
        list("books", book, oneToMany("book", "author_id")),
        new CollectionField("longBooks", book.type(), CollectionKind.LIST,
            oneToMany("book", "author_id"), new ProjectionElement(book), "pages > 300", "", 0),
        new CollectionField("firstBooks", book.type(), CollectionKind.LIST,
            oneToMany("book", "author_id"), new ProjectionElement(book), "", "", 3),
        list("shelved", book, manyToMany("shelf_book", "author_id", "book_id", "book")),
        new ReferenceField("favourite", book.type(), "favourite_id", book, false));

    RootLevel root = new Planner().plan(author).root();

    assertThat(root.everyRow()).isEqualTo(EveryRow.WHEN_THE_LOAD_DOES);
    assertThat(root.children().stream().map(level -> ((ProjectionLevel) level).everyRow()))
        .containsExactly(EveryRow.WHEN_THE_PARENTS_ARE, EveryRow.NEVER, EveryRow.NEVER,
            EveryRow.NEVER, EveryRow.NEVER).inOrder();
  }

  /** Only a level with a collection, a tree or a chain below tells them its rows are whole. */
  @Test
  void aLevelPassesOnWhetherItsRowsAreWholeOnlyToCollections() {
    ProjectionModel agent = projection("Agent", "agent", id());
    ProjectionModel withReference = projection("Author", "author", id(),
        new ReferenceField("agent", agent.type(), "agent_id", agent, false));
    ProjectionModel withCollection = projection("Author", "author", id(),
        columns("aliases", STRING, oneToMany("alias", "author_id"), "alias"));

    assertThat(new Planner().plan(withReference).root().passesEveryRow()).isFalse();
    assertThat(new Planner().plan(withCollection).root().passesEveryRow()).isTrue();
  }

  /** A limit is a fixed top-N; a limit parameter one the load is given; neither keeps all. */
  @Test
  void aCollectionsTopNIsFixedOrGivenWhenLoading() {
    ProjectionModel book = projection("Book", "book", id());
    TypeName books = ParameterizedTypeName.get(ClassName.get(List.class), book.type());
    TypeName titles = ParameterizedTypeName.get(ClassName.get(List.class), STRING);
    ProjectionModel author = projection("Author", "author", id(),
        list("all", book, oneToMany("book", "author_id")),
        new CollectionField("three", books, CollectionKind.LIST, oneToMany("book", "author_id"),
            new ProjectionElement(book), "", "", 3),
        new CollectionField("some", books, CollectionKind.LIST, oneToMany("book", "author_id"),
            new ProjectionElement(book), "", "", 0, "n"),
        new CollectionField("titles", titles, CollectionKind.LIST,
            oneToMany("book", "author_id"), new ColumnElement("title", STRING), "", "", 2));

    List<FieldLevel> levels = new Planner().plan(author).root().children();

    assertThat(levels.stream().map(level -> ((CollectingLevel) level).topN()))
        .containsExactly(TopN.ALL, new TopN.Fixed(3), new TopN.GivenWhenLoading("n"),
            new TopN.Fixed(2)).inOrder();
    assertThat(levels.get(3)).isInstanceOf(ColumnValuesLevel.class);
  }

  /**
   * Java sorts a collection by its element's key when that is its whole order: a whole-number
   * key, no order of its own, no top-N (which must be cut from rows read in order).
   */
  @Test
  void aCollectionOrderedByItsWholeNumberKeyAloneIsSortedInJava() {
    ProjectionModel book = projection("Book", "book", id());
    ColumnField code = new ColumnField("code", STRING, "code");
    ProjectionModel coded = new ProjectionModel(ClassName.get("shapes", "Coded"), "coded", code,
        "", List.of(code));
    TypeName books = ParameterizedTypeName.get(ClassName.get(List.class), book.type());
    ProjectionModel author = projection("Author", "author", id(),
        list("byKey", book, oneToMany("book", "author_id")),
        new CollectionField("byKeyAsc", books, CollectionKind.LIST,
            oneToMany("book", "author_id"), new ProjectionElement(book), "", "id ASC", 0),
        new CollectionField("byTitle", books, CollectionKind.LIST,
            oneToMany("book", "author_id"), new ProjectionElement(book), "", "title", 0),
        new CollectionField("firstThree", books, CollectionKind.LIST,
            oneToMany("book", "author_id"), new ProjectionElement(book), "", "", 3),
        list("byText", coded, oneToMany("coded", "author_id")));

    List<FieldLevel> levels = new Planner().plan(author).root().children();

    assertThat(levels.stream().map(level -> ((CollectionLevel) level).keyOrderInJava()))
        .containsExactly(true, true, false, false, false).inOrder();
    assertThat(sql(levels.get(0))).doesNotContain("ORDER BY");
    assertThat(sql(levels.get(2))).endsWith("ORDER BY book.author_id, title, book.id\n");
  }

  // ---------------------------------------------------------------- rows

  /**
   * A row is laid out once: the parent key first where rows start with one, then each value in
   * the order the statement reads it, a reference as its foreign key. A field that takes a
   * name the row needs keeps it; the parent key makes way.
   */
  @Test
  void aRowIsTheParentKeyThenTheValuesInTheStatementsOrder() {
    ProjectionModel agent = projection("Agent", "agent", new ColumnField("id", STRING, "id"));
    ProjectionModel book = projection("Book", "book", id(), column("parentKey", STRING),
        aggregate("reviews", TypeName.INT, Function.COUNT, oneToMany("review", "book_id"), "", ""),
        new ReferenceField("agent", agent.type(), "agent_id", agent, false));
    ProjectionModel author = projection("Author", "author", id(),
        list("books", book, oneToMany("book", "author_id")),
        columns("aliases", STRING, oneToMany("alias", "author_id"), "alias"));

    Level root = new Planner().plan(author).root();
    Level books = root.children().get(0);
    Level aliases = root.children().get(1);

    assertThat(root.row().columns()).containsExactly(new Row.Value("id", TypeName.LONG, id()));
    assertThat(books.row().columns().stream().map(Row.Column::name))
        .containsExactly("parentKey_", "id", "parentKey", "reviews", "agentKey").inOrder();
    assertThat(books.row().parentKey()).isEqualTo(new Row.ParentKey("parentKey_", TypeName.LONG));
    assertThat(books.row().of(book.fields().get(3)).type()).isEqualTo(STRING);
    assertThat(sql(books)).startsWith("""
        SELECT book.author_id,
               book.id,
               book.parent_key,
               COALESCE(sheaf_review.reviews, 0),
               book.agent_id
        """);
    assertThat(aliases.row().columns()).containsExactly(
        new Row.ParentKey("parentKey", TypeName.LONG), new Row.Element("value", STRING))
        .inOrder();
  }

  // ---------------------------------------------------------------- trees and chains

  /**
   * A tree or a chain of the projection loads before the levels beside it, which load for its
   * rows too; a tree's rows start with their parent's key, a chain's read the key they reference.
   */
  @Test
  void aTreeAndAChainAreTheFirstLevelsBelowTheirProjection() {
    ClassName employeeType = ClassName.get("shapes", "Employee");
    ProjectionModel task = projection("Task", "task", id());
    ProjectionModel employee = projection("Employee", "employee", id(),
        list("tasks", task, oneToMany("task", "owner_id")),
        new CollectionField("reports", ParameterizedTypeName.get(ClassName.get(List.class),
            employeeType), CollectionKind.LIST, oneToMany("employee", "manager_id"),
            new TreeElement(employeeType, 0), "", "", 0),
        new ReferenceField("manager", employeeType, "manager_id", null, true,
            new ReferenceField.Chain(2)));

    RootLevel root = new Planner().plan(employee).root();

    assertThat(root.children().stream().map(Level::getClass)).containsExactly(
        TreeLevel.class, ChainLevel.class, CollectionLevel.class).inOrder();
    assertThat(root.recursive()).isSameInstanceAs(root.children().get(0));
    TreeLevel reports = (TreeLevel) root.children().get(0);
    assertThat(reports.keyType()).isEqualTo(TypeName.LONG);
    assertThat(reports.row().columns().stream().map(Row.Column::name))
        .containsExactly("parentKey", "id", "managerKey").inOrder();
    ChainLevel manager = (ChainLevel) root.children().get(1);
    assertThat(manager.row().of(manager.field()).type()).isEqualTo(LONG_BOXED);
    assertThat(manager.select().depth()).isEqualTo(2);
    assertThat(manager.everyRow()).isEqualTo(EveryRow.NEVER);
  }

  // ---------------------------------------------------------------- model builders

  private static String byKeysOf(TypeName keyType) {
    ColumnField key = new ColumnField("id", keyType, "id");
    ProjectionModel keyed = new ProjectionModel(ClassName.get("shapes", "Keyed"), "keyed", key, "",
        List.of(key));
    return byKeys(new Planner().plan(keyed).root());
  }

  private static void collect(Level level, List<Level> into) {
    into.add(level);
    level.children().forEach(child -> collect(child, into));
  }

  private static ColumnField id() {
    return new ColumnField("id", TypeName.LONG, "id");
  }

  private static ColumnField column(String name, TypeName type) {
    return new ColumnField(name, type, name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase());
  }

  /** A projection keyed by its first field, an {@code id} column. */
  private static ProjectionModel projection(String name, String table, ColumnField key,
      Field... rest) {
    List<Field> fields = new ArrayList<>();
    fields.add(key);
    fields.addAll(List.of(rest));
    return new ProjectionModel(ClassName.get("shapes", name), table, key, "", fields);
  }

  private static AggregateField aggregate(String name, TypeName type, Function function,
      Relation relation, String column, String where) {
    return new AggregateField(name, type, function, relation, column, where);
  }

  private static CollectionField list(String name, ProjectionModel element, Relation relation) {
    return new CollectionField(name,
        ParameterizedTypeName.get(ClassName.get(List.class), element.type()), CollectionKind.LIST,
        relation, new ProjectionElement(element), "", "", 0);
  }

  private static CollectionField set(String name, ProjectionModel element, Relation relation) {
    return new CollectionField(name,
        ParameterizedTypeName.get(ClassName.get(java.util.Set.class), element.type()),
        CollectionKind.SET, relation, new ProjectionElement(element), "", "", 0);
  }

  private static CollectionField columns(String name, TypeName element, Relation relation,
      String column) {
    return new CollectionField(name,
        ParameterizedTypeName.get(ClassName.get(List.class), element), CollectionKind.LIST,
        relation, new ColumnElement(column, element), "", "", 0);
  }

  private static Relation oneToMany(String table, String foreignKey) {
    return new Relation(table, foreignKey, "", "", "id");
  }

  private static Relation manyToMany(String through, String foreignKey, String inverseForeignKey,
      String table) {
    return new Relation(table, foreignKey, through, inverseForeignKey, "id");
  }

  /**
   * A level's SQL on PostgreSQL: the root's for every row, a collection's and a reference's for
   * a key set.
   */
  private static String sql(Level level) {
    return level.select().sql(Dialect.POSTGRESQL, level instanceof RootLevel
        ? Select.Restriction.EVERY_ROW : Select.Restriction.KEYS);
  }

  /** The root's SQL on PostgreSQL for a key set. */
  private static String byKeys(Level root) {
    return root.select().sql(Dialect.POSTGRESQL, Select.Restriction.KEYS);
  }
}
