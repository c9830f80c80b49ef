package dev.sheaf.examples;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.jdbi.v3.core.Jdbi;

/**
 * The streaming scenario: a million authors with their books streamed in chunks in a small heap,
 * every chunk complete. Run it with {@code -Xmx256m} (see docs/streaming.md):
 *
 * <pre>
 * mvn -B -q -DskipTests install
 * mvn -B -q -pl examples exec:exec@stream -Dstream.args="h2 1000000 1000"
 * </pre>
 *
 * <p>Arguments: the database ({@code h2}, a file database under target/, or a JDBC URL), the
 * number of authors, and the chunk sizes to stream with. A database that already holds that
 * many authors (from a run before) is not filled again. The heap it reports is the largest heap
 * left after a garbage collection during the stream: what the stream kept alive.
 */
public final class StreamScenario {
  private StreamScenario() {}

  public static void main(String[] args) throws SQLException {
    String database = args.length > 0 ? args[0] : "h2";
    int authors = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    String url = database.equals("h2")
        ? "jdbc:h2:file:./target/stream-scenario;DB_CLOSE_DELAY=-1"
        : database;
    Jdbi jdbi = Jdbi.create(url);
    StatementCounter counter = new StatementCounter();
    jdbi.setSqlLogger(counter);

    long start = System.nanoTime();
    if (authorsIn(jdbi) != authors) {
      jdbi.useTransaction(handle -> {
        handle.execute("DROP TABLE IF EXISTS book");
        handle.execute("DROP TABLE IF EXISTS author");
        ArticleSchema.create(handle);
        ArticleSchema.fill(handle, authors, 42);
      });
    }
    // Fresh statistics, as after any bulk load: without them PostgreSQL expects a key set to
    // match 400 times too many books, and scans the whole table in key order (about 10x slower).
    jdbi.useHandle(handle -> {
      String product = handle.getConnection().getMetaData().getDatabaseProductName();
      handle.execute(product.equals("H2") ? "ANALYZE"
          : product.equals("PostgreSQL") ? "ANALYZE author, book" : "ANALYZE TABLE author, book");
    });
    System.out.printf("%s: %,d authors ready in %.1f s; max heap %,d MB%n", url, authors,
        (System.nanoTime() - start) / 1e9, Runtime.getRuntime().maxMemory() >> 20);

    AuthorRepository repository = new AuthorRepository(jdbi);
    System.out.printf("%10s %12s %12s %12s %10s %18s%n",
        "chunk", "authors", "books", "statements", "seconds", "max heap after GC");
    for (int i = 2; i < Math.max(3, args.length); i++) {
      int chunk = args.length > i ? Integer.parseInt(args[i]) : 1_000;
      HeapWatch heap = HeapWatch.start();
      counter.reset();
      long[] totals = new long[2];
      long began = System.nanoTime();
      repository.query().chunkSize(chunk).useStream(stream -> stream.forEach(author -> {
        if (author.numBooks() != author.books().size()) {
          throw new AssertionError("an incomplete author: " + author);
        }
        totals[0]++;
        totals[1] += author.books().size();
      }));
      double seconds = (System.nanoTime() - began) / 1e9;
      System.out.printf("%,10d %,12d %,12d %,12d %10.1f %15d MB%n", chunk, totals[0], totals[1],
          counter.count(), seconds, heap.stop() >> 20);
      if (totals[0] != authors) {
        throw new AssertionError("streamed " + totals[0] + " of " + authors + " authors");
      }
    }
  }

  /** The authors a run before left, so a rerun can skip the fill; -1 when there is no table. */
  private static long authorsIn(Jdbi jdbi) {
    try {
      return jdbi.withHandle(handle ->
          handle.createQuery("SELECT COUNT(*) FROM author").mapTo(Long.class).one());
    } catch (RuntimeException noTable) {
      return -1;
    }
  }

  /** The largest heap in use right after a garbage collection, while watching. */
  private static final class HeapWatch {
    private final AtomicLong largest = new AtomicLong();
    private volatile boolean watching = true;

    static HeapWatch start() {
      HeapWatch watch = new HeapWatch();
      for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
          if (watch.watching && notification.getType().equals(
              GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                .mapToLong(MemoryUsage::getUsed).sum();
            watch.largest.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
      return watch;
    }

    long stop() {
      watching = false;
      return largest.get();
    }
  }
}
