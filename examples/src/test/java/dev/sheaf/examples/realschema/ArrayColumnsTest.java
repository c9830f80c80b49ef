package dev.sheaf.examples.realschema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sheaf.Aggregate;
import dev.sheaf.Column;
import dev.sheaf.Projection;
import dev.sheaf.examples.StatementCounter;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import dev.sheaf.runtime.LoadException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Array columns read into {@code List}s (and {@code String[]} as before) on H2 and PostgreSQL:
 * text, int, bigint and uuid arrays, NULL arrays (null), empty ones, and null elements, at the
 * root and one level down. MariaDB has no arrays: there the load fails naming the repository
 * and the statement. Expected values are the arrays inserted.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class ArrayColumnsTest {
  @Projection(table = "post", key = "post_id")
  record Post(long postId,
      @Column("tags") List<String> tags,
      @Column("scores") List<Integer> scores,
      @Column("scores_wide") List<Long> scoresWidened,
      @Column("big_ids") List<Long> bigIds,
      @Column("refs") List<UUID> refs,
      String[] labels) {}

  @Projection(table = "blog", key = "blog_id")
  record Blog(long blogId, String name,
      @Aggregate(foreignKey = "blog_id", orderBy = "post_id") List<Post> posts) {}

  /** A post as inserted: the oracle's input; a null array is a NULL column. */
  record Row(long id, Long blogId, String[] tags, Integer[] scores, Integer[] scoresWide,
      Long[] bigIds, UUID[] refs, String[] labels) {
    Post expected() {
      return new Post(id, list(tags), list(scores),
          scoresWide == null ? null : Arrays.stream(scoresWide)
              .map(v -> v == null ? null : v.longValue()).toList(),
          list(bigIds), list(refs), labels);
    }

    private static <T> List<T> list(T[] array) {
      return array == null ? null : Arrays.asList(array);
    }
  }

  @Parameter
  TestDatabase database;

  private ScratchDatabase scratch;
  private Jdbi jdbi;
  private final StatementCounter counter = new StatementCounter();
  private final List<Row> rows = new ArrayList<>();

  @AfterEach
  void drop() {
    if (scratch != null) {
      scratch.close();
    }
  }

  private void fill(int posts) {
    scratch = database.fresh("array_columns");
    jdbi = scratch.jdbi();
    Random random = new Random(posts);
    for (long id = 1; id <= posts; id++) {
      rows.add(new Row(id, random.nextInt(4) == 0 ? null : 1L + random.nextInt(3),
          random.nextInt(5) == 0 ? null : strings(random), integers(random), integers(random),
          longs(random), random.nextInt(5) == 0 ? null : uuids(random), strings(random)));
    }
    jdbi.useTransaction(this::create);
    jdbi.setSqlLogger(counter);
  }

  private static String[] strings(Random random) {
    String[] values = new String[random.nextInt(4)];
    Arrays.setAll(values, i -> random.nextInt(6) == 0 ? null : "t" + random.nextInt(100));
    return values;
  }

  private static Integer[] integers(Random random) {
    if (random.nextInt(5) == 0) {
      return null;
    }
    Integer[] values = new Integer[random.nextInt(4)];
    Arrays.setAll(values, i -> random.nextInt(6) == 0 ? null : random.nextInt() / 2);
    return values;
  }

  private static Long[] longs(Random random) {
    Long[] values = new Long[random.nextInt(4)];
    Arrays.setAll(values, i -> random.nextLong());
    return values;
  }

  private static UUID[] uuids(Random random) {
    UUID[] values = new UUID[random.nextInt(3)];
    Arrays.setAll(values, i -> new UUID(random.nextLong(), random.nextLong()));
    return values;
  }

  private void create(Handle handle) {
    boolean h2 = database == TestDatabase.H2;
    String text = h2 ? "VARCHAR(20) ARRAY" : "TEXT[]";
    String integer = h2 ? "INTEGER ARRAY" : "INT[]";
    String bigint = h2 ? "BIGINT ARRAY" : "BIGINT[]";
    String uuid = h2 ? "UUID ARRAY" : "UUID[]";
    handle.execute("CREATE TABLE blog (blog_id BIGINT PRIMARY KEY, name VARCHAR(40))");
    handle.execute("CREATE TABLE post (post_id BIGINT PRIMARY KEY, blog_id BIGINT, tags " + text
        + ", scores " + integer + ", scores_wide " + integer + ", big_ids " + bigint + ", refs "
        + uuid + ", labels " + text + ")");
    for (long blog = 1; blog <= 4; blog++) {
      handle.execute("INSERT INTO blog VALUES (?, ?)", blog, "Blog " + blog);
    }
    for (Row row : rows) {
      handle.createUpdate("INSERT INTO post VALUES (:id, :blog, :tags, :scores, :wide, :big, :refs,"
              + " :labels)")
          .bind("id", row.id()).bind("blog", row.blogId())
          .bindByType("tags", row.tags(), String[].class)
          .bindByType("scores", row.scores(), Integer[].class)
          .bindByType("wide", row.scoresWide(), Integer[].class)
          .bindByType("big", row.bigIds(), Long[].class)
          .bindByType("refs", row.refs(), UUID[].class)
          .bindByType("labels", row.labels(), String[].class)
          .execute();
    }
  }

  private long statements() {
    long count = counter.count();
    counter.reset();
    return count;
  }

  /** Records compare arrays by identity: compare the String[] apart, and the rest as records. */
  private static void assertPostsEqual(List<Post> expected, List<Post> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      Post want = expected.get(i);
      Post got = actual.get(i);
      assertArrayEquals(want.labels(), got.labels(), "labels of post " + want.postId());
      assertEquals(withoutLabels(want), withoutLabels(got));
    }
  }

  private static Post withoutLabels(Post post) {
    return new Post(post.postId(), post.tags(), post.scores(), post.scoresWidened(),
        post.bigIds(), post.refs(), null);
  }

  @Test
  void arrayColumnsReadIntoListsAtTheRoot() {
    assumeTrue(database != TestDatabase.MARIADB, "MariaDB has no arrays: see the next test");
    for (int size : new int[] {5, 60}) {
      rows.clear();
      drop();
      fill(size);

      List<Post> posts = new ArrayColumnsTest_PostRepository(jdbi).findAll();

      assertPostsEqual(rows.stream().map(Row::expected).toList(), posts);
      assertEquals(1, statements());
      // A NULL array is null; the lists are unmodifiable.
      posts.stream().map(Post::tags).filter(tags -> tags != null).findFirst().ifPresent(tags ->
          assertThrows(UnsupportedOperationException.class, () -> tags.add("x")));
    }
  }

  @Test
  void arrayColumnsReadIntoListsOneLevelDown() {
    assumeTrue(database != TestDatabase.MARIADB, "MariaDB has no arrays: see the next test");
    fill(40);

    List<Blog> blogs = new ArrayColumnsTest_BlogRepository(jdbi).findAll();

    Map<Long, List<Post>> byBlog = rows.stream().filter(row -> row.blogId() != null)
        .collect(Collectors.groupingBy(Row::blogId,
            Collectors.mapping(Row::expected, Collectors.toList())));
    assertEquals(4, blogs.size());
    for (Blog blog : blogs) {
      assertPostsEqual(byBlog.getOrDefault(blog.blogId(), List.of()), blog.posts());
    }
    assertEquals(2, statements());
    assertTrue(rows.stream().anyMatch(row -> row.tags() == null), "a NULL array is tested");
  }

  @Test
  void onMariaDbAnArrayFieldFailsNamingTheRepositoryAndStatement() {
    assumeTrue(database == TestDatabase.MARIADB, "arrays exist here");
    scratch = database.fresh("array_columns");
    jdbi = scratch.jdbi();
    jdbi.useHandle(handle -> {
      handle.execute("CREATE TABLE post (post_id BIGINT PRIMARY KEY, tags TEXT, scores TEXT,"
          + " scores_wide TEXT, big_ids TEXT, refs TEXT, labels TEXT)");
      handle.execute("INSERT INTO post VALUES (1, 'a,b', '1', '1', '1', 'x', 'l')");
    });

    LoadException failure = assertThrows(LoadException.class,
        () -> new ArrayColumnsTest_PostRepository(jdbi).findAll());

    assertTrue(failure.getMessage().startsWith(
        "ArrayColumnsTest_PostRepository.findAll: statement 1 of 1 (ArrayColumnsTest.Post) failed"),
        failure.getMessage());
    // Jdbi's ResultSetException carries the SQL; the reason is the cause under it.
    Throwable reason = failure;
    while (reason.getCause() != null) {
      reason = reason.getCause();
    }
    assertEquals("column 2 is read into a List<String> as an SQL array, which this database has"
        + " none of (MariaDB and MySQL have no arrays); read it into a String, or a type with a"
        + " Jdbi ColumnMapper", reason.getMessage());
  }
}
