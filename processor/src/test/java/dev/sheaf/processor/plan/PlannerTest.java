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
    assertThat(root.sql()).isEqualTo("""
        SELECT author.id,
               author.name,
               (SELECT COUNT(*) FROM book WHERE book.author_id = author.id AND (pages > 300)),
               COALESCE((SELECT SUM(book.pages) FROM book WHERE book.author_id = author.id), 0),
               author.agent_id
        FROM author
        """);
    assertThat(plan.selectByKeys()).isEqualTo("""
        SELECT author.id,
               author.name,
               (SELECT COUNT(*) FROM book WHERE book.author_id = author.id AND (pages > 300)),
               COALESCE((SELECT SUM(book.pages) FROM book WHERE book.author_id = author.id), 0),
               author.agent_id
        FROM author
        WHERE author.id IN (:keys)
        """);
    assertThat(plan.keyOrder()).isEqualTo("author.id");
    assertThat(plan.defaultOrder()).isEmpty();
    // The root's row holds every value but the collection, which its own statement loads.
    assertThat(root.values().stream().map(Field::name).toList())
        .containsExactly("id", "name", "longBooks", "totalPages", "agent").inOrder();

    assertThat(root.children()).hasSize(2);
    Level books = root.children().get(0);
    assertThat(books.kind()).isEqualTo(Level.Kind.COLLECTION);
    assertThat(books.statement()).isEqualTo(2);
    assertThat(books.label()).isEqualTo("Author.books");
    assertThat(books.sql()).isEqualTo("""
        SELECT book.author_id,
               book.id,
               book.title,
               (SELECT COUNT(*) FROM review WHERE review.book_id = book.id AND (stars = 5))
        FROM book
        WHERE book.author_id IN (:keys)
        ORDER BY book.id
        """);

    Level reviews = books.children().get(0);
    assertThat(reviews.statement()).isEqualTo(3);
    assertThat(reviews.label()).isEqualTo("Book.reviews");
    assertThat(reviews.sql()).isEqualTo("""
        SELECT review.book_id,
               review.id,
               review.stars
        FROM review
        WHERE review.book_id IN (:keys)
        ORDER BY review.id
        """);
    assertThat(reviews.children()).isEmpty();

    Level agentLevel = root.children().get(1);
    assertThat(agentLevel.kind()).isEqualTo(Level.Kind.REFERENCE);
    assertThat(agentLevel.statement()).isEqualTo(4);
    assertThat(agentLevel.sql()).isEqualTo("""
        SELECT agent.id,
               agent.name
        FROM agent
        WHERE agent.id IN (:keys)
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
    assertThat(plan.root().sql()).isEqualTo("""
        SELECT tag.id,
               tag.name
        FROM tag
        """);
  }

  // ---------------------------------------------------------------- many-to-many

  @Test
  void manyToManyCollectionJoinsTheJunctionToTheKeysThenTheRelatedTable() {
    ProjectionModel tag = projection("Tag", "tag", id(), column("name", STRING));
    ProjectionModel book = projection("Book", "book", id(),
        set("tags", tag, manyToMany("book_tag", "book_id", "tag_id", "tag")));

    Level tags = new Planner().plan(book).root().children().get(0);

    assertThat(tags.sql()).isEqualTo("""
        SELECT book_tag.book_id,
               tag.id,
               tag.name
        FROM book_tag
        JOIN tag ON tag.id = book_tag.tag_id
        WHERE book_tag.book_id IN (:keys)
        ORDER BY tag.id
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

    assertThat(tags.sql()).contains("JOIN tag ON tag.code = book_tag.tag_code\n"
        + "WHERE book_tag.book_id IN (:keys)\nORDER BY tag.code");
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
    assertThat(plan.root().sql()).isEqualTo("""
        SELECT book.id,
               (SELECT COUNT(*) FROM book_tag JOIN tag ON tag.id = book_tag.tag_id WHERE book_tag.book_id = book.id),
               EXISTS (SELECT 1 FROM book_tag JOIN tag ON tag.id = book_tag.tag_id WHERE book_tag.book_id = book.id AND (tag.name = 'classic'))
        FROM book
        """);
  }

  @Test
  void manyToManyColumnCollectionReadsTheParentKeyAndTheValue() {
    ProjectionModel book = projection("Book", "book", id(),
        columns("tags", STRING, manyToMany("book_tag", "book_id", "tag_id", "tag"), "name"));

    Level tags = new Planner().plan(book).root().children().get(0);

    assertThat(tags.projection()).isNull();
    assertThat(tags.sql()).isEqualTo("""
        SELECT book_tag.book_id,
               tag.name
        FROM book_tag
        JOIN tag ON tag.id = book_tag.tag_id
        WHERE book_tag.book_id IN (:keys)
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

    assertThat(level.sql()).isEqualTo("""
        SELECT book.author_id,
               book.id,
               book.title
        FROM book
        WHERE book.author_id IN (:keys)
          AND (pages > 300)
        ORDER BY pages DESC, book.id
        """);
    assertThat(level.sql()).doesNotContain("LIMIT");
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

    assertThat(level.sql()).isEqualTo("""
        SELECT book.author_id,
               book.title
        FROM book
        WHERE book.author_id IN (:keys)
          AND (pages > 300)
        ORDER BY published DESC, book.title
        """);
  }

  @Test
  void projectionOrderIsTheRootsDefaultOrder() {
    ProjectionModel author = new ProjectionModel(ClassName.get("shapes", "Author"), "author", id(),
        "name DESC", List.of(id(), column("name", STRING)));

    RepositoryPlan plan = new Planner().plan(author);

    assertThat(plan.defaultOrder()).isEqualTo("name DESC");
    assertThat(plan.keyOrder()).isEqualTo("author.id");
    // The root statement has no ORDER BY of its own: a filter adds the order, then the key.
    assertThat(plan.root().sql()).doesNotContain("ORDER BY");
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

    String sql = new Planner().plan(author).root().sql();

    assertThat(sql).isEqualTo("""
        SELECT author.id,
               (SELECT COUNT(*) FROM book WHERE book.author_id = author.id),
               (SELECT COUNT(book.isbn) FROM book WHERE book.author_id = author.id),
               (SELECT COUNT(DISTINCT book.genre) FROM book WHERE book.author_id = author.id),
               COALESCE((SELECT SUM(book.pages) FROM book WHERE book.author_id = author.id), 0),
               (SELECT SUM(book.sold) FROM book WHERE book.author_id = author.id),
               (SELECT AVG(book.rating) FROM book WHERE book.author_id = author.id),
               (SELECT MIN(book.published) FROM book WHERE book.author_id = author.id),
               (SELECT MAX(book.published) FROM book WHERE book.author_id = author.id),
               EXISTS (SELECT 1 FROM book WHERE book.author_id = author.id AND (pages > 1000))
        FROM author
        """);
  }

  /** Counting rows of the owner's own table needs an alias, or the subquery correlates with itself. */
  @Test
  void aggregateOverTheOwnersOwnTableUsesAnAlias() {
    ProjectionModel employee = projection("Employee", "employee", id(),
        aggregate("reports", TypeName.INT, Function.COUNT, oneToMany("employee", "manager_id"), "",
            ""),
        aggregate("payroll", ClassName.get("java.math", "BigDecimal"), Function.SUM,
            oneToMany("employee", "manager_id"), "salary", ""));

    String sql = new Planner().plan(employee).root().sql();

    assertThat(sql).contains("(SELECT COUNT(*) FROM employee sheaf_related"
        + " WHERE sheaf_related.manager_id = employee.id),");
    assertThat(sql).contains("(SELECT SUM(sheaf_related.salary) FROM employee sheaf_related"
        + " WHERE sheaf_related.manager_id = employee.id)\n");
  }

  // ---------------------------------------------------------------- keys

  /** The SQL of a key set is the same for every key type: the runtime binds it by its Java type. */
  @Test
  void keySetsAreOnePredicateLineWhateverTheKeyType() {
    for (TypeName type : List.of(TypeName.LONG, LONG_BOXED, TypeName.INT,
        ClassName.get(Integer.class), STRING, UUID_TYPE)) {
      assertThat(byKeysOf(type)).endsWith("FROM keyed\nWHERE keyed.id IN (:keys)\n");
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
    assertThat(publisherLevel.sql()).isEqualTo("""
        SELECT publisher.code,
               publisher.name
        FROM publisher
        WHERE publisher.code IN (:keys)
        """);
    assertThat(tags.keyType()).isEqualTo(UUID_TYPE);
    assertThat(tags.sql()).contains("FROM book_tag\nWHERE book_tag.book_id IN (:keys)");
    // The root reads the foreign key, which the reference's statement is bound with.
    assertThat(root.sql()).contains("book.publisher_code");
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

    assertThat(plan.root().sql()).isEqualTo("""
        SELECT "user".id,
               (SELECT COUNT(*) FROM "order" WHERE "order"."user" = "user".id)
        FROM "user"
        """);
    assertThat(plan.keyOrder()).isEqualTo("\"user\".id");
    assertThat(plan.root().children().get(0).sql()).isEqualTo("""
        SELECT "group"."user",
               "order".id,
               "order"."key"
        FROM "group"
        JOIN "order" ON "order".id = "group"."order"
        WHERE "group"."user" IN (:keys)
        ORDER BY "order".id
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

    assertThat(books.sql()).doesNotContain("book.");
    assertThat(books.sql()).isEqualTo("""
        SELECT book_view.author_id,
               book_view.id,
               book_view.title,
               (SELECT COUNT(*) FROM review WHERE review.book_id = book_view.id)
        FROM book_view
        WHERE book_view.author_id IN (:keys)
        ORDER BY book_view.id
        """);
  }

  // ---------------------------------------------------------------- model builders

  private static String byKeysOf(TypeName keyType) {
    ColumnField key = new ColumnField("id", keyType, "id");
    ProjectionModel keyed = new ProjectionModel(ClassName.get("shapes", "Keyed"), "keyed", key, "",
        List.of(key));
    return new Planner().plan(keyed).selectByKeys();
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
}
