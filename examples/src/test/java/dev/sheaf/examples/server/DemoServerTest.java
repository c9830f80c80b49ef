package dev.sheaf.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sheaf.examples.DemoSchema;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo server over HTTP, on every database: the JSON of each endpoint, exactly, and the
 * number of statements each request ran, from its {@code X-Sql-Statements} header.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class DemoServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameter
  TestDatabase database;

  private final HttpClient http = HttpClient.newHttpClient();

  /** The article's endpoint: num_books beside the books it counts, 2 statements. */
  @Test
  void authorsWithTheirNumberOfBooksAndTheBooks() throws Exception {
    try (ScratchDatabase scratch = database.fresh("endpoint");
        DemoServer server = serve(scratch, DemoServerTest::insertShelf)) {
      HttpResponse<String> response = get(server, "/authors");

      assertEquals(200, response.statusCode());
      assertEquals("application/json; charset=utf-8",
          response.headers().firstValue("Content-Type").orElseThrow());
      assertEquals(2, statements(response));
      assertJson("""
          [{"id": 1, "name": "Amaru Quispe", "num_books": 2,
            "books": [{"id": 10, "title": "The Salt Road"}, {"id": 12, "title": "Winter Orchard"}]},
           {"id": 2, "name": "Berit Østergaard", "num_books": 1,
            "books": [{"id": 11, "title": "Paper Lanterns"}]},
           {"id": 3, "name": "Chidi Okafor", "num_books": 0, "books": []}]
          """, response);
    }
  }

  /** The nested endpoint: reviews in key order, tags by name through book_tag, 3 statements. */
  @Test
  void booksWithTheirReviewsAndTags() throws Exception {
    try (ScratchDatabase scratch = database.fresh("endpoint");
        DemoServer server = serve(scratch, DemoServerTest::insertShelf)) {
      HttpResponse<String> response = get(server, "/books");

      assertEquals(200, response.statusCode());
      assertEquals(3, statements(response));
      assertJson("""
          [{"id": 10, "author_id": 1, "title": "The Salt Road",
            "reviews": [{"id": 101, "rating": 3, "text": "Slow start"}],
            "tags": ["fantasy", "history", "travel"]},
           {"id": 11, "author_id": 2, "title": "Paper Lanterns", "reviews": [], "tags": []},
           {"id": 12, "author_id": 1, "title": "Winter Orchard",
            "reviews": [{"id": 100, "rating": 5, "text": "Loved it"},
                        {"id": 102, "rating": 2, "text": "Not for me"}],
            "tags": ["history"]}]
          """, response);
    }
  }

  @Test
  void oneAuthorOrBookByIdAndPagedLists() throws Exception {
    try (ScratchDatabase scratch = database.fresh("endpoint");
        DemoServer server = serve(scratch, DemoServerTest::insertShelf)) {
      HttpResponse<String> author = get(server, "/authors/3");
      assertEquals(200, author.statusCode());
      assertEquals(2, statements(author));
      assertJson("""
          {"id": 3, "name": "Chidi Okafor", "num_books": 0, "books": []}
          """, author);

      HttpResponse<String> book = get(server, "/books/12/");
      assertEquals(200, book.statusCode());
      assertEquals(3, statements(book));
      assertJson("""
          {"id": 12, "author_id": 1, "title": "Winter Orchard",
           "reviews": [{"id": 100, "rating": 5, "text": "Loved it"},
                       {"id": 102, "rating": 2, "text": "Not for me"}],
           "tags": ["history"]}
          """, book);

      HttpResponse<String> page = get(server, "/authors?limit=1&offset=1");
      assertEquals(200, page.statusCode());
      assertEquals(2, statements(page));
      assertJson("""
          [{"id": 2, "name": "Berit Østergaard", "num_books": 1,
            "books": [{"id": 11, "title": "Paper Lanterns"}]}]
          """, page);

      // No root rows, no statement for the books.
      HttpResponse<String> empty = get(server, "/authors?offset=3");
      assertEquals(1, statements(empty));
      assertJson("[]", empty);
    }
  }

  @Test
  void mistakesGetTheirStatusAndADetailAsJson() throws Exception {
    try (ScratchDatabase scratch = database.fresh("endpoint");
        DemoServer server = serve(scratch, DemoServerTest::insertShelf)) {
      assertError(404, 1, "no author 42", get(server, "/authors/42"));
      assertError(404, 1, "no book 3", get(server, "/books/3"));
      assertError(400, 0, "not a valid author id: \"abc\"", get(server, "/authors/abc"));
      assertError(400, 0, "limit must be a whole number, 0 or more: \"-1\"",
          get(server, "/authors?limit=-1"));
      assertError(404, 0, "no such resource: /publishers", get(server, "/publishers"));
      assertError(404, 0, "no such resource: /authors/1/books", get(server, "/authors/1/books"));

      HttpResponse<String> post = http.send(
          HttpRequest.newBuilder(server.uri().resolve("/authors"))
              .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertError(405, 0, "method POST not allowed", post);
      assertEquals("GET", post.headers().firstValue("Allow").orElseThrow());
    }
  }

  /**
   * The generated demo data, served complete: every count equals what it counts, and the totals
   * equal the rows the generator wrote; still 2 and 3 statements.
   */
  @Test
  void theGeneratedDemoDataComplete() throws Exception {
    DemoSchema.Size[] size = new DemoSchema.Size[1];
    try (ScratchDatabase scratch = database.fresh("endpoint");
        DemoServer server = serve(scratch, handle -> size[0] = DemoSchema.fill(handle, 60, 7))) {
      HttpResponse<String> authorsResponse = get(server, "/authors");
      assertEquals(2, statements(authorsResponse));
      JsonNode authors = JSON.readTree(authorsResponse.body());
      assertEquals(60, authors.size());
      long books = 0;
      for (JsonNode author : authors) {
        assertEquals(author.get("books").size(), author.get("num_books").asInt(), author.toString());
        books += author.get("books").size();
      }
      assertEquals(size[0].books(), books);

      HttpResponse<String> booksResponse = get(server, "/books");
      assertEquals(3, statements(booksResponse));
      JsonNode bookList = JSON.readTree(booksResponse.body());
      assertEquals(size[0].books(), bookList.size());
      long reviews = 0;
      long tags = 0;
      for (JsonNode book : bookList) {
        reviews += book.get("reviews").size();
        tags += book.get("tags").size();
        List<String> names = new ArrayList<>();
        book.get("tags").forEach(tag -> names.add(tag.asText()));
        assertEquals(names.stream().sorted().toList(), names, "tags by name: " + book);
      }
      assertEquals(size[0].reviews(), reviews);
      assertEquals(size[0].bookTags(), tags);
      assertTrue(reviews > 0 && tags > 0, "the data has reviews and tags");
    }
  }

  /**
   * Requests served at once by the server's threads each report their own statements, not
   * their neighbours'.
   */
  @Test
  void concurrentRequestsEachCountTheirOwnStatements() throws Exception {
    try (ScratchDatabase scratch = database.fresh("endpoint");
        DemoServer server = serve(scratch, handle -> DemoSchema.fill(handle, 20, 3))) {
      List<String> paths = List.of("/authors", "/books", "/authors/999", "/authors/x");
      List<Long> expected = List.of(2L, 3L, 1L, 0L);
      List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < 48; i++) {
        sent.add(http.sendAsync(request(server, paths.get(i % paths.size())),
            HttpResponse.BodyHandlers.ofString()));
      }
      for (int i = 0; i < sent.size(); i++) {
        HttpResponse<String> response = sent.get(i).get();
        assertEquals(expected.get(i % paths.size()), statements(response),
            paths.get(i % paths.size()));
      }
    }
  }

  /** The demo tables with a shelf small enough to write the expected JSON by hand. */
  private static void insertShelf(Handle handle) {
    handle.execute("INSERT INTO author (id, name) VALUES"
        + " (1, 'Amaru Quispe'), (2, 'Berit Østergaard'), (3, 'Chidi Okafor')");
    // Author 1's books are 10 and 12: their order is the key's, not the insertion's.
    handle.execute("INSERT INTO book (id, author_id, title) VALUES"
        + " (12, 1, 'Winter Orchard'), (10, 1, 'The Salt Road'), (11, 2, 'Paper Lanterns')");
    handle.execute("INSERT INTO review (id, book_id, rating, text) VALUES"
        + " (100, 12, 5, 'Loved it'), (101, 10, 3, 'Slow start'), (102, 12, 2, 'Not for me')");
    // Keys in another order than names: the tags come by name.
    handle.execute("INSERT INTO tag (id, name) VALUES (1, 'travel'), (2, 'history'), (3, 'fantasy')");
    handle.execute("INSERT INTO book_tag (book_id, tag_id) VALUES (10, 1), (10, 2), (10, 3), (12, 2)");
  }

  /** A server on any free port, over the demo tables of {@code scratch} filled by {@code fill}. */
  private static DemoServer serve(ScratchDatabase scratch, Consumer<Handle> fill)
      throws IOException {
    Jdbi jdbi = scratch.jdbi();
    jdbi.useTransaction(handle -> {
      DemoSchema.create(handle);
      fill.accept(handle);
    });
    return DemoServer.start(jdbi, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4,
        line -> { });
  }

  private HttpResponse<String> get(DemoServer server, String path)
      throws IOException, InterruptedException {
    return http.send(request(server, path), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(DemoServer server, String path) {
    return HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1))).GET().build();
  }

  private static long statements(HttpResponse<String> response) {
    return response.headers().firstValueAsLong(DemoServer.STATEMENTS_HEADER).orElseThrow();
  }

  /** The body is {@code expected}, written compactly: same fields, same order, nothing more. */
  private static void assertJson(String expected, HttpResponse<String> response)
      throws IOException {
    assertEquals(JSON.readTree(expected).toString(), response.body());
  }

  private static void assertError(int status, long statements, String detail,
      HttpResponse<String> response) throws IOException {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(statements, statements(response), response.uri().toString());
    assertEquals(JSON.createObjectNode().put("detail", detail).toString(), response.body());
  }
}
