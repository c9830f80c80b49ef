package dev.sheaf.benchmarks.card;

import dev.sheaf.examples.ArticleSchema;
import dev.sheaf.examples.DemoSchema;
import dev.sheaf.benchmarks.card.projection.AuthorCard;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The tables of the {@link AuthorCard} benchmark ({@code bench/author-card.sql}, the DDL the
 * build checks the card's projections against): author, publisher, book, review, tag and the
 * junction book_tag, every foreign key indexed.
 */
public final class CardSchema {
  /** Every table, each after the tables whose rows point at it: the order to drop them in. */
  public static final List<String> TABLES =
      List.of("book_tag", "review", "tag", "book", "publisher", "author");

  private CardSchema() {}

  public static void create(Handle handle) {
    ArticleSchema.runScript(handle, "bench/author-card.sql");
  }

  /** Gathers the planner's statistics, as after any bulk load. */
  public static void analyze(Handle handle) throws SQLException {
    DemoSchema.analyze(handle, TABLES);
  }
}
