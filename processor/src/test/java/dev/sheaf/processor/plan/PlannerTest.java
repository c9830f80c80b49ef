package dev.sheaf.processor.plan;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.sheaf.Aggregate.Function;
import dev.sheaf.processor.model.AggregateField;
import dev.sheaf.processor.model.CollectionField;
import dev.sheaf.processor.model.CollectionField.CollectionKind;
import dev.sheaf.processor.model.CollectionField.ColumnElement;
import dev.sheaf.processor.model.CollectionField.ProjectionElement;
import dev.sheaf.processor.model.ColumnField;
import dev.sheaf.processor.model.Field;
import dev.sheaf.processor.model.ProjectionModel;
import dev.sheaf.processor.model.ReferenceField;
import dev.sheaf.processor.model.Relation;
import java.util.ArrayList;
import dev.sheaf.runtime.Dialect;
import dev.sheaf.runtime.Select;
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
    Level root = plan.root();
    assertThat(root.kind()).isEqualTo(Level.Kind.ROOT);
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
    assertThat(root.values().stream().map(Field::name).toList())
        .containsExactly("id", "name", "longBooks", "totalPages", "agent").inOrder();

    assertThat(root.children()).hasSize(2);
    Level books = root.children().get(0);
    assertThat(books.kind()).isEqualTo(Level.Kind.COLLECTION);
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
    assertThat(agentLevel.kind()).isEqualTo(Level.Kind.REFERENCE);
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

    assertThat(tags.projection()).isNull();
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

    Level level = new Planner().plan(author).root().children().get(0);

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
    assertThat(((CollectionField) level.via()).limit()).isEqualTo(3);
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
    return level.select().sql(Dialect.POSTGRESQL, level.kind() == Level.Kind.ROOT
        ? Select.Restriction.EVERY_ROW : Select.Restriction.KEYS);
  }

  /** The root's SQL on PostgreSQL for a key set. */
  private static String byKeys(Level root) {
    return root.select().sql(Dialect.POSTGRESQL, Select.Restriction.KEYS);
  }
}
