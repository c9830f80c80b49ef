package dev.sheaf.runtime;

import static dev.sheaf.Aggregate.Function.AVG;
import static dev.sheaf.Aggregate.Function.COUNT;
import static dev.sheaf.Aggregate.Function.EXISTS;
import static dev.sheaf.Aggregate.Function.SUM;
import static dev.sheaf.runtime.Select.Option.AS_DOUBLE;
import static dev.sheaf.runtime.Select.Option.OR_ZERO;
import static dev.sheaf.runtime.Select.Restriction.EVERY_ROW;
import static dev.sheaf.runtime.Select.Restriction.FILTER;
import static dev.sheaf.runtime.Select.Restriction.KEYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sheaf.Aggregate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statement shapes, pinned per database and kind of load. */
class SelectSqlTest {
  private static final Select AUTHORS = Select.root(1, "AuthorCard", "author", "id")
      .column("name")
      .aggregate("bookCount", COUNT, Select.over("book", "author_id"), "", "", OR_ZERO)
      .aggregate("averagePages", AVG, Select.over("book", "author_id"), "pages", "", AS_DOUBLE)
      .aggregate("long", EXISTS, Select.over("book", "author_id"), "", "pages > 300", OR_ZERO);

  private static final Select LATEST_BOOKS =
      Select.children(2, "AuthorCard.latestBooks", "book", "id", "author_id")
          .column("title")
          .aggregate("reviews", COUNT, Select.over("review", "book_id"), "", "", OR_ZERO)
          .orderBy("published DESC")
          .limit(3);

  private static final Select.Link BOOK_AUTHORS =
      Select.link("book_authors", "book_id", "author_id", "id");

  @Test
  void everyRowGroupsTheAggregatesOfOneRelationInOneDerivedTable() {
    assertEquals("""
        SELECT author.name,
               COALESCE(sheaf_book.bookCount, 0),
               sheaf_book.averagePages,
               COALESCE(sheaf_book.long, 0) > 0
        FROM author
        LEFT JOIN (SELECT book.author_id AS sheaf_key,
                          COUNT(*) AS bookCount,
                          AVG(CAST(book.pages AS DOUBLE PRECISION)) AS averagePages,
                          COUNT(CASE WHEN (pages > 300) THEN 1 END) AS long
                   FROM book
                   GROUP BY book.author_id) sheaf_book ON sheaf_book.sheaf_key = author.id
        ORDER BY author.id
        """, AUTHORS.sql(Dialect.POSTGRESQL, EVERY_ROW));
  }

  @Test
  void aKeySetIsPushedInsideEachDerivedTable() {
    String sql = AUTHORS.sql(Dialect.POSTGRESQL, KEYS);
    assertTrue(sql.contains("           FROM book\n"
        + "           WHERE book.author_id = ANY(:keys)\n"
        + "           GROUP BY book.author_id) sheaf_book"), sql);
    assertTrue(sql.endsWith("WHERE author.id = ANY(:keys)\n"), sql);
  }

  /** H2 runs a derived table with the key table joined inside 15 times slower. */
  @Test
  void h2CorrelatesAKeySetsAggregates() {
    assertEquals("""
        SELECT author.name,
               (SELECT COUNT(*) FROM book WHERE book.author_id = author.id),
               (SELECT AVG(book.pages) FROM book WHERE book.author_id = author.id),
               EXISTS (SELECT 1 FROM book WHERE book.author_id = author.id AND (pages > 300))
        FROM UNNEST(:keys) sheaf_keys(sheaf_key)
        JOIN author ON author.id = sheaf_keys.sheaf_key
        """, AUTHORS.sql(Dialect.H2, KEYS));
  }

  @Test
  void aPageCorrelatesTheAggregatesAndAddsTheCallersConditionOrderAndPage() {
    RootFilter filter = new RootFilter("country = :c", Map.of(), "name DESC", 20L, 40, false, null);
    assertEquals("""
        SELECT author.name,
               (SELECT COUNT(*) FROM book WHERE book.author_id = author.id),
               (SELECT AVG(CAST(book.pages AS DOUBLE PRECISION)) FROM book WHERE book.author_id = author.id),
               EXISTS (SELECT 1 FROM book WHERE book.author_id = author.id AND (pages > 300))
        FROM author
        WHERE (country = :c)
        ORDER BY name DESC, author.id
        LIMIT :sheaf_limit OFFSET :sheaf_offset
        """, SelectSql.render(AUTHORS, Dialect.POSTGRESQL, FILTER, null, filter));
  }

  /**
   * A page after a cursor seeks past the cursor's values in the query's order, the key last;
   * it selects the values the next cursor holds after the row's own columns. The caller's
   * order is MariaDB's SQL as written.
   */
  @Test
  void aKeysetPageSeeksPastItsCursor() {
    KeysetOrder order = KeysetOrder.of("title DESC, `year`", "book", "id");
    RootFilter page = RootFilter.all().withOrderBy("title DESC, `year`").withLimit(20L)
        .asPage(order, List.of("Emma", 1815L, 7L));

    assertEquals("""
        SELECT book.title,
               title AS sheaf_cursor_0,
               `year` AS sheaf_cursor_1,
               book.id AS sheaf_cursor_2
        FROM book
        WHERE ((title < :sheaf_cursor_0) OR (title = :sheaf_cursor_0 AND `year` > :sheaf_cursor_1)\
         OR (title = :sheaf_cursor_0 AND `year` = :sheaf_cursor_1 AND book.id > :sheaf_cursor_2))
        ORDER BY title DESC, `year`, book.id
        LIMIT :sheaf_limit
        """, SelectSql.render(Select.root(1, "Book", "book", "id").column("title"),
            Dialect.MYSQL, FILTER, null, page));
  }

  @Test
  void aPagesTotalCountsTheRootTableAlone() {
    Select books = Select.root(1, "Book", "book", "id").column("title")
        .aggregate("reviews", Aggregate.Function.COUNT, Select.over("review", "book_id"), "", "");
    RootFilter page = RootFilter.all().withWhere("pages > :p").withOrderBy("title")
        .withLimit(20L).withOffset(40);

    assertEquals("SELECT COUNT(*)\nFROM book\nWHERE (pages > :p)\n",
        SelectSql.count(books, Dialect.POSTGRESQL, page));
    assertEquals("SELECT COUNT(*)\nFROM book\n", SelectSql.count(books, Dialect.H2,
        RootFilter.all()));
  }

  @Test
  void anOrderOfExpressionsIsNoKeysetOrder() {
    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
        () -> KeysetOrder.of("LOWER(title), id", "book", "id"));
    assertEquals("keyset pages need an order of columns, each ASC or DESC (such as \"name DESC,"
        + " id\"); \"LOWER(title)\" in \"LOWER(title), id\" is not one", failure.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> KeysetOrder.of("title NULLS LAST", "book", "id"));
    assertEquals(List.of("title"), KeysetOrder.of("title, book.id, year", "book", "id").columns(),
        "the key ends the order: what follows it never decides");
  }

  @Test
  void aChunkIsInKeyOrderAfterTheLastKeyOfTheChunkBefore() {
    Select authors = Select.root(1, "Author", "author", "id").column("name").orderBy("name");
    RootFilter chunk = RootFilter.all().withWhere("country = :c").chunk(41L, 0, 500);
    assertEquals("""
        SELECT author.name
        FROM author
        WHERE (country = :c)
          AND author.id > :sheaf_after
        ORDER BY author.id
        LIMIT :sheaf_limit
        """, SelectSql.render(authors, Dialect.H2, FILTER, null, chunk));
    assertEquals("SELECT author.name\nFROM author\nORDER BY name, author.id\n",
        authors.sql(Dialect.H2, EVERY_ROW));
  }

  @Test
  void aTopNIsCutBeforeItsAggregatesJoinTheKeptRows() {
    assertEquals("""
        SELECT sheaf_top.sheaf_parent,
               sheaf_top.title,
               COALESCE(sheaf_review.reviews, 0)
        FROM (SELECT book.author_id AS sheaf_parent,
                     book.title AS title,
                     book.id AS sheaf_key,
                     ROW_NUMBER() OVER (PARTITION BY book.author_id ORDER BY published DESC, book.id) AS sheaf_rank
              FROM book
              WHERE book.author_id = ANY(:keys)) sheaf_top
        LEFT JOIN (SELECT review.book_id AS sheaf_key,
                          COUNT(*) AS reviews
                   FROM review
                   WHERE review.book_id IN (SELECT book.id FROM book WHERE book.author_id = ANY(:keys))
                   GROUP BY review.book_id) sheaf_review ON sheaf_review.sheaf_key = sheaf_top.sheaf_key
        WHERE sheaf_top.sheaf_rank <= 3
        ORDER BY sheaf_top.sheaf_parent, sheaf_top.sheaf_rank
        """, SelectSql.render(LATEST_BOOKS, Dialect.POSTGRESQL, KEYS, KeySet.shown(Dialect.POSTGRESQL),
            RootFilter.all(), true));
    // Until a load finds the cut worth it, the rows are read in order, for the repository.
    String first = LATEST_BOOKS.sql(Dialect.POSTGRESQL, KEYS);
    assertTrue(first.endsWith(
        "WHERE book.author_id = ANY(:keys)\nORDER BY book.author_id, published DESC, book.id\n"),
        first);
  }

  @Test
  void aCollectionsKeySetGroupsOverTheRowsItsOwnRowsRelateTo() {
    Select books = Select.children(2, "Author.books", "book", "id", "author_id")
        .aggregate("reviews", COUNT, Select.over("review", "book_id"), "", "", OR_ZERO)
        .where("pages > 100");
    String sql = books.sql(Dialect.MYSQL, KEYS);
    assertTrue(sql.contains("WHERE review.book_id IN (SELECT book.id FROM book"
        + " WHERE book.author_id IN (:keys) AND (pages > 100))\n"), sql);
    // H2 runs an IN subquery row by row: there, a subquery per row.
    String h2 = books.sql(Dialect.H2, KEYS);
    assertTrue(h2.contains("(SELECT COUNT(*) FROM review WHERE review.book_id = book.id)"), h2);
  }

  @Test
  void aFilterWithoutAPageGroupsOverTheRowsItSelects() {
    String sql = SelectSql.render(AUTHORS, Dialect.POSTGRESQL, FILTER, null,
        RootFilter.all().withWhere("country = :c"));
    assertTrue(sql.contains("WHERE book.author_id IN (SELECT author.id FROM author"
        + " WHERE (country = :c))\n"), sql);
    assertTrue(sql.endsWith("WHERE (country = :c)\nORDER BY author.id\n"), sql);
  }

  @Test
  void h2ReadsATopNsRowsInOrderForTheRepositoryToCut() {
    assertEquals("""
        SELECT book.author_id,
               book.title,
               COALESCE(sheaf_review.reviews, 0)
        FROM book
        LEFT JOIN (SELECT review.book_id AS sheaf_key,
                          COUNT(*) AS reviews
                   FROM review
                   GROUP BY review.book_id) sheaf_review ON sheaf_review.sheaf_key = book.id
        WHERE book.author_id IS NOT NULL
        ORDER BY book.author_id, published DESC, book.id
        """, LATEST_BOOKS.sql(Dialect.H2, EVERY_ROW));
  }

  @Test
  void aJunctionShowsAFragmentNoneOfItsOwnColumns() {
    Select names = Select.childrenThrough(2, "Book.authors", "author", null, BOOK_AUTHORS)
        .column("name")
        .where("name LIKE 'A%'")
        .orderBy("id")
        .tieBreaker("name");
    assertEquals("""
        SELECT sheaf_link.sheaf_parent,
               author.name
        FROM (SELECT book_authors.book_id AS sheaf_parent, book_authors.author_id AS sheaf_target FROM book_authors WHERE book_authors.book_id = ANY(:keys)) sheaf_link
        JOIN author ON author.id = sheaf_link.sheaf_target
        WHERE (name LIKE 'A%')
        ORDER BY id, author.name
        """, names.sql(Dialect.POSTGRESQL, KEYS));
  }

  @Test
  void h2JoinsAJunctionsKeySetInsideItsDerivedTable() {
    Select names = Select.childrenThrough(2, "Book.authors", "author", null, BOOK_AUTHORS)
        .column("name")
        .orderBy("name")
        .tieBreaker("name");
    assertEquals("""
        SELECT sheaf_link.sheaf_parent,
               author.name
        FROM (SELECT book_authors.book_id AS sheaf_parent, book_authors.author_id AS sheaf_target FROM UNNEST(:keys) sheaf_keys(sheaf_key) JOIN book_authors ON book_authors.book_id = sheaf_keys.sheaf_key) sheaf_link
        JOIN author ON author.id = sheaf_link.sheaf_target
        ORDER BY name
        """, names.sql(Dialect.H2, KEYS));
  }

  @Test
  void aSelfRelationsFragmentNamesTheRelatedRowInEveryShape() {
    Select staff = Select.root(1, "Employee", "employee", "employee_id")
        .aggregate("sales", COUNT, Select.over("employee", "reports_to"), "",
            "employee.title LIKE 'Sales%'", OR_ZERO);
    String grouped = staff.sql(Dialect.POSTGRESQL, EVERY_ROW);
    assertTrue(grouped.contains("           FROM employee\n"
        + "           WHERE (employee.title LIKE 'Sales%')\n"
        + "           GROUP BY employee.reports_to) sheaf_employee"), grouped);
    String correlated = SelectSql.render(staff, Dialect.POSTGRESQL, FILTER, null,
        RootFilter.all().withWhere("employee_id > 0").withLimit(10L));
    assertTrue(correlated.contains("(SELECT COUNT(*) FROM (SELECT employee.reports_to AS sheaf_key"
        + " FROM employee WHERE (employee.title LIKE 'Sales%')) sheaf_related"
        + " WHERE sheaf_related.sheaf_key = employee.employee_id)"), correlated);
  }

  @Test
  void mysqlWritesBackticksAndAveragesDoublesAsDoubles() {
    Select order = Select.root(1, "Order", "\"order\"", "id")
        .aggregate("total", SUM, Select.over("line", "\"order\""), "amount", "", OR_ZERO)
        .aggregate("mean", AVG, Select.over("line", "\"order\""), "amount", "", AS_DOUBLE);
    String sql = SelectSql.render(order, Dialect.MYSQL, KEYS, KeySet.condition(" IN (1, 2)"),
        RootFilter.all());
    assertEquals("""
        SELECT COALESCE(sheaf_line.total, 0),
               sheaf_line.mean
        FROM `order`
        LEFT JOIN (SELECT line.`order` AS sheaf_key,
                          SUM(line.amount) AS total,
                          AVG(CAST(line.amount AS DOUBLE)) AS mean
                   FROM line
                   WHERE line.`order` IN (1, 2)
                   GROUP BY line.`order`) sheaf_line ON sheaf_line.sheaf_key = `order`.id
        WHERE `order`.id IN (1, 2)
        """, sql);
  }

  // ---------------------------------------------------------------- trees

  private static Select reports() {
    return Select.tree(2, "Employee.reports", "employee", "employee_id", "reports_to")
        .column("employee_id")
        .column("name");
  }

  @Test
  void aTreeWalksEveryLevelUnderTheKeysKeepingEachKeyOnce() {
    assertEquals("""
        WITH RECURSIVE sheaf_tree(sheaf_key) AS (
          SELECT employee.employee_id
          FROM employee
          WHERE employee.reports_to = ANY(:keys)
          UNION
          SELECT employee.employee_id
          FROM sheaf_tree
          JOIN employee ON employee.reports_to = sheaf_tree.sheaf_key
        )
        SELECT employee.reports_to,
               employee.employee_id,
               employee.name
        FROM sheaf_tree
        JOIN employee ON employee.employee_id = sheaf_tree.sheaf_key
        ORDER BY employee.reports_to, employee.employee_id
        """, reports().sql(Dialect.POSTGRESQL, KEYS));
  }

  @Test
  void onH2ATreeCarriesEachRowsPathAndStopsBeforeAKeyOnIt() {
    assertEquals("""
        WITH RECURSIVE sheaf_tree(sheaf_key, sheaf_path) AS (
          SELECT employee.employee_id, ARRAY[employee.employee_id]
          FROM UNNEST(:keys) sheaf_keys(sheaf_key)
          JOIN employee ON employee.reports_to = sheaf_keys.sheaf_key
          UNION ALL
          SELECT employee.employee_id, sheaf_tree.sheaf_path || employee.employee_id
          FROM sheaf_tree
          JOIN employee ON employee.reports_to = sheaf_tree.sheaf_key
          WHERE NOT ARRAY_CONTAINS(sheaf_tree.sheaf_path, employee.employee_id)
        )
        SELECT employee.reports_to,
               employee.employee_id,
               employee.name
        FROM (SELECT DISTINCT sheaf_key FROM sheaf_tree) sheaf_node
        JOIN employee ON employee.employee_id = sheaf_node.sheaf_key
        ORDER BY employee.reports_to, employee.employee_id
        """, reports().sql(Dialect.H2, KEYS));
  }

  @Test
  void onMariaDbATreeLiftsTheLimitOnLevelsForItself() {
    String sql = reports().sql(Dialect.MYSQL, KEYS);

    assertTrue(sql.startsWith("/*M!100102 SET STATEMENT max_recursive_iterations = 4294967295"
        + " FOR */\nWITH RECURSIVE sheaf_tree(sheaf_key) AS (\n"), sql);
    assertTrue(sql.contains("WHERE employee.reports_to IN (:keys)\n  UNION\n"), sql);
  }

  @Test
  void aDeclaredDepthCountsLevelsAndAWhereKeepsRowsOutAtEachOne() {
    Select select = reports().where("active").orderBy("name").depth(3);

    assertEquals("""
        WITH RECURSIVE sheaf_tree(sheaf_key, sheaf_depth) AS (
          SELECT employee.employee_id, 1
          FROM employee
          WHERE employee.reports_to = ANY(:keys)
            AND (active)
          UNION ALL
          SELECT employee.employee_id, sheaf_tree.sheaf_depth + 1
          FROM sheaf_tree
          JOIN employee ON employee.reports_to = sheaf_tree.sheaf_key
          WHERE (active)
            AND sheaf_tree.sheaf_depth < 3
        )
        SELECT employee.reports_to,
               employee.employee_id,
               employee.name
        FROM (SELECT DISTINCT sheaf_key FROM sheaf_tree) sheaf_node
        JOIN employee ON employee.employee_id = sheaf_node.sheaf_key
        ORDER BY employee.reports_to, name, employee.employee_id
        """, select.sql(Dialect.POSTGRESQL, KEYS));
  }

  @Test
  void aTreesAggregatesAreGroupedOverTheRowsItWalked() {
    Select select = reports()
        .aggregate("tasks", COUNT, Select.over("task", "owner_id"), "", "", OR_ZERO);

    String sql = select.sql(Dialect.POSTGRESQL, KEYS);
    assertTrue(sql.contains("WHERE task.owner_id IN (SELECT employee.employee_id FROM sheaf_tree"
        + " JOIN employee ON employee.employee_id = sheaf_tree.sheaf_key )"), sql);
    assertTrue(select.sql(Dialect.H2, KEYS).contains(
        "(SELECT COUNT(*) FROM task WHERE task.owner_id = employee.employee_id)"));
  }

  @Test
  void aTreeIsNeverCutInSql() {
    Select select = reports().limit(1);
    select.read(100, 1, 1);

    assertTrue(!SelectSql.render(select, Dialect.POSTGRESQL, KEYS, KeySet.shown(Dialect.POSTGRESQL),
        RootFilter.shown(), true).contains("ROW_NUMBER"));
  }

  @Test
  void aChainWalksUpFromTheKeysCarryingEachRowsNextKey() {
    Select select = Select.chain(2, "Employee.manager", "employee", "employee_id", "reports_to")
        .column("employee_id")
        .column("reports_to");

    assertEquals("""
        WITH RECURSIVE sheaf_tree(sheaf_key, sheaf_up) AS (
          SELECT employee.employee_id, employee.reports_to
          FROM employee
          WHERE employee.employee_id = ANY(:keys)
          UNION
          SELECT employee.employee_id, employee.reports_to
          FROM sheaf_tree
          JOIN employee ON employee.employee_id = sheaf_tree.sheaf_up
        )
        SELECT employee.employee_id,
               employee.reports_to
        FROM sheaf_tree
        JOIN employee ON employee.employee_id = sheaf_tree.sheaf_key
        """, select.sql(Dialect.POSTGRESQL, KEYS));
    assertTrue(select.depth(2).sql(Dialect.H2, KEYS).contains("""
          SELECT employee.employee_id, employee.reports_to, 1
          FROM UNNEST(:keys) sheaf_keys(sheaf_key)
          JOIN employee ON employee.employee_id = sheaf_keys.sheaf_key
          UNION ALL
          SELECT employee.employee_id, employee.reports_to, sheaf_tree.sheaf_depth + 1
        """));
  }

  @Test
  void underEveryRowATreeIsEveryRowWithAParentAndAChainEveryRow() {
    assertEquals("""
        SELECT employee.reports_to,
               employee.employee_id,
               employee.name
        FROM employee
        WHERE employee.reports_to IS NOT NULL
        ORDER BY employee.reports_to, employee.employee_id
        """, reports().sql(Dialect.H2, EVERY_ROW));
    assertEquals("""
        SELECT employee.employee_id,
               employee.reports_to
        FROM employee
        ORDER BY employee.employee_id
        """, Select.chain(2, "Employee.manager", "employee", "employee_id", "reports_to")
        .column("employee_id").column("reports_to").sql(Dialect.MYSQL, EVERY_ROW));
  }

  @Test
  void underEveryRowATreeThatLeavesRowsOutStillWalks() {
    String sql = reports().depth(2).sql(Dialect.POSTGRESQL, EVERY_ROW);

    assertTrue(sql.startsWith("""
        WITH RECURSIVE sheaf_tree(sheaf_key, sheaf_depth) AS (
          SELECT employee.employee_id, 1
          FROM employee
          WHERE employee.reports_to IS NOT NULL
        """), sql);
    assertTrue(reports().where("active").sql(Dialect.H2, EVERY_ROW).startsWith("WITH RECURSIVE"));
  }
}
