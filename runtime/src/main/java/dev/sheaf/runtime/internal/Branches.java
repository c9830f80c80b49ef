package dev.sheaf.runtime.internal;

import dev.sheaf.runtime.Dialect;
import dev.sheaf.runtime.LoadException;
import dev.sheaf.runtime.SheafConfig;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The extra connections of one PostgreSQL load ({@link SheafConfig#setParallelConnections}):
 * each in a read-only REPEATABLE READ transaction that imported the snapshot the load's own
 * transaction exported, so a statement run on one of them sees what the load's own connection
 * sees. {@link Load#fork} hands a part of the load to one when one is free and the part reads
 * enough keys ({@link SheafConfig#getParallelMinimumKeys()}), else runs it on the forking
 * connection at once. The snapshot is exported when a part first goes to another connection
 * (by a Jdbi's first load, before its first statement); the connections come from the load's
 * Jdbi, open when first needed, serve the load's later parts, and end their transactions and
 * close when the load ends, also when it fails.
 *
 * <p>When the snapshot cannot be exported or imported (not PostgreSQL, a server older than 9.2, a
 * pooler in transaction mode that hands each statement another server connection), the load's
 * parts run one after another on its own connection, as with the setting off; that is logged
 * once, and loads from that Jdbi then no longer try.
 */
final class Branches {
  private static final System.Logger LOG = System.getLogger(Branches.class.getName());

  /** What PostgreSQL's snapshot identifiers are made of; nothing else is written into SQL. */
  private static final Pattern SNAPSHOT = Pattern.compile("[0-9A-Fa-f-]{1,64}");

  /** Threads that wait on the database; they keep no JVM alive and end when idle for a minute. */
  private static final ExecutorService THREADS = Executors.newCachedThreadPool(new ThreadFactory() {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "sheaf-branch-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  });

  /** The Jdbis whose snapshots could not be exported or imported: their loads run in sequence. */
  private static final Map<Jdbi, Boolean> SEQUENTIAL =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * The Jdbis whose server has exported a snapshot: their loads export theirs only when a part
   * first runs on another connection, so a load too small to fork pays no round trip for it.
   */
  private static final Map<Jdbi, Boolean> EXPORTED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Jdbi jdbi;
  /** The load's own connection, the one that exports the snapshot. */
  private final Handle own;
  private final String name;
  private final Semaphore free;
  private final int minimumKeys;
  private final ConcurrentLinkedQueue<Handle> idle = new ConcurrentLinkedQueue<>();
  private final List<Handle> opened = Collections.synchronizedList(new ArrayList<>());
  private final List<Started> started = Collections.synchronizedList(new ArrayList<>());
  /** Set, under {@code opened}'s lock, when the load's end has closed its extra connections. */
  private boolean ended;
  /** The whole tables {@link Load#prefetch} started reading, by statement. */
  private final Map<Select, Fork<?>> prefetched = new ConcurrentHashMap<>();
  /** The snapshot's identifier, once exported; only the load's own thread exports it. */
  private volatile String snapshot;
  /** Set when a connection could not import the snapshot: the load's later parts run in place. */
  private volatile boolean broken;

  private Branches(Handle own, String snapshot, String name, int extra, int minimumKeys) {
    this.jdbi = own.getJdbi();
    this.own = own;
    this.snapshot = snapshot;
    this.name = name;
    this.free = new Semaphore(extra);
    this.minimumKeys = minimumKeys;
  }

  /**
   * Runs {@code body} with a load on {@code handle}, in a transaction the load began itself, with
   * as many extra connections as {@link SheafConfig#getParallelConnections()} allows on
   * PostgreSQL (none elsewhere); the extra connections end before this returns.
   */
  static <T> T run(Handle handle, Dialect dialect, String name, int statements,
      Map<String, Object> parameters, Function<Load, T> body) {
    SheafConfig config = handle.getConfig(SheafConfig.class);
    int extra = config.getParallelConnections();
    Branches branches = extra > 0 && dialect == Dialect.POSTGRESQL
        ? open(handle, name, extra, config.getParallelMinimumKeys())
        : null;
    Load load = new Load(handle, dialect, name, statements, parameters, branches);
    if (branches == null) {
      return body.apply(load);
    }
    T loaded;
    try {
      loaded = body.apply(load);
    } catch (RuntimeException | Error e) {
      try {
        branches.end(false);
      } catch (RuntimeException ending) {
        e.addSuppressed(ending);
      }
      throw e;
    }
    branches.end(true);
    return loaded;
  }

  /**
   * The extra connections of a load on {@code handle}; null when they cannot be had. The first
   * load of a Jdbi exports its snapshot before its first statement, to learn whether the server
   * can: if not, the failed transaction is rolled back, nothing having been read, and the load
   * begins again in sequence. Later loads export when they first fork.
   */
  private static Branches open(Handle handle, String name, int extra, int minimumKeys) {
    Jdbi jdbi = handle.getJdbi();
    if (SEQUENTIAL.containsKey(jdbi)) {
      return null;
    }
    if (EXPORTED.containsKey(jdbi)) {
      return new Branches(handle, null, name, extra, minimumKeys);
    }
    Connection connection = handle.getConnection();
    try {
      String snapshot = export(connection);
      EXPORTED.put(jdbi, Boolean.TRUE);
      return new Branches(handle, snapshot, name, extra, minimumKeys);
    } catch (SQLException e) {
      try {
        // Nothing was read yet: the next statement begins the load's transaction anew.
        connection.rollback();
      } catch (SQLException rollingBack) {
        throw new LoadException(name, "cannot roll back after pg_export_snapshot() failed",
            rollingBack);
      }
      sequential(jdbi, "the load's snapshot cannot be exported", e);
      return null;
    }
  }

  /** The identifier of the snapshot of the transaction {@code connection} is in. */
  private static String export(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT pg_export_snapshot()")) {
      rs.next();
      String snapshot = rs.getString(1);
      if (snapshot == null || !SNAPSHOT.matcher(snapshot).matches()) {
        throw new SQLException("not a snapshot identifier: " + snapshot);
      }
      return snapshot;
    }
  }

  private static void sequential(Jdbi jdbi, String why, Exception e) {
    if (SEQUENTIAL.put(jdbi, Boolean.TRUE) == null) {
      LOG.log(Level.WARNING, "Sheaf: " + why + " (" + e.getMessage()
          + "); this Jdbi's loads run their statements one after another on one connection");
    }
  }

  /** The rows {@link Load#prefetch} started reading for {@code select}; null if none. */
  @SuppressWarnings("unchecked")
  <R> Fork<List<R>> prefetched(Select select) {
    return (Fork<List<R>>) prefetched.remove(select);
  }

  /** Whether a part that reads the rows of {@code keys} keys may run on another connection. */
  boolean worthIt(int keys) {
    return keys > 0 && keys >= minimumKeys;
  }

  /**
   * {@code part} of {@code owner}'s load: started on a free extra connection, else run on
   * {@code owner}'s connection now.
   */
  <T> Fork<T> fork(Load owner, Function<Load, T> part) {
    if (broken || !exported(owner) || !free.tryAcquire()) {
      return Fork.done(part.apply(owner));
    }
    return start(owner, part);
  }

  /**
   * Starts reading {@code select}'s whole table by {@code rows} on a free extra connection, for
   * {@link #prefetched} to give; nothing when none is free.
   */
  <R> void prefetch(Select select, Load owner, Function<Load, List<R>> rows) {
    if (broken || !exported(owner) || !free.tryAcquire()) {
      return;
    }
    prefetched.put(select, start(owner, rows));
  }

  /** {@code part} started on another thread, which holds one of the free connections. */
  private <T> Fork<T> start(Load owner, Function<Load, T> part) {
    Claim claim = new Claim();
    CompletableFuture<Outcome<T>> running;
    try {
      running = CompletableFuture.supplyAsync(() -> runOnBranch(owner, part, claim), THREADS);
    } catch (RuntimeException e) {
      free.release();
      throw e;
    }
    started.add(new Started(running, claim));
    return Fork.running(running, claim, owner, part);
  }

  /**
   * Whether the snapshot is exported, exporting it now when {@code owner} runs on the load's own
   * connection. The server exported one for an earlier load of this Jdbi; should it fail now
   * (another server behind the same address), the load's transaction is lost and the load fails,
   * and later loads of the Jdbi run in sequence.
   */
  private boolean exported(Load owner) {
    if (snapshot != null) {
      return true;
    }
    if (!owner.runsOn(own)) {
      return false;
    }
    try {
      snapshot = export(own.getConnection());
      return true;
    } catch (SQLException e) {
      sequential(jdbi, "the load's snapshot cannot be exported", e);
      throw new LoadException(name, "cannot export the load's snapshot", e);
    }
  }

  private <T> Outcome<T> runOnBranch(Load owner, Function<Load, T> part, Claim claim) {
    try {
      Handle handle = idle.poll();
      if (handle == null) {
        handle = openBranch();
        if (handle == null) {
          return new Outcome<>(false, null);
        }
      }
      if (!claim.take()) {
        // The load ran the part itself while this thread waited for the pool: the connection
        // serves the load's later parts.
        idle.add(handle);
        return new Outcome<>(false, null);
      }
      Outcome<T> outcome = new Outcome<>(true, part.apply(owner.on(handle)));
      // Only after a part that succeeded: a failed statement aborts the connection's
      // transaction, which then serves no other part; the load's end rolls it back.
      idle.add(handle);
      return outcome;
    } finally {
      free.release();
    }
  }

  /**
   * A connection in a transaction that imported the snapshot; null when the load has ended
   * meanwhile, or, once logged, when the snapshot cannot be imported.
   */
  private Handle openBranch() {
    Handle handle;
    try {
      handle = jdbi.open();
    } catch (RuntimeException e) {
      // A pool with no connection to spare: this part runs on the load's own connection.
      broken = true;
      return null;
    }
    // Under the lock the load's end takes: the snapshot is imported only while the load's own
    // transaction, which exported it, is still open, and every connection opened is ended.
    synchronized (opened) {
      if (ended) {
        handle.close();
        return null;
      }
      try (Statement statement = handle.getConnection().createStatement()) {
        statement.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; "
            + "SET TRANSACTION SNAPSHOT '" + snapshot + "'");
      } catch (SQLException | RuntimeException e) {
        broken = true;
        try {
          endTransaction(handle, false);
        } catch (SQLException | RuntimeException ending) {
          e.addSuppressed(ending);
        } finally {
          handle.close();
        }
        sequential(jdbi, "the load's snapshot cannot be imported on another connection", e);
        return null;
      }
      opened.add(handle);
    }
    return handle;
  }

  /**
   * Waits for every part started on an extra connection, then ends each connection's transaction
   * (COMMIT after a load that succeeded, else ROLLBACK) and closes it.
   *
   * @throws LoadException when a connection cannot be set back after a load that succeeded
   */
  void end(boolean succeeded) {
    // A part may fork parts of its own, so wait until no part is left that has not ended; a
    // part whose thread still waits for a connection is taken back instead, not waited for.
    int waited = 0;
    while (true) {
      Started part;
      synchronized (started) {
        if (waited == started.size()) {
          break;
        }
        part = started.get(waited);
      }
      if (!part.claim().takeBack() && !part.claim().takenBack()) {
        try {
          part.running().join();
        } catch (RuntimeException e) {
          // Reported by the part's join; here only its connection must be free.
        }
      }
      waited++;
    }
    LoadException failure = null;
    synchronized (opened) {
      ended = true;
      for (Handle handle : opened) {
        try {
          endTransaction(handle, succeeded);
        } catch (SQLException | RuntimeException e) {
          if (failure == null) {
            failure = new LoadException(name, "cannot end an extra connection's transaction", e);
          } else {
            failure.addSuppressed(e);
          }
        } finally {
          try {
            handle.close();
          } catch (RuntimeException e) {
            if (failure == null) {
              failure = new LoadException(name, "cannot close an extra connection", e);
            } else {
              failure.addSuppressed(e);
            }
          }
        }
      }
      opened.clear();
    }
    if (failure != null && succeeded) {
      throw failure;
    }
  }

  private static void endTransaction(Handle handle, boolean commit) throws SQLException {
    try (Statement statement = handle.getConnection().createStatement()) {
      statement.execute(commit ? "COMMIT" : "ROLLBACK");
    }
  }

  /** What a part on an extra connection gave; {@code ran} false when it found no connection. */
  record Outcome<T>(boolean ran, T value) {}

  /** A part started on another thread, and who runs it. */
  private record Started(CompletableFuture<?> running, Claim claim) {}

  /**
   * Who runs a part: the thread that started it, once it has a connection that imported the
   * snapshot, or the load, when it joins the part before that. So a load never waits for the
   * pool: with no connection to spare (every one held by a load that wants one more), it would
   * otherwise wait for the pool's connection timeout (30 s by default in HikariCP) to run a
   * statement its own connection can run at once.
   */
  static final class Claim {
    private static final int OPEN = 0;
    private static final int TAKEN = 1;
    private static final int TAKEN_BACK = 2;
    private final AtomicInteger state = new AtomicInteger(OPEN);

    /** Whether the thread that started the part runs it: the load has not taken it back. */
    boolean take() {
      return state.compareAndSet(OPEN, TAKEN);
    }

    /** Whether the load runs the part itself: no thread had a connection for it yet. */
    boolean takeBack() {
      return state.compareAndSet(OPEN, TAKEN_BACK);
    }

    boolean takenBack() {
      return state.get() == TAKEN_BACK;
    }
  }
}
