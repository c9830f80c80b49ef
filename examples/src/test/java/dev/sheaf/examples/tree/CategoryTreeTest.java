package dev.sheaf.examples.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sheaf.examples.StatementCounter;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import dev.sheaf.runtime.LoadException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A tree whose keys are text (on H2 each row's path is then an array of text) and whose
 * children fill a Set, on every database; results against an oracle from the raw rows.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CategoryTreeTest {
  /** A raw row of {@code category}. */
  private record Row(String code, String parent, String name) {}

  private static final List<Row> ROWS = List.of(
      new Row("books", null, "Books"), new Row("fiction", "books", "Fiction"),
      new Row("crime", "fiction", "Crime"), new Row("noir", "crime", "Noir"),
      new Row("scifi", "fiction", "Science fiction"), new Row("art", "books", "Art"),
      new Row("music", null, "Music"), new Row("jazz", "music", "Jazz"),
      new Row("loop-a", "loop-b", "A"), new Row("loop-b", "loop-a", "B"));

  @Parameter
  TestDatabase database;

  @Test
  void textKeysAndASetLoadTheWholeTreeInOrder() {
    try (ScratchDatabase scratch = database.fresh("category")) {
      Jdbi jdbi = filled(scratch);
      StatementCounter counter = new StatementCounter();
      jdbi.setSqlLogger(counter);
      CategoryRepository categories = new CategoryRepository(jdbi);

      List<Category> loaded = categories.findAllById(List.of("books", "music", "crime"));

      assertEquals(List.of(expected("books"), expected("music"), expected("crime")), loaded);
      // A Set's equality ignores order: the order read is the names'.
      assertEquals(List.of("Art", "Fiction"), loaded.get(0).subcategories().stream()
          .map(Category::name).toList());
      assertEquals(2, counter.count());
      LoadException loop = assertThrows(LoadException.class, () -> categories.findById("loop-a"));
      assertEquals("CategoryRepository.findById: statement 2 of 2 (Category.subcategories) found"
          + " a loop in the data: the row whose key is loop-a is its own ancestor"
          + " (loop-a -> loop-b -> loop-a); a tree cannot hold it", loop.getMessage());
    }
  }

  private static Jdbi filled(ScratchDatabase scratch) {
    Jdbi jdbi = scratch.jdbi();
    jdbi.useTransaction(handle -> {
      handle.execute("CREATE TABLE category (code VARCHAR(20) PRIMARY KEY,"
          + " parent_code VARCHAR(20), name VARCHAR(40) NOT NULL)");
      for (Row row : ROWS) {
        handle.execute("INSERT INTO category (code, parent_code, name) VALUES (?, ?, ?)",
            row.code(), row.parent(), row.name());
      }
    });
    return jdbi;
  }

  /** The category {@code code} and everything under it, from the raw rows. */
  private static Category expected(String code) {
    Row row = ROWS.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    List<Row> children = new ArrayList<>(ROWS.stream()
        .filter(r -> code.equals(r.parent())).toList());
    children.sort(Comparator.comparing(Row::name).thenComparing(Row::code));
    LinkedHashSet<Category> built = new LinkedHashSet<>();
    children.forEach(child -> built.add(expected(child.code())));
    return new Category(code, row.name(), built);
  }
}
