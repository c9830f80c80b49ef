package dev.sheaf.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring example started as a user starts it, on a random port, and asked over HTTP: the
 * JSON must be what the rows say, and {@code X-Sql-Statements} what the load ran.
 */
class AuthorsEndpointTest {
  private static ConfigurableApplicationContext application;
  private static HttpClient client;
  private static String base;

  @BeforeAll
  static void start() {
    application = SpringApplication.run(AuthorsApplication.class,
        "--server.port=0", "--server.address=127.0.0.1", "--sheaf.demo.authors=50",
        "--spring.datasource.url=jdbc:h2:mem:authors_test;DB_CLOSE_DELAY=-1",
        "--logging.level.root=warn");
    base = "http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port");
    client = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void everyAuthorWithTheirBooksInTwoStatements() throws Exception {
    HttpResponse<String> response = get("/authors");

    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals(expectedJson(0, Long.MAX_VALUE), response.body());
    assertEquals("2", response.headers().firstValue(StatementsHeader.HEADER).orElse("none"));
  }

  @Test
  void aPageOfAuthors() throws Exception {
    HttpResponse<String> response = get("/authors?limit=3&offset=10");

    assertEquals(200, response.statusCode());
    assertEquals(expectedJson(10, 3), response.body());
    assertEquals("2", response.headers().firstValue(StatementsHeader.HEADER).orElse("none"));
  }

  @Test
  void oneAuthorOrNotFound() throws Exception {
    HttpResponse<String> one = get("/authors/7");
    HttpResponse<String> none = get("/authors/70000");

    String all = expectedJson(6, 1);
    assertEquals(all.substring(1, all.length() - 1), one.body());
    assertEquals("2", one.headers().firstValue(StatementsHeader.HEADER).orElse("none"));
    assertEquals(404, none.statusCode());
  }

  @Test
  void theCountIsPerRequest() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertEquals("2", get("/authors?limit=1").headers()
          .firstValue(StatementsHeader.HEADER).orElse("none"));
    }
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The JSON the endpoint must write for authors {@code offset} on, at most {@code limit}, from raw rows. */
  private static String expectedJson(long offset, long limit) throws SQLException {
    Map<Long, String> names = new TreeMap<>();
    Map<Long, List<String>> books = new TreeMap<>();
    try (Connection connection = application.getBean(DataSource.class).getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery("SELECT id, name FROM author")) {
        while (rows.next()) {
          names.put(rows.getLong(1), rows.getString(2));
        }
      }
      try (ResultSet rows = statement.executeQuery("SELECT id, author_id, title FROM book ORDER BY id")) {
        while (rows.next()) {
          books.computeIfAbsent(rows.getLong(2), key -> new ArrayList<>())
              .add("{\"id\":" + rows.getLong(1) + ",\"title\":\"" + rows.getString(3) + "\"}");
        }
      }
    }
    List<String> authors = new ArrayList<>();
    names.entrySet().stream().skip(offset).limit(limit).forEach(author -> {
      List<String> own = books.getOrDefault(author.getKey(), List.of());
      authors.add("{\"id\":" + author.getKey() + ",\"name\":\"" + author.getValue()
          + "\",\"num_books\":" + own.size() + ",\"books\":[" + String.join(",", own) + "]}");
    });
    return "[" + String.join(",", authors) + "]";
  }
}
