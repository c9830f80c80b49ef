package dev.sheaf.examples.server;

import com.sun.net.httpserver.HttpServer;
import dev.sheaf.examples.AuthorRepository;
import dev.sheaf.examples.BookDetailsRepository;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * The seed article's endpoint as a JSON API on the JDK's HTTP server, loading through the
 * generated repositories:
 *
 * <ul>
 *   <li>{@code GET /authors}: each author with {@code id}, {@code name}, {@code num_books} and
 *       {@code books} ({@code id}, {@code title}), 2 statements;
 *   <li>{@code GET /books}: each book with {@code id}, {@code author_id}, {@code title}, its
 *       {@code reviews} ({@code id}, {@code rating}, {@code text}) and its {@code tags} (names),
 *       3 statements;
 *   <li>{@code GET /authors/<id>}, {@code GET /books/<id>}: one of them, or 404;
 *   <li>{@code ?limit=} and {@code ?offset=} on the lists;
 *   <li>{@code GET /}: the paths of the lists.
 * </ul>
 *
 * <p>Every response says in its {@value #STATEMENTS_HEADER} header how many statements it ran.
 * Errors are JSON too, {@code {"detail": "..."}}, with status 400, 404, 405 or 500.
 */
public final class DemoServer implements AutoCloseable {
  /** The response header that carries the number of SQL statements the request ran. */
  public static final String STATEMENTS_HEADER = "X-Sql-Statements";

  /** The JDK server's switch for TCP_NODELAY on the sockets it accepts. */
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private final HttpServer server;
  private final ExecutorService executor;

  private DemoServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts serving the demo tables of {@code jdbi} at {@code address} (port 0: any free port),
   * on {@code threads} threads. Takes over {@code jdbi}'s {@code SqlLogger} to count statements,
   * and sets {@code sun.net.httpserver.nodelay} to true unless it is set, so that kept-alive
   * connections answer without waiting on delayed ACKs.
   *
   * @param accessLog takes one line per request: method, path, status, statements, time
   */
  public static DemoServer start(Jdbi jdbi, InetSocketAddress address, int threads,
      Consumer<String> accessLog) throws IOException {
    StatementsPerRequest statements = new StatementsPerRequest();
    jdbi.setSqlLogger(statements);
    AuthorRepository authors = new AuthorRepository(jdbi);
    BookDetailsRepository books = new BookDetailsRepository(jdbi);
    Map<String, Resource<?>> collections = Map.of(
        "authors", new Resource<>("author", authors::query, authors::findById),
        "books", new Resource<>("book", books::query, books::findById));

    disableNagle();
    HttpServer server = HttpServer.create(address, 0);
    ExecutorService executor = Executors.newFixedThreadPool(threads, numberedThreads());
    server.setExecutor(executor);
    server.createContext("/", new ApiHandler(collections, statements, accessLog));
    server.start();
    return new DemoServer(server, executor);
  }

  /** Where the server listens, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
  }

  /** Stops listening at once, and lets the requests under way finish. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Turns Nagle's algorithm off on the sockets the JDK's server accepts, unless the user set the
   * property that decides it. Java 17's server writes a response's head (sendResponseHeaders
   * flushes it, even with a known length) and its body in two writes; with Nagle on, the body
   * waits for the client's ACK of the head, which the client delays (40 ms on Linux): each request
   * after the first on a kept-alive connection took about 48 ms. The server has no socket options,
   * only this property, which it reads once per JVM, when the first server is created.
   */
  private static void disableNagle() {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  private static ThreadFactory numberedThreads() {
    AtomicInteger created = new AtomicInteger();
    return task -> new Thread(task, "demo-server-" + created.incrementAndGet());
  }
}
