package dev.sheaf.runtime;

import dev.sheaf.runtime.internal.KeysetOrder;
import dev.sheaf.runtime.internal.Load;
import dev.sheaf.runtime.internal.Loader;
import dev.sheaf.runtime.internal.Page;
import dev.sheaf.runtime.internal.PageCursor;
import dev.sheaf.runtime.internal.RootFilter;
import dev.sheaf.runtime.internal.Select;
import dev.sheaf.runtime.internal.SqlParameters;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A root query of a generated repository: an SQL condition on the root table with named bound
 * parameters, an order, a limit and an offset. Each call returns a new query; {@link #list()}
 * runs the load, {@link #useStream} and {@link #withStream} stream it in chunks.
 *
 * <pre>{@code
 * authors.query().where("country_code = :c").bind("c", "NZ").orderBy("name").limit(20).list();
 * authors.query().chunkSize(5_000).useStream(all -> all.forEach(exporter::write));
 * }</pre>
 */
public final class RootQuery<T> {
  /** Root rows per chunk of a stream when the caller does not say. */
  public static final int DEFAULT_CHUNK_SIZE = 1_000;

  private final Loader loader;
  private final String name;
  private final int statements;
  private final Select root;
  private final BiFunction<Load, RootFilter, Page<T>> page;
  private final RootFilter filter;
  private final int chunkSize;
  /** The cursor {@link #after} was given, or null. */
  private final String cursor;

  /**
   * A query whose loads run on {@code loader}, named {@code name} in failures, each running
   * {@code page} (the root statement {@code root} for a filter, and the levels below it) in one
   * transaction.
   */
  public RootQuery(Loader loader, String name, int statements, Select root,
      BiFunction<Load, RootFilter, Page<T>> page) {
    this(loader, name, statements, root, page, RootFilter.all(), DEFAULT_CHUNK_SIZE, null);
  }

  private RootQuery(Loader loader, String name, int statements, Select root,
      BiFunction<Load, RootFilter, Page<T>> page, RootFilter filter, int chunkSize,
      String cursor) {
    this.loader = loader;
    this.name = name;
    this.statements = statements;
    this.root = root;
    this.page = page;
    this.filter = filter;
    this.chunkSize = chunkSize;
    this.cursor = cursor;
  }

  /** Keeps the root rows that satisfy {@code condition}, SQL on the root table's columns. */
  public RootQuery<T> where(String condition) {
    return with(filter.withWhere(condition), chunkSize);
  }

  /**
   * Binds the named parameter {@code :name} of the condition, or of the repository's annotations
   * (then every statement of the load that names it gets {@code value}); {@code value} may be
   * null. A name neither names fails the load before its first statement.
   */
  public RootQuery<T> bind(String name, Object value) {
    return with(filter.withParameter(name, value), chunkSize);
  }

  /** Orders the root rows by {@code orderBy}, SQL; the key breaks ties. Not for streams. */
  public RootQuery<T> orderBy(String orderBy) {
    return with(filter.withOrderBy(orderBy), chunkSize);
  }

  /** Returns at most {@code limit} root rows. */
  public RootQuery<T> limit(long limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return with(filter.withLimit(limit), chunkSize);
  }

  /** Skips the first {@code offset} root rows. */
  public RootQuery<T> offset(long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    return with(filter.withOffset(offset), chunkSize);
  }

  /**
   * Streams in chunks of at most {@code rows} root rows (default {@value #DEFAULT_CHUNK_SIZE}):
   * the memory a stream holds is one chunk's DTOs, and each chunk costs the statements of one
   * load.
   */
  public RootQuery<T> chunkSize(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("chunkSize must be positive: " + rows);
    }
    return with(filter, rows);
  }

  /** Loads the matching rows, complete. */
  public List<T> list() {
    RootFilter listed = cursor == null ? filter : pageFilter();
    return loader.load(name, statements, parameters(),
        load -> page.apply(load, listed).items());
  }

  /**
   * Starts the {@link #page()} after the row whose cursor is {@code cursor} (from
   * {@link ResultPage#next()}), in the query's order: the database seeks to it through the
   * order's index instead of reading and skipping an offset. The query must have the same
   * condition and order as the one that gave the cursor, and no offset.
   */
  public RootQuery<T> after(String cursor) {
    if (cursor == null) {
      throw new NullPointerException("cursor");
    }
    return new RootQuery<>(loader, name, statements, root, page, filter, chunkSize, cursor);
  }

  /**
   * Loads one page of the matching rows, complete, with the total number of matching root
   * rows: one statement more than {@link #list()}, which is skipped when the page itself shows
   * the total (a first page that is not full). The total counts root rows, never the rows
   * joined below them, in the same transaction as the page.
   *
   * @throws IllegalArgumentException with {@link #after}: when the cursor is not one of this
   *     query's, or an offset is set, or the order is not columns each ASC or DESC
   */
  public ResultPage<T> page() {
    RootFilter pageFilter = pageFilter();
    KeysetOrder keyset = pageFilter.keyset();
    List<Object> after = pageFilter.cursor();
    return loader.load(name, statements + 1, parameters(), load -> {
      List<T> items = page.apply(load, pageFilter).items();
      Long limit = filter.limit();
      boolean full = limit != null && items.size() == limit;
      long total = !full && after == null && (items.size() > 0 || filter.offset() == 0)
          ? filter.offset() + items.size()
          : load.count(root, filter, statements + 1);
      boolean hasNext = full && (after != null || filter.offset() + items.size() < total);
      List<Object> last = load.lastCursor();
      String next = keyset == null || last == null || items.isEmpty() ? null : cursorOf(last);
      return new ResultPage<>(items, total, hasNext, next);
    });
  }

  /**
   * The filter of a page: the query's, selecting the values a cursor holds when its order is
   * one keyset pages can follow, and after the cursor {@link #after} gave.
   */
  private RootFilter pageFilter() {
    KeysetOrder keyset = keyset();
    if (cursor == null) {
      return keyset == null ? filter : filter.asPage(keyset, null);
    }
    if (filter.offset() > 0) {
      throw new IllegalArgumentException(name + ": a page after a cursor starts there; drop"
          + " offset(" + filter.offset() + ")");
    }
    try {
      return filter.asPage(keyset, PageCursor.decode(cursor, keyset.columns().size() + 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  /** The order a page follows: the query's, else the projection's default. */
  private String order() {
    return filter.hasOrder() ? filter.orderBy() : root.orderBy();
  }

  /** The query's order as keyset pages follow it, or null when it is not one they can. */
  private KeysetOrder keyset() {
    try {
      return KeysetOrder.of(order(), root.table(), root.key());
    } catch (IllegalArgumentException e) {
      if (cursor != null) {
        throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
      }
      return null;
    }
  }

  private String cursorOf(List<Object> values) {
    try {
      return PageCursor.encode(values);
    } catch (IllegalArgumentException e) {
      // A null or an odd type in an order column: the page stands, without a cursor.
      return null;
    }
  }

  /** Loads the first matching row, complete. */
  public Optional<T> findFirst() {
    return limit(1).list().stream().findFirst();
  }

  /**
   * Streams the matching rows to {@code consumer}, in key order, a chunk at a time: each chunk
   * is loaded complete when the stream reaches it, so only one chunk is in memory. Every chunk
   * runs in the same transaction (or the caller's), which ends when {@code consumer} returns;
   * the stream must not be used after that.
   *
   * @throws IllegalStateException when the query has an {@link #orderBy}: a stream reads in
   *     key order, which is what lets each chunk start where the last one ended
   */
  public void useStream(Consumer<Stream<T>> consumer) {
    withStream(stream -> {
      consumer.accept(stream);
      return null;
    });
  }

  /** {@link #useStream}, returning what {@code function} makes of the stream. */
  public <R> R withStream(Function<Stream<T>, R> function) {
    if (filter.orderBy() != null && !filter.orderBy().isBlank()) {
      throw new IllegalStateException(name + ": a stream reads in key order; drop orderBy(\""
          + filter.orderBy() + "\"), or use list() with limit and offset");
    }
    if (cursor != null) {
      throw new IllegalStateException(name + ": a stream reads every matching row; drop"
          + " after(...), or use page()");
    }
    return loader.load(name, statements, parameters(), load -> {
      try (Stream<T> stream = StreamSupport.stream(new Chunks(load), false)) {
        return function.apply(stream);
      }
    });
  }

  /**
   * The parameters this query binds, once each is known to be named: by the condition or by
   * the repository's annotations. A name the condition uses and nothing binds fails here too,
   * before Jdbi would fail the first statement.
   */
  private Map<String, Object> parameters() {
    Set<String> inCondition = new LinkedHashSet<>(SqlParameters.in(filter.where()));
    inCondition.remove("?");
    for (String bound : filter.parameters().keySet()) {
      if (!inCondition.contains(bound) && !loader.declares(bound)) {
        throw new LoadException(name, "the parameter :" + bound + " is bound, but neither the"
            + " condition nor the repository's annotations name it");
      }
    }
    for (String used : inCondition) {
      if (!filter.parameters().containsKey(used) && !loader.declares(used)) {
        throw new LoadException(name, "the condition names the parameter :" + used
            + ", which is not bound; bind it with bind(\"" + used + "\", value)");
      }
    }
    return filter.parameters();
  }

  private RootQuery<T> with(RootFilter next, int nextChunkSize) {
    return new RootQuery<>(loader, name, statements, root, page, next, nextChunkSize, cursor);
  }

  /** The rows of a stream, loading the next chunk when the last one is consumed. */
  private final class Chunks extends Spliterators.AbstractSpliterator<T> {
    private final Load load;
    private final ArrayDeque<T> buffer = new ArrayDeque<>();
    /** Rows the caller's limit still allows; Long.MAX_VALUE for no limit. */
    private long remaining = filter.limit() != null ? filter.limit() : Long.MAX_VALUE;
    private Object lastKey;
    private boolean exhausted;

    Chunks(Load load) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.load = load;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      if (buffer.isEmpty() && !exhausted) {
        loadNext();
      }
      T next = buffer.poll();
      if (next == null) {
        return false;
      }
      action.accept(next);
      return true;
    }

    private void loadNext() {
      long size = Math.min(chunkSize, remaining);
      boolean first = lastKey == null;
      Page<T> chunk = page.apply(load, filter.chunk(lastKey, first ? filter.offset() : 0, size));
      buffer.addAll(chunk.items());
      remaining -= chunk.items().size();
      lastKey = chunk.lastKey();
      // A short chunk is the last: no statement is spent to find an empty one.
      exhausted = chunk.items().size() < size || remaining == 0;
    }
  }
}
