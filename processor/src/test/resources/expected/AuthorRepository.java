package dev.sheaf.examples;

import dev.sheaf.runtime.RootQuery;
import dev.sheaf.runtime.internal.Load;
import dev.sheaf.runtime.internal.Loader;
import dev.sheaf.runtime.internal.Page;
import dev.sheaf.runtime.internal.RootFilter;
import dev.sheaf.runtime.internal.RowReader;
import dev.sheaf.runtime.internal.Rows;
import dev.sheaf.runtime.internal.Select;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Loads {@link Author}s complete, in at most 2 statements, whatever the number of rows:
 * <ol>
 *   <li>the {@code Author} rows</li>
 *   <li>{@code Author.books}, for the keys of the level above</li>
 * </ol>
 *
 * <p>Every load reads one snapshot: one transaction (REPEATABLE READ, read-only) or the caller's
 * (see {@link #attach}). {@code SheafConfig} may send a load to a replica ({@code setReads}), or
 * run a level's independent statements side by side on connections that share its snapshot
 * ({@code setParallelConnections}). A level with no rows to load skips its statement and those
 * below it.
 *
 * <p>Each statement is a {@link Select}, which the runtime renders for the database and the kind of
 * load; its Javadoc shows the PostgreSQL text, and {@code Select.sql(dialect, restriction)}
 * shows any other.
 */
@Generated("dev.sheaf.processor.SheafProcessor")
public final class AuthorRepository {
  /**
   * The most statements any load of this repository runs, whatever the number of rows.
   */
  public static final int STATEMENTS = 2;

  /**
   * Statement 1 of 2: the {@code Author} rows.
   * On PostgreSQL, for every row:
   * <pre>
   * SELECT author.id,
   *        author.name
   * FROM author
   * ORDER BY author.id
   * </pre>
   */
  private static final Select AUTHOR = Select.root(1, "Author", "author", "id")
      .column("id")
      .column("name");

  /**
   * Statement 2 of 2: {@code Author.books}.
   * On PostgreSQL, for a key set:
   * <pre>
   * SELECT book.author_id,
   *        book.id,
   *        book.title
   * FROM book
   * WHERE book.author_id = ANY(:keys)
   * </pre>
   */
  private static final Select BOOKS = Select.children(2, "Author.books", "book", "id", "author_id")
      .column("id")
      .column("title")
      .keyOrderInJava();

  private final Loader loader;

  /**
   * A repository whose loads each open a handle of {@code jdbi}, and close it.
   */
  public AuthorRepository(Jdbi jdbi) {
    this(Loader.of(jdbi));
  }

  private AuthorRepository(Loader loader) {
    this.loader = loader;
  }

  /**
   * This repository's loads on {@code handle}: inside its transaction when it has one (at its
   * isolation: REPEATABLE READ keeps counts and collections in step), else in a REPEATABLE READ
   * transaction of their own. The handle stays open.
   */
  public AuthorRepository attach(Handle handle) {
    return new AuthorRepository(loader.attach(handle));
  }

  /**
   * Loads every {@code Author}, complete, in the default order.
   * It runs the statements the class lists: at most {@link #STATEMENTS}.
   */
  public List<Author> findAll() {
    return loader.load("AuthorRepository.findAll", STATEMENTS,
        load -> page(load, RootFilter.all()).items());
  }

  /**
   * Loads the {@code Author} whose key is {@code id}, complete, or empty.
   * It runs the statements the class lists: at most {@link #STATEMENTS}.
   */
  public Optional<Author> findById(long id) {
    return byKeys("findById", List.of(id)).stream().findFirst();
  }

  /**
   * Loads the {@code Author}s whose keys are given, complete, in the order of the keys;
   * unknown keys are skipped and a repeated key gives one row. No keys, no statement.
   * It runs the statements the class lists: at most {@link #STATEMENTS}.
   */
  public List<Author> findAllById(Collection<Long> keys) {
    return byKeys("findAllById", keys);
  }

  /**
   * A query on the root rows: a condition on {@code author}'s columns with named parameters,
   * an order, a limit and an offset; {@code list()} loads the matching rows, complete,
   * {@code page()} a page with the total (one statement more), and {@code useStream}
   * streams them in chunks, each chunk complete. Each list, page or chunk runs the statements
   * the class lists: at most {@link #STATEMENTS}.
   */
  public RootQuery<Author> query() {
    return new RootQuery<>(loader, "AuthorRepository.query", STATEMENTS, AUTHOR, this::page);
  }

  private Page<Author> page(Load load, RootFilter filter) {
    // A load of every row may read these whole tables beside the root statement.
    load.prefetch(filter, BOOKS, BooksRow::reader);
    List<AuthorRow> rows = load.root(AUTHOR, filter, AuthorRow::reader);
    return Page.of(author(load, rows, filter.everyRow()), rows, AuthorRow::id);
  }

  private List<Author> byKeys(String method, Collection<Long> given) {
    return loader.byKeys("AuthorRepository." + method, STATEMENTS, given, (load, keys) -> {
      List<AuthorRow> rows = load.byKeys(AUTHOR, Long.class, keys, AuthorRow::reader);
      return author(load, Rows.inKeyOrder(keys, rows, AuthorRow::id), false);
    });
  }

  private List<Author> author(Load load, List<AuthorRow> rows, boolean everyRow) {
    List<Long> rowKeys = Rows.keys(rows, AuthorRow::id);
    Map<Long, List<Book>> books = books(load, rowKeys, everyRow);
    List<Author> built = new ArrayList<>(rows.size());
    for (AuthorRow row : rows) {
      List<Book> rowBooks = books.getOrDefault(row.id(), List.of());
      built.add(new Author(
          row.id(),
          row.name(),
          (long) rowBooks.size(),
          rowBooks));
    }
    return built;
  }

  /**
   * Statement 2 of 2: {@code Author.books}.
   */
  private Map<Long, List<Book>> books(Load load, List<Long> keys, boolean everyParent) {
    List<BooksRow> rows = load.children(BOOKS, Long.class, keys, everyParent, BooksRow::reader);
    rows.sort(Comparator.comparingLong(BooksRow::id));
    return Rows.toLists(rows, BooksRow::parentKey, row -> new Book(
        row.id(),
        row.title()));
  }

  /**
   * A row of statement 1: {@code Author}.
   */
  private record AuthorRow(long id, String name) {
    static RowReader<AuthorRow> reader(StatementContext ctx) {
      return rs -> new AuthorRow(
          rs.getLong(1),
          rs.getString(2));
    }
  }

  /**
   * A row of statement 2: {@code Author.books}.
   */
  private record BooksRow(long parentKey, long id, String title) {
    static RowReader<BooksRow> reader(StatementContext ctx) {
      return rs -> new BooksRow(
          rs.getLong(1),
          rs.getLong(2),
          rs.getString(3));
    }
  }
}
