package dev.sheaf.examples;

import com.zaxxer.hikari.HikariDataSource;
import dev.sheaf.examples.server.DemoServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import org.jdbi.v3.core.Jdbi;

/**
 * The seed article's scenario, 1,000 authors on embedded H2 by default: the report comparing the
 * naive N+1 loop with the generated {@link AuthorRepository}, or, with {@code --serve}, the
 * article's endpoint as a JSON API ({@link DemoServer}). {@code --help} lists the options.
 */
public final class Main {
  /** Requests served at once, and connections to the database. */
  private static final int THREADS = 8;

  private Main() {}

  public static void main(String[] args) throws IOException, SQLException, InterruptedException {
    DemoOptions options;
    try {
      options = DemoOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println();
      System.err.print(DemoOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.print(DemoOptions.USAGE);
      return;
    }
    HikariDataSource pool = DemoDatabase.pool(options.databaseUrl(), THREADS);
    Jdbi jdbi = Jdbi.create(pool);
    long start = System.nanoTime();
    DemoSchema.Size size = DemoDatabase.reset(jdbi, options.authors());
    String database = describe(options, pool);
    if (!options.serve()) {
      try (pool) {
        ArticleReport.print(jdbi, database);
      }
      return;
    }
    System.out.printf("%s: %,d authors, %,d books, %,d reviews, %,d book tags, ready in %.1f s%n",
        database, size.authors(), size.books(), size.reviews(), size.bookTags(),
        (System.nanoTime() - start) / 1e9);
    serve(jdbi, pool, options.port());
  }

  /** Serves until the process is stopped (Ctrl-C), then closes the server and the pool. */
  private static void serve(Jdbi jdbi, HikariDataSource pool, int port)
      throws IOException, InterruptedException {
    DemoServer server = DemoServer.start(jdbi,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), THREADS,
        System.out::println);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      pool.close();
      stopped.countDown();
    }));
    System.out.printf("Serving %sauthors and %sbooks; Ctrl-C stops%n", server.uri(), server.uri());
    stopped.await();
  }

  private static String describe(DemoOptions options, HikariDataSource pool) throws SQLException {
    if (options.embedded()) {
      return "embedded H2";
    }
    try (var connection = pool.getConnection()) {
      var metaData = connection.getMetaData();
      return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
    }
  }
}
